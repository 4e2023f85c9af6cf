package com.memberpulse.support.ticket;

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
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The staff queue at scale, through the real GraphQL endpoint: one tenant with 1,000,000 tickets beside 200
 * small ones, the queue filtered by status and priority, 50 a page, at page 1 and at page 1,000. Prints latency
 * percentiles and SQL statements per request, and writes them to {@code target/benchmark/queue.txt}. Speed is
 * reported, never asserted; it asserts only that pages are full and that statements per request do not vary.
 * Not part of the normal build: {@code ./mvnw -pl api -am verify -Pbenchmark} runs it (see the README).
 */
class QueueBenchmark extends ApiIntegrationTest {

    private static final int TICKETS = 1_000_000;
    private static final int SMALL_TENANTS = 200;
    private static final int SMALL_TENANT_TICKETS = 5;
    private static final int PAGE_SIZE = 50;
    private static final int DEEP_PAGE = 1_000;
    private static final int WARM_UP = 500;
    private static final int MEASURED = 3_000;

    private static final String QUEUE = """
            query($first: Int, $after: String) {
              tickets(filter: {status: [OPEN, IN_PROGRESS], priority: [HIGH]}, first: $first, after: $after) {
                %s
                edges { node { id number subject status priority category { id name } requester { name } assignee { id } } }
                pageInfo { hasNextPage endCursor }
              }
            }""";
    private static final String PAGE = QUEUE.formatted("");
    private static final String COUNTED_PAGE = QUEUE.formatted("totalCount");
    private static final String CURSOR_ONLY = """
            query($first: Int, $after: String) {
              tickets(filter: {status: [OPEN, IN_PROGRESS], priority: [HIGH]}, first: $first, after: $after) {
                pageInfo { endCursor }
              }
            }""";


    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void queueAtPageOneAndPageOneThousand() throws IOException {
        long started = System.nanoTime();
        provisionSmallTenants();
        long smallTenantsDone = System.nanoTime();
        Tenant big = newTenant();
        seed(big, TICKETS);
        long ticketsDone = System.nanoTime();
        // Bulk-loaded rows are not yet all-visible: vacuum does now what autovacuum does soon after such a load in
        // production, so counts can be index-only scans, and analyze gives the planner real statistics.
        jdbc.execute("vacuum (analyze) " + big.schemaName() + ".ticket");
        long vacuumDone = System.nanoTime();

        // The measurement outlives the test tokens' default five minutes.
        String agent = tokens.token(big.slug(), List.of("ROLE_CLIENT_USER"),
                c -> c.subject("agent-1").expirationTime(Date.from(OffsetDateTime.now().plusHours(2).toInstant())));
        String deepCursor = cursorBefore(agent, DEEP_PAGE);
        long matching = request(agent, COUNTED_PAGE, PAGE_SIZE, null).path("totalCount").asLong();

        Measured pages = measure(agent, PAGE, deepCursor);
        Measured counted = measure(agent, COUNTED_PAGE, deepCursor);
        List<StatementRow> statements = List.of(
                statements("page 1", agent, PAGE, null),
                statements("page %,d".formatted(DEEP_PAGE), agent, PAGE, deepCursor),
                statements("page 1 + totalCount", agent, COUNTED_PAGE, null),
                statements("page %,d + totalCount".formatted(DEEP_PAGE), agent, COUNTED_PAGE, deepCursor));
        assertThat(statements.get(0).counts()).as("for 10, 50 and 100 a page").containsOnly(statements.get(0).counts()[0]);
        assertThat(statements.get(1).counts()).as("at page %d as at page 1", DEEP_PAGE).isEqualTo(statements.get(0).counts());
        assertThat(statements.get(3).counts()).as("with totalCount at page %d as at page 1", DEEP_PAGE).isEqualTo(statements.get(2).counts());

        String report = report(Duration.ofNanos(smallTenantsDone - started), Duration.ofNanos(ticketsDone - smallTenantsDone),
                Duration.ofNanos(vacuumDone - ticketsDone), matching, pages, counted, statements,
                Duration.ofNanos(System.nanoTime() - started));
        System.out.println(report);
        Path file = Path.of("target", "benchmark", "queue.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
    }

    /** The other tenants share the database (catalog, buffers) with the big one. A few at a time, as the pool allows. */
    private void provisionSmallTenants() {
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            CompletableFuture.allOf(IntStream.range(0, SMALL_TENANTS)
                    .mapToObj(i -> CompletableFuture.runAsync(() -> seed(newTenant(), SMALL_TENANT_TICKETS), pool))
                    .toArray(CompletableFuture[]::new)).join();
        }
    }

    private void seed(Tenant tenant, int tickets) {
        TenantContext.callIn(tenant, () -> transactions.execute(status -> {
            // A million rows take longer than the pool's statement timeout allows a request.
            jdbc.execute("set local statement_timeout = 0");
            // The embedded server commits asynchronously; until the commit is flushed, vacuum can neither hint the new
            // rows committed nor mark their pages all-visible, and counts would read the heap.
            jdbc.execute("set local synchronous_commit = on");
            jdbc.queryForObject("select setseed(0.42)", Object.class);
            return jdbc.update(SeededTickets.SQL, tickets, 1, tickets);
        }));
    }

    /** The cursor that reads page {@code page}: the end of page {@code page - 1}, reached by walking the queue. */
    private String cursorBefore(String token, int page) {
        String after = null;
        for (int i = 1; i < page; i++) {
            after = request(token, CURSOR_ONLY, PAGE_SIZE, after).path("pageInfo").path("endCursor").asString();
        }
        return after;
    }

    /**
     * Page 1 and page {@value DEEP_PAGE} in turn, so that whatever else the machine is doing weighs on both alike,
     * after a warm-up (JIT, plan caches, buffers). Also the CPU time this JVM (service and client) spends per
     * request, which the rest of the machine's load hardly changes.
     */
    private Measured measure(String token, String query, String deepCursor) {
        for (int i = 0; i < WARM_UP; i++) {
            timed(token, query, null);
            timed(token, query, deepCursor);
        }
        long[] first = new long[MEASURED];
        long[] deep = new long[MEASURED];
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long cpuBefore = cpuNanos();
        for (int i = 0; i < MEASURED; i++) {
            first[i] = timed(token, query, null);
            deep[i] = timed(token, query, deepCursor);
        }
        double cpuMillis = (cpuNanos() - cpuBefore) / 1e6 / (2 * MEASURED);
        return new Measured(new Latencies(first), new Latencies(deep), cpuMillis, loadBefore,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** Nanoseconds one request of a full page took. */
    private long timed(String token, String query, String after) {
        long start = System.nanoTime();
        JsonNode page = request(token, query, PAGE_SIZE, after);
        long took = System.nanoTime() - start;
        assertThat(page.path("edges").size()).as("a full page").isEqualTo(PAGE_SIZE);
        return took;
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private JsonNode request(String token, String query, int first, String after) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("first", first);
        variables.put("after", after);
        ApiResponse response = api.graphql(token, query, variables);
        assertThat(response.errorMessage()).as("GraphQL error").isNull();
        return response.data("tickets");
    }

    /** SQL statements the service prepares for one request, at 10, 50 and 100 a page. */
    private StatementRow statements(String label, String token, String query, String after) {
        return new StatementRow(label, IntStream.of(10, 50, 100)
                .mapToLong(first -> SqlStatementCounter.during(() -> request(token, query, first, after))).toArray());
    }

    private String report(Duration smallTenants, Duration tickets, Duration vacuum, long matching, Measured pages,
                          Measured counted, List<StatementRow> statements, Duration total) {
        String version = jdbc.queryForObject("select current_setting('server_version')", String.class);
        StringBuilder out = new StringBuilder();
        out.append("Queue benchmark, %s, %d CPUs, PostgreSQL %s%n".formatted(OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES),
                Runtime.getRuntime().availableProcessors(), version));
        out.append("Seeding: %d small tenants (%d tickets each) %d s; %,d tickets %d s; vacuum analyze %d s%n"
                .formatted(SMALL_TENANTS, SMALL_TENANT_TICKETS, smallTenants.toSeconds(), TICKETS, tickets.toSeconds(), vacuum.toSeconds()));
        out.append("Query: tickets(filter: {status: [OPEN, IN_PROGRESS], priority: [HIGH]}, first: %d), %,d matching tickets%n"
                .formatted(PAGE_SIZE, matching));
        out.append("%,d requests each over HTTP, one at a time, after %d to warm up; page 1 and page %,d in turn%n%n"
                .formatted(MEASURED, WARM_UP, DEEP_PAGE));
        out.append("%-24s %7s %7s %7s %7s   %s%n".formatted("latency (ms)", "p50", "p90", "p99", "max", "JVM CPU/request, load avg"));
        pages.appendTo(out, "");
        counted.appendTo(out, " + totalCount");
        out.append("p99 page %,d / page 1: %.2f without totalCount, %.2f with%n%n".formatted(DEEP_PAGE,
                pages.deep().millis(0.99) / pages.first().millis(0.99), counted.deep().millis(0.99) / counted.first().millis(0.99)));
        out.append("%-24s %9s %9s %9s%n".formatted("SQL statements/request", "first 10", "first 50", "first 100"));
        for (StatementRow row : statements) {
            out.append("%-24s %9d %9d %9d%n".formatted(row.label(), row.counts()[0], row.counts()[1], row.counts()[2]));
        }
        out.append("%nSeeding and measuring took %d s%n".formatted(total.toSeconds()));
        return out.toString();
    }

    private record StatementRow(String label, long[] counts) {
    }

    /** Page 1 and the deep page measured in turn, the CPU time per request, and the machine's load around it. */
    private record Measured(Latencies first, Latencies deep, double cpuMillisPerRequest, double loadBefore, double loadAfter) {

        void appendTo(StringBuilder out, String suffix) {
            String context = "%.1f ms, %.1f -> %.1f".formatted(cpuMillisPerRequest, loadBefore, loadAfter);
            first.appendTo(out, "page 1" + suffix, context);
            deep.appendTo(out, "page %,d".formatted(DEEP_PAGE) + suffix, "");
        }
    }

    /** Request durations, in nanoseconds. */
    private record Latencies(long[] sorted) {

        Latencies {
            sorted = sorted.clone();
            Arrays.sort(sorted);
        }

        /** The nearest-rank percentile ({@code q} = 0.99 for p99, 1.0 for the maximum), in milliseconds. */
        double millis(double q) {
            return sorted[Math.max(0, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
        }

        void appendTo(StringBuilder out, String label, String context) {
            out.append("%-24s %7.1f %7.1f %7.1f %7.1f   %s".formatted(label, millis(0.50), millis(0.90), millis(0.99), millis(1.0), context)
                    .stripTrailing()).append('\n');
        }
    }
}
