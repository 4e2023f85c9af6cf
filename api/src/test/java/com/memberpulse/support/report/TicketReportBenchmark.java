package com.memberpulse.support.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.memberpulse.support.ApiIntegrationTest;
import com.memberpulse.support.support.ApiResponse;
import com.memberpulse.support.support.SeededTickets;
import com.memberpulse.support.support.SqlStatementCounter;
import com.memberpulse.support.tenant.Tenant;
import com.memberpulse.support.tenant.TenantContext;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * {@code ticketReport} at scale, through the real GraphQL endpoint: one tenant with 1,000,000 tickets over two years,
 * four in five with measured times, reported over 7, 30 and 366 days in every grouping. Prints latency percentiles, SQL
 * statements per request, the plans of the 7-day and 366-day statements and a chart, and writes them to
 * {@code target/benchmark/report.txt}. Speed is reported, never asserted; it asserts only that every report counts
 * the period's tickets. Not part of the normal build: {@code ./mvnw -pl api -am verify -Pbenchmark
 * -Dtest=TicketReportBenchmark -Dsurefire.failIfNoSpecifiedTests=false} runs it (see the README).
 */
class TicketReportBenchmark extends ApiIntegrationTest {

    private static final int TICKETS = 1_000_000;
    private static final int BATCH = 100_000;
    private static final int WARM_UP = 5;
    private static final int MEASURED = 40;
    private static final OffsetDateTime END = OffsetDateTime.parse("2026-06-01T00:00:00Z");
    private static final List<Integer> PERIOD_DAYS = List.of(7, 30, 366);
    private static final double TARGET_MILLIS = 200;

    private static final String REPORT = """
            query($from: DateTime!, $to: DateTime!, $groupBy: TicketReportGrouping!) {
              ticketReport(from: $from, to: $to, groupBy: $groupBy, timeZone: "Europe/Paris") {
                rows { key label raised resolved open firstResponseMedianMinutes firstResponseP90Minutes
                       resolutionMedianMinutes resolutionP90Minutes slaMetShare }
                total { raised resolved open firstResponseMedianMinutes firstResponseP90Minutes resolutionMedianMinutes
                        resolutionP90Minutes slaMetShare }
              }
            }""";


    /**
     * Measured times for every ticket past OPEN (four in five), as the SLA feature stores them: first responses within
     * a day of business time, resolutions (of the RESOLVED and CLOSED ones) within a week, skewed short; nine in ten
     * measured against a target (4 h and 48 h of business time).
     */
    private static final String SEED_TIMES = """
            insert into ticket_times (ticket_id, ticket_created_at, first_resolved_at, first_response_calendar_seconds, first_response_business_seconds,
                                      resolution_calendar_seconds, resolution_business_seconds, first_response_met, resolution_met)
            select id, created_at, case when resolved then created_at + make_interval(secs => resolution) end,
                   response * 2, response, case when resolved then resolution * 2 end, case when resolved then resolution end,
                   case when measured then response <= 14400 end, case when measured and resolved then resolution <= 172800 end
              from (select id, created_at, status in ('RESOLVED', 'CLOSED') as resolved, random() < 0.9 as measured,
                           floor(60 + random() * random() * 86400)::bigint as response,
                           floor(600 + random() * random() * 604800)::bigint as resolution
                      from ticket where status <> 'OPEN' and number between ? and ?) as measured_tickets""";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    SqlSessionFactory mybatis;

    @Test
    void reportsOverAWeekAMonthAndAYearInEveryGrouping() throws IOException {
        long started = System.nanoTime();
        Tenant tenant = newTenant();
        seed(tenant);
        long seeded = System.nanoTime();
        // Bulk-loaded rows: vacuum does now what autovacuum does soon after such a load, analyze gives real statistics.
        jdbc.execute("vacuum (analyze) " + tenant.schemaName() + ".ticket");
        jdbc.execute("vacuum (analyze) " + tenant.schemaName() + ".ticket_times");
        long vacuumed = System.nanoTime();

        // The measurement outlives the test tokens' default five minutes.
        String agent = tokens.token(tenant.slug(), List.of("ROLE_CLIENT_USER"),
                c -> c.subject("agent-1").expirationTime(Date.from(OffsetDateTime.now().plusHours(2).toInstant())));
        List<Case> cases = new ArrayList<>();
        for (int days : PERIOD_DAYS) {
            long raised = raisedIn(tenant, END.minusDays(days), END);
            for (TicketReportGrouping groupBy : TicketReportGrouping.values()) {
                cases.add(new Case(days, groupBy, raised, new long[MEASURED]));
            }
        }
        measure(agent, cases);
        List<String> statements = PERIOD_DAYS.stream().map(days -> "%d days: %d".formatted(days,
                SqlStatementCounter.during(() -> request(agent, new Case(days, TicketReportGrouping.CATEGORY, -1, new long[0]))))).toList();
        List<String> weekPlan = plan(tenant, 7);
        List<String> yearPlan = plan(tenant, 366);

        String report = report(Duration.ofNanos(seeded - started), Duration.ofNanos(vacuumed - seeded), cases, statements, weekPlan,
                yearPlan, Duration.ofNanos(System.nanoTime() - started));
        System.out.println(report);
        Path file = Path.of("target", "benchmark", "report.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
    }

    /** In batches of {@value BATCH}, each its own transaction, with progress on the console. */
    private void seed(Tenant tenant) {
        for (int next = 1; next <= TICKETS; next += BATCH) {
            int first = next;
            int last = Math.min(TICKETS, first + BATCH - 1);
            long start = System.nanoTime();
            TenantContext.callIn(tenant, () -> transactions.execute(status -> {
                // More rows than the pool's statement timeout allows a request.
                jdbc.execute("set local statement_timeout = 0");
                // Flushed commits, so vacuum can mark the pages all-visible (see QueueBenchmark).
                jdbc.execute("set local synchronous_commit = on");
                jdbc.queryForObject("select setseed(?)", Object.class, 0.42 * last / TICKETS);
                jdbc.update(SeededTickets.SQL, TICKETS, first, last);
                return jdbc.update(SEED_TIMES, first, last);
            }));
            System.out.printf("Report benchmark: seeded tickets %,d to %,d with their times in %d ms%n", first, last,
                    Duration.ofNanos(System.nanoTime() - start).toMillis());
        }
    }

    private long raisedIn(Tenant tenant, OffsetDateTime from, OffsetDateTime to) {
        return TenantContext.callIn(tenant, () -> transactions.execute(status ->
                jdbc.queryForObject("select count(*) from ticket where created_at >= ? and created_at < ?", Long.class, from, to)));
    }

    /** Every case in turn, round after round, so that whatever else the machine does weighs on all alike. */
    private void measure(String token, List<Case> cases) {
        for (int round = 0; round < WARM_UP; round++) {
            cases.forEach(c -> timed(token, c));
        }
        System.out.printf("Report benchmark: warmed up, measuring %d rounds of %d reports%n", MEASURED, cases.size());
        for (int round = 0; round < MEASURED; round++) {
            for (Case c : cases) {
                c.nanos()[round] = timed(token, c);
            }
            if ((round + 1) % 10 == 0) {
                System.out.printf("Report benchmark: %d of %d rounds, load average %.1f%n", round + 1, MEASURED,
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            }
        }
    }

    private long timed(String token, Case c) {
        long start = System.nanoTime();
        JsonNode report = request(token, c);
        long took = System.nanoTime() - start;
        assertThat(report.path("total").path("raised").asLong()).as("%d days by %s", c.days(), c.groupBy()).isEqualTo(c.raised());
        long sum = 0;
        for (JsonNode row : report.path("rows")) {
            sum += row.path("raised").asLong();
        }
        assertThat(sum).as("rows of %d days by %s", c.days(), c.groupBy()).isEqualTo(c.raised());
        return took;
    }

    private JsonNode request(String token, Case c) {
        ApiResponse response = api.graphql(token, REPORT, Map.of("from", END.minusDays(c.days()).toString(), "to", END.toString(),
                "groupBy", c.groupBy().name()));
        assertThat(response.errorMessage()).as("GraphQL error").isNull();
        return response.data("ticketReport");
    }

    private List<String> plan(Tenant tenant, int days) {
        return TenantContext.callIn(tenant, () -> transactions.execute(status -> ReportStatement.explain(mybatis, jdbc, true,
                END.minusDays(days), END, TicketReportGrouping.CATEGORY, "Europe/Paris")));
    }

    private String report(Duration seeding, Duration vacuum, List<Case> cases, List<String> statements, List<String> weekPlan,
                          List<String> yearPlan, Duration total) {
        String version = jdbc.queryForObject("select current_setting('server_version')", String.class);
        StringBuilder out = new StringBuilder();
        out.append("Ticket report benchmark, %s, %d CPUs, PostgreSQL %s%n".formatted(OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES),
                Runtime.getRuntime().availableProcessors(), version));
        out.append("Seeding: %,d tickets with their times %d s; vacuum analyze %d s%n".formatted(TICKETS, seeding.toSeconds(), vacuum.toSeconds()));
        out.append("Periods ending %s; %d requests per row over HTTP, one at a time, rows in turn, after %d rounds to warm up%n%n"
                .formatted(END.toLocalDate(), MEASURED, WARM_UP));
        out.append("%-24s %9s %7s %7s %7s %7s%n".formatted("ticketReport (ms)", "tickets", "p50", "p90", "p99", "max"));
        for (Case c : cases) {
            out.append("%-24s %,9d %7.1f %7.1f %7.1f %7.1f%n".formatted("%d days by %s".formatted(c.days(), c.groupBy()), c.raised(),
                    c.millis(0.5), c.millis(0.9), c.millis(0.99), c.millis(1.0)));
        }
        out.append("%nSQL statements/request (by CATEGORY): %s%n".formatted(String.join(", ", statements)));
        out.append("%np50, one # per 10 ms, | at the %.0f ms target%n".formatted(TARGET_MILLIS));
        for (Case c : cases) {
            out.append("%-24s %s%n".formatted("%d days by %s".formatted(c.days(), c.groupBy()), bar(c.millis(0.5))));
        }
        out.append("%nPlan, 7 days by CATEGORY (explain analyze):%n%s%n".formatted(String.join("\n", weekPlan)));
        out.append("%nPlan, 366 days by CATEGORY (explain analyze):%n%s%n".formatted(String.join("\n", yearPlan)));
        out.append("%nSeeding and measuring took %d s%n".formatted(total.toSeconds()));
        return out.toString();
    }

    private static String bar(double millis) {
        int marks = (int) Math.round(millis / 10);
        int target = (int) (TARGET_MILLIS / 10);
        StringBuilder bar = new StringBuilder("#".repeat(marks));
        if (marks < target) {
            bar.append(" ".repeat(target - marks)).append('|');
        } else {
            bar.insert(target, '|');
        }
        return bar.toString();
    }

    /** One period and grouping, the tickets raised in it, and the measured durations in nanoseconds. */
    private record Case(int days, TicketReportGrouping groupBy, long raised, long[] nanos) {

        /** The nearest-rank percentile ({@code q} = 1.0 for the maximum), in milliseconds. */
        double millis(double q) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return sorted[Math.max(0, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
        }
    }
}
