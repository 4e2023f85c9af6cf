package com.memberpulse.support.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.memberpulse.support.ApiIntegrationTest;
import com.memberpulse.support.support.ApiResponse;
import com.memberpulse.support.tenant.Tenant;
import com.memberpulse.support.tenant.TenantContext;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * {@code ticketReport} over GraphQL on tickets and measured times written straight into the tenant's tables, so the
 * figures are the ones worked out by hand below, whatever the SLA clocks would have measured.
 * <p>
 * The week of 1 to 8 March 2026 (UTC) holds five tickets, plus one just before and one at its end:
 * <pre>
 *  ticket  raised (UTC)        category    priority requester assignee status      first response  resolution
 *  T1      03-01 00:00:00      Billing     HIGH     SPONSOR   Ada      RESOLVED     600 s met      3600 s met
 *  T2      03-02 10:00:00      Billing     LOW      MEMBER    Ada      CLOSED      1200 s met      7200 s missed
 *  T3      03-03 23:30:00      Membership  MEDIUM   MEMBER    Bob      OPEN        1800 s missed   5400 s unmeasured (reopened)
 *  T4      03-05 12:00:00      Membership  HIGH     MEMBER    nobody   OPEN        no times
 *  T5      03-07 23:59:59      Billing     MEDIUM   MEMBER    nobody   WAITING     2700 s unmeasured
 *  before  02-28 23:59:59      Billing; at the end 03-08 00:00:00 Billing: both outside the period
 * </pre>
 * Percentiles interpolate ({@code percentile_cont}): of 600, 1200, 1800, 2700 s the median is 1500 s (25 min) and the
 * 90th percentile 1800 + 0.7 x 900 = 2430 s (40.5 min, rounded up to 41).
 */
class TicketReportTest extends ApiIntegrationTest {

    private static final String REPORT = """
            query($from: DateTime!, $to: DateTime!, $groupBy: TicketReportGrouping!, $timeZone: String) {
              ticketReport(from: $from, to: $to, groupBy: $groupBy, timeZone: $timeZone) {
                from to groupBy
                rows { ...figures }
                total { ...figures }
              }
            }
            fragment figures on TicketReportRow {
              key label raised resolved open firstResponseMedianMinutes firstResponseP90Minutes resolutionMedianMinutes
              resolutionP90Minutes slaMetShare
            }""";
    private static final String FROM = "2026-03-01T00:00:00Z";
    private static final String TO = "2026-03-08T00:00:00Z";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    private Tenant tenant;
    private String agent;
    private Map<String, String> categories;

    @BeforeEach
    void theWeek() {
        tenant = newTenant();
        agent = tokens.token(tenant.slug(), "ROLE_CLIENT_USER");
        categories = inTenant(tenant, () -> {
            Map<String, String> ids = new HashMap<>();
            jdbc.query("select id, name from ticket_category", row -> {
                ids.put(row.getString("name"), row.getString("id"));
            });
            // The admins put Membership first: rows follow their order, not the ids'.
            jdbc.update("update ticket_category set position = 0 where name = 'Membership'");
            // Ada's name now; her tickets still carry the one she had when they were assigned.
            jdbc.update("insert into support_agent (id, username, name, role, active) values ('agent-ada', 'ada', 'Ada Lovelace', 'AGENT', true)");
            return ids;
        });
        ticket(tenant, "2026-03-01T00:00:00Z", "Billing", "HIGH", "SPONSOR", "agent-ada", "Ada L.", "RESOLVED", 600L, true, 3600L, true);
        ticket(tenant, "2026-03-02T10:00:00Z", "Billing", "LOW", "MEMBER", "agent-ada", "Ada L.", "CLOSED", 1200L, true, 7200L, false);
        ticket(tenant, "2026-03-03T23:30:00Z", "Membership", "MEDIUM", "MEMBER", "agent-bob", "Bob Builder", "OPEN", 1800L, false, 5400L, null);
        ticket(tenant, "2026-03-05T12:00:00Z", "Membership", "HIGH", "MEMBER", null, null, "OPEN", null, null, null, null);
        ticket(tenant, "2026-03-07T23:59:59Z", "Billing", "MEDIUM", "MEMBER", null, null, "WAITING", 2700L, null, null, null);
        ticket(tenant, "2026-02-28T23:59:59Z", "Billing", "LOW", "MEMBER", null, null, "RESOLVED", 60L, true, 60L, true);
        ticket(tenant, "2026-03-08T00:00:00Z", "Billing", "LOW", "MEMBER", null, null, "RESOLVED", 60L, true, 60L, true);
    }

    @Test
    void byCategoryInTheAdminsOrderWithTheTotal() {
        JsonNode report = report(agent, "CATEGORY", null).data("ticketReport");

        assertThat(report.path("from").asString()).isEqualTo("2026-03-01T00:00:00.000Z");
        assertThat(report.path("to").asString()).isEqualTo("2026-03-08T00:00:00.000Z");
        assertThat(report.path("groupBy").asString()).isEqualTo("CATEGORY");
        assertThat(rows(report)).containsExactly(
                row(categories.get("Membership"), "Membership", 2, 1, 2, 30, 30, 90, 90, 0.0),
                row(categories.get("Billing"), "Billing", 3, 2, 1, 20, 40, 90, 114, 0.75));
        assertThat(total(report)).isEqualTo(row("total", "Total", 5, 3, 3, 25, 41, 90, 114, 0.6));
    }

    @Test
    void byPriorityFromLowToHigh() {
        JsonNode report = report(agent, "PRIORITY", null).data("ticketReport");

        assertThat(rows(report)).containsExactly(
                row("LOW", "Low", 1, 1, 0, 20, 20, 120, 120, 0.5),
                row("MEDIUM", "Medium", 2, 1, 2, 38, 44, 90, 90, 0.0),
                row("HIGH", "High", 2, 1, 1, 10, 10, 60, 60, 1.0));
        assertThat(total(report)).isEqualTo(row("total", "Total", 5, 3, 3, 25, 41, 90, 114, 0.6));
    }

    /** Agents by their current name (the team list's, else their tickets'), nobody last; nothing measured is null. */
    @Test
    void byAgentWithTheUnassignedLast() {
        JsonNode report = report(agent, "AGENT", null).data("ticketReport");

        assertThat(rows(report)).containsExactly(
                row("agent-ada", "Ada Lovelace", 2, 2, 0, 15, 19, 90, 114, 0.75),
                row("agent-bob", "Bob Builder", 1, 1, 1, 30, 30, 90, 90, 0.0),
                row("none", "Unassigned", 2, 0, 2, 45, 45, null, null, null));
    }

    @Test
    void byRequesterType() {
        JsonNode report = report(agent, "REQUESTER_TYPE", null).data("ticketReport");

        assertThat(rows(report)).containsExactly(
                row("MEMBER", "Member", 4, 2, 3, 30, 42, 105, 117, 1.0 / 3),
                row("SPONSOR", "Sponsor", 1, 1, 0, 10, 10, 60, 60, 1.0));
    }

    /**
     * A day is a date where the viewer is: 23:30 UTC is the next morning in Sydney (UTC+11 in March), and the period
     * (midnight to midnight UTC) covers eight dates there. Every date is a row, those without tickets too.
     */
    @Test
    void byDayInTheViewersTimeZoneEveryDateOfThePeriod() {
        JsonNode utc = report(agent, "DAY", null).data("ticketReport");
        assertThat(keys(utc)).containsExactly("2026-03-01", "2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06", "2026-03-07");
        assertThat(rows(utc).get(3)).isEqualTo(row("2026-03-04", "2026-03-04", 0, 0, 0, null, null, null, null, null));
        JsonNode sydney = report(agent, "DAY", "Australia/Sydney").data("ticketReport");

        assertThat(rows(sydney)).containsExactly(
                row("2026-03-01", "2026-03-01", 1, 1, 0, 10, 10, 60, 60, 1.0),
                row("2026-03-02", "2026-03-02", 1, 1, 0, 20, 20, 120, 120, 0.5),
                row("2026-03-03", "2026-03-03", 0, 0, 0, null, null, null, null, null),
                row("2026-03-04", "2026-03-04", 1, 1, 1, 30, 30, 90, 90, 0.0),
                row("2026-03-05", "2026-03-05", 1, 0, 1, null, null, null, null, null),
                row("2026-03-06", "2026-03-06", 0, 0, 0, null, null, null, null, null),
                row("2026-03-07", "2026-03-07", 0, 0, 0, null, null, null, null, null),
                row("2026-03-08", "2026-03-08", 1, 0, 1, 45, 45, null, null, null));
        assertThat(total(sydney)).isEqualTo(row("total", "Total", 5, 3, 3, 25, 41, 90, 114, 0.6));
    }

    @Test
    void aPeriodWithoutTicketsHasNoRowsAndAnEmptyTotal() {
        JsonNode report = report(agent, Map.of("from", "2026-04-01T00:00:00Z", "to", "2026-04-02T00:00:00Z", "groupBy", "CATEGORY"))
                .data("ticketReport");

        assertThat(rows(report)).isEmpty();
        assertThat(total(report)).isEqualTo(row("total", "Total", 0, 0, 0, null, null, null, null, null));
    }

    /** Another tenant's tickets, in the same week, count only in its own reports. */
    @Test
    void anotherTenantsTicketsNeverCount() {
        Tenant other = newTenant();
        inTenant(other, () -> {
            categories = new HashMap<>();
            jdbc.query("select id, name from ticket_category", row -> {
                categories.put(row.getString("name"), row.getString("id"));
            });
            return null;
        });
        ticket(other, "2026-03-04T08:00:00Z", "Events", "LOW", "MEMBER", null, null, "RESOLVED", 60L, true, 120L, true);

        assertThat(total(report(agent, "CATEGORY", null).data("ticketReport")).raised()).isEqualTo(5);
        JsonNode theirs = report(tokens.token(other.slug(), "ROLE_CLIENT_ADMIN"), "CATEGORY", null).data("ticketReport");
        assertThat(rows(theirs)).containsExactly(row(categories.get("Events"), "Events", 1, 1, 0, 1, 1, 2, 2, 1.0));
    }

    @Test
    void periodsAndTimeZonesAreValidated() {
        expectInvalid(Map.of("from", TO, "to", TO), "to");
        expectInvalid(Map.of("from", TO, "to", FROM), "to");
        expectInvalid(Map.of("from", "2025-03-08T23:59:59Z", "to", "2026-03-10T00:00:00Z"), "to");
        expectInvalid(Map.of("from", FROM, "to", TO, "timeZone", "Mars/Olympus_Mons"), "timeZone");
        expectInvalid(Map.of("from", FROM, "to", TO, "timeZone", "+11:00"), "timeZone");
        expectInvalid(Map.of("from", FROM, "to", TO, "timeZone", "SystemV/EST5"), "timeZone");
        expectInvalid(Map.of("from", FROM, "to", TO, "timeZone", "australia/sydney"), "timeZone");

        ApiResponse longest = report(agent, Map.of("from", "2025-03-09T00:00:00Z", "to", "2026-03-10T00:00:00Z", "groupBy", "DAY"));
        assertThat(longest.hasErrors()).as(longest.body().toString()).isFalse();
        assertThat(total(longest.data("ticketReport")).raised()).isEqualTo(7);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ROLE_MEMBER", "ROLE_SPONSOR_USER", "ROLE_SPONSOR_ADMIN"})
    void requestersAreRefused(String role) {
        ApiResponse refused = report(tokens.token(tenant.slug(), role), "CATEGORY", null);

        assertThat(refused.errorCode()).as(refused.body().toString()).isEqualTo("FORBIDDEN");
    }

    /** Every zone the report accepts is one PostgreSQL can group dates by. */
    @Test
    void postgreSqlKnowsEveryTimeZoneAccepted() {
        Set<String> known = new HashSet<>(jdbc.queryForList("select name from pg_timezone_names", String.class));
        List<String> accepted = ZoneId.getAvailableZoneIds().stream().filter(zone -> !zone.startsWith("SystemV/")).sorted().toList();

        assertThat(accepted).allSatisfy(zone -> assertThat(known).as("zones PostgreSQL knows").contains(zone));
    }

    private void expectInvalid(Map<String, String> variables, String field) {
        Map<String, Object> all = new HashMap<>(variables);
        all.put("groupBy", "DAY");
        ApiResponse response = report(agent, all);
        assertThat(response.errorCode()).as(response.body().toString()).isEqualTo("VALIDATION_FAILED");
        assertThat(response.errorField()).as(response.body().toString()).isEqualTo(field);
    }

    private ApiResponse report(String token, String groupBy, String timeZone) {
        Map<String, Object> variables = new HashMap<>(Map.of("from", FROM, "to", TO, "groupBy", groupBy));
        if (timeZone != null) {
            variables.put("timeZone", timeZone);
        }
        return report(token, variables);
    }

    private ApiResponse report(String token, Map<String, ?> variables) {
        return api.graphql(token, REPORT, variables);
    }

    private void ticket(Tenant in, String createdAt, String category, String priority, String requesterType, String assigneeId,
                        String assigneeName, String status, Long firstResponseSeconds, Boolean firstResponseMet, Long resolutionSeconds,
                        Boolean resolutionMet) {
        OffsetDateTime created = OffsetDateTime.parse(createdAt);
        UUID id = UUID.randomUUID();
        inTenant(in, () -> {
            jdbc.update("""
                    insert into ticket (id, number, subject, description, status, priority, category_id, requester_id, requester_type,
                                        requester_name, assignee_id, assignee_name, channel, created_by_id, created_at, updated_at)
                    values (?, nextval('ticket_number_seq'), 'Report', '<p>Report</p>', ?, ?, ?::uuid, 'member-1', ?, 'Member One', ?, ?,
                            'WEB', 'member-1', ?, ?)""",
                    id, status, priority, categories.get(category), requesterType, assigneeId, assigneeName, created, created);
            if (firstResponseSeconds != null) {
                jdbc.update("""
                        insert into ticket_times (ticket_id, ticket_created_at, first_resolved_at, first_response_calendar_seconds,
                                                  first_response_business_seconds, resolution_calendar_seconds, resolution_business_seconds,
                                                  first_response_met, resolution_met)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                        id, created, resolutionSeconds == null ? null : created.plusSeconds(resolutionSeconds), firstResponseSeconds * 2,
                        firstResponseSeconds, resolutionSeconds == null ? null : resolutionSeconds * 2, resolutionSeconds, firstResponseMet,
                        resolutionMet);
            }
            return null;
        });
    }

    private <T> T inTenant(Tenant in, java.util.function.Supplier<T> work) {
        return TenantContext.callIn(in, () -> transactions.execute(status -> work.get()));
    }

    private record Row(String key, String label, int raised, int resolved, int open, Integer firstResponseMedian,
                       Integer firstResponseP90, Integer resolutionMedian, Integer resolutionP90, Double slaMetShare) {
    }

    private static Row row(String key, String label, int raised, int resolved, int open, Integer firstResponseMedian,
                           Integer firstResponseP90, Integer resolutionMedian, Integer resolutionP90, Double slaMetShare) {
        return new Row(key, label, raised, resolved, open, firstResponseMedian, firstResponseP90, resolutionMedian, resolutionP90,
                slaMetShare == null ? null : Math.round(slaMetShare * 10_000) / 10_000.0);
    }

    private static List<Row> rows(JsonNode report) {
        List<Row> rows = new ArrayList<>();
        report.path("rows").forEach(row -> rows.add(row(row)));
        return rows;
    }

    private static Row total(JsonNode report) {
        return row(report.path("total"));
    }

    private static List<String> keys(JsonNode report) {
        return rows(report).stream().map(Row::key).toList();
    }

    private static Row row(JsonNode row) {
        return row(row.path("key").asString(), row.path("label").asString(), row.path("raised").asInt(), row.path("resolved").asInt(),
                row.path("open").asInt(), integer(row.path("firstResponseMedianMinutes")), integer(row.path("firstResponseP90Minutes")),
                integer(row.path("resolutionMedianMinutes")), integer(row.path("resolutionP90Minutes")),
                row.path("slaMetShare").isNull() ? null : row.path("slaMetShare").asDouble());
    }

    private static Integer integer(JsonNode value) {
        return value.isNull() ? null : value.asInt();
    }
}
