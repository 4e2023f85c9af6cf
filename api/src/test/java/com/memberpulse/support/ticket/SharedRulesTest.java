package com.memberpulse.support.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import com.memberpulse.support.ApiIntegrationTest;
import com.memberpulse.support.tenant.Tenant;
import com.memberpulse.support.tenant.TenantContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ticket rules SQL needs are defined once in the tenant schema (open statuses, priority weights) and once in
 * Java; they must say the same, status by status and priority by priority.
 */
class SharedRulesTest extends ApiIntegrationTest {

    private static Tenant tenant;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @ParameterizedTest
    @EnumSource(TicketStatus.class)
    void sqlAndJavaAgreeOnWhichStatusesAreOpen(TicketStatus status) {
        assertThat(inTenant("select ticket_is_open(?)", Boolean.class, status.name())).isEqualTo(status.isOpen());
    }

    @ParameterizedTest
    @EnumSource(Priority.class)
    void sqlAndJavaAgreeOnWhatAPriorityWeighs(Priority priority) {
        assertThat(inTenant("select ticket_load_weight(?)", Integer.class, priority.name())).isEqualTo(priority.rank());
    }

    @Test
    void theQueuesPriorityOrderIsTheSameWeight() {
        String expression = inTenant("""
                select pg_get_expr(d.adbin, d.adrelid) from pg_attrdef d
                  join pg_attribute a on a.attrelid = d.adrelid and a.attnum = d.adnum
                 where d.adrelid = 'ticket'::regclass and a.attname = 'priority_rank'""", String.class);
        assertThat(expression).isEqualTo("ticket_load_weight(priority)");
    }

    private <T> T inTenant(String sql, Class<T> type, Object... args) {
        if (tenant == null) {
            tenant = newTenant();
        }
        return TenantContext.callIn(tenant, () -> transactions.execute(status -> jdbc.queryForObject(sql, type, args)));
    }
}
