package com.memberpulse.support.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.memberpulse.support.ApiIntegrationTest;
import com.memberpulse.support.tenant.Tenant;
import com.memberpulse.support.tenant.TenantContext;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** For a short period of a tenant with a year of tickets, the report reads the period's tickets through their created_at index. */
class TicketReportPlanTest extends ApiIntegrationTest {

    /** A ticket every ~26 minutes for a year, a fifth of them measured. */
    private static final String SEED = """
            insert into ticket (id, number, subject, description, status, priority, category_id, requester_id, requester_type,
                                requester_name, channel, created_by_id, created_at, updated_at)
            select gen_random_uuid(), nextval('ticket_number_seq'), 'Seeded', '<p>Seeded</p>', 'OPEN', 'LOW',
                   (select id from ticket_category order by position limit 1), 'member-1', 'MEMBER', 'Member One', 'WEB', 'seed',
                   timestamptz '2025-01-01 00:00Z' + n * interval '26 minutes', now()
              from generate_series(1, 20000) as n;
            insert into ticket_times (ticket_id, ticket_created_at, first_response_business_seconds, first_response_met)
            select id, created_at, 600, true from ticket where number % 5 = 0;
            analyze ticket;
            analyze ticket_times""";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    SqlSessionFactory mybatis;

    @Test
    void aShortPeriodIsARangeOfTheCreatedAtIndex() {
        Tenant tenant = newTenant();
        TenantContext.runIn(tenant, () -> transactions.executeWithoutResult(status -> jdbc.execute(SEED)));

        for (TicketReportGrouping groupBy : TicketReportGrouping.values()) {
            List<String> plan = TenantContext.callIn(tenant, () -> transactions.execute(status -> ReportStatement.explain(mybatis, jdbc, false,
                    OffsetDateTime.parse("2025-06-01T00:00:00Z"), OffsetDateTime.parse("2025-06-02T00:00:00Z"), groupBy, "Europe/Paris")));

            assertThat(String.join("\n", plan)).as(groupBy.name()).contains("ticket_by_created").doesNotContain("Seq Scan on ticket t");
        }
    }
}
