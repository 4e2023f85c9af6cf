package com.memberpulse.support.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import com.memberpulse.support.support.ApiResponse;
import com.memberpulse.support.support.SqlStatementCounter;
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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Automatic assignment under concurrent ticket creation, through the real GraphQL endpoint: one team of 50 agents
 * (real Keycloak users, synced), {@value #CLIENTS} clients raising tickets at once. The same tenant is measured with
 * its team rule disabled (baseline: the assignment step finds no rule), with round-robin and with workload
 * balancing, in turns, so the machine's other load weighs on all three alike. Prints createTicket latency
 * percentiles per mode, the p99 automatic assignment adds, assignments per second and SQL statements per
 * createTicket, and writes them to {@code target/benchmark/assignment.txt}. Speed is reported, never asserted; it
 * asserts that every ticket of the assigning modes was assigned and that the turns stayed even.
 * Not part of the normal build: {@code ./mvnw -pl api -am verify -Pbenchmark} runs it (see the README).
 */
class AssignmentBenchmark extends AssignmentTestBase {

    private static final int AGENTS = 50;
    private static final int CLIENTS = 8;
    private static final int WARM_UP_PER_MODE = 300;
    private static final int ROUNDS = 6;

    enum Mode { BASELINE, ROUND_ROBIN, WORKLOAD_BALANCING }

    /**
     * How tickets arrive: {@code clients} closed-loop clients, each sending its next request when the last one is
     * answered, or (clients 0) requests started at a fixed rate whatever the answers, as members raise them.
     */
    record Load(String label, int clients, int perSecond, int perRound) {

        static final List<Load> ALL = List.of(
                new Load("one client, one request at a time", 1, 0, 250),
                new Load("40 tickets/s arriving independently (up to 40 in flight)", 0, 40, 300),
                new Load(CLIENTS + " clients as fast as the machine answers (saturated)", CLIENTS, 0, 400));
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void assignmentsPerSecondAndAddedLatency() throws Exception {
        long started = System.nanoTime();
        setUpTenant();
        // The run outlives the test tokens' default five minutes.
        Date later = Date.from(OffsetDateTime.now().plusHours(2).toInstant());
        admin = tokens.token(tenant.slug(), List.of("ROLE_CLIENT_ADMIN"), c -> c.subject("bench-admin").expirationTime(later));
        member = tokens.token(tenant.slug(), List.of("ROLE_MEMBER"), c -> c.subject("bench-member").expirationTime(later));
        List<String> agents = new ArrayList<>();
        for (int i = 0; i < AGENTS; i++) {
            agents.add(keycloakAgent("Agent%02d".formatted(i)));
        }
        sync();
        String teamId = createTeam("Everyone");
        for (String agent : agents) {
            // Room for every ticket of the run: capacity is measured elsewhere; here every ticket finds an agent.
            updateAgent(admin, agent, Map.of("teamIds", List.of(teamId), "capacity", 1000));
        }
        JsonNode rule = createRule(Map.of("name", "Everyone", "teamId", teamId, "strategy", "ROUND_ROBIN"));
        String ruleId = rule.path("id").asString();
        long setUp = System.nanoTime();

        for (Mode mode : Mode.values()) {
            switchTo(ruleId, mode);
            raise(Load.ALL.getLast(), WARM_UP_PER_MODE, mode, null);
        }
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Map<Load, Map<Mode, Samples>> samples = new java.util.LinkedHashMap<>();
        for (Load load : Load.ALL) {
            Map<Mode, Samples> byMode = new EnumMap<>(Mode.class);
            for (Mode mode : Mode.values()) {
                byMode.put(mode, new Samples());
            }
            samples.put(load, byMode);
            for (int round = 0; round < ROUNDS; round++) {
                for (Mode mode : Mode.values()) {
                    switchTo(ruleId, mode);
                    raise(load, load.perRound(), mode, byMode.get(mode));
                }
            }
        }
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

        long caughtUpFrom = System.nanoTime();
        awaitRelayCaughtUp();
        double relayCatchUp = (System.nanoTime() - caughtUpFrom) / 1e9;
        Map<Mode, Long> statements = new EnumMap<>(Mode.class);
        Map<Mode, Long> relayStatements = new EnumMap<>(Mode.class);
        for (Mode mode : Mode.values()) {
            switchTo(ruleId, mode);
            awaitRelayCaughtUp();
            long relayBefore = SqlStatementCounter.relayCount();
            statements.put(mode, SqlStatementCounter.during(() -> createTicket(member, "Counted")));
            awaitRelayCaughtUp();
            relayStatements.put(mode, SqlStatementCounter.relayCount() - relayBefore);
        }
        Map<String, Integer> perAgent = assignmentsPerAgent();
        assertThat(perAgent).hasSize(AGENTS);

        String report = report(samples, statements, perAgent, loadBefore, loadAfter, (setUp - started) / 1_000_000_000,
                (System.nanoTime() - started) / 1_000_000_000)
                + "SQL statements the event relay prepared afterwards for the same ticket (sequencing, the assignment consumer's second\n"
                + "delivery, which finds the ticket placed): " + relayStatements.entrySet().stream()
                        .map(entry -> label(entry.getKey()) + " " + entry.getValue()).collect(java.util.stream.Collectors.joining(", "))
                + "%nThe relay caught up with the last round's events %.1f s after it ended%n".formatted(relayCatchUp);
        System.out.println(report);
        Path file = Path.of("target", "benchmark", "assignment.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
    }

    private void switchTo(String ruleId, Mode mode) {
        JsonNode rule = ok(admin, "{ assignmentRules { id version } }", Map.of()).path("assignmentRules").get(0);
        Map<String, Object> input = new java.util.HashMap<>(Map.of("id", ruleId, "version", rule.path("version").asInt(), "name", "Everyone",
                "teamId", ok(admin, "{ supportTeams { id } }", Map.of()).path("supportTeams").get(0).path("id").asString(),
                "strategy", mode == Mode.WORKLOAD_BALANCING ? "WORKLOAD_BALANCING" : "ROUND_ROBIN", "enabled", mode != Mode.BASELINE));
        ok(admin, "mutation($input: UpdateAssignmentRuleInput!) { updateAssignmentRule(input: $input) { id } }", Map.of("input", input));
    }

    /** {@code count} tickets raised under {@code load}; records latencies and wall time into {@code samples} (null: warm-up). */
    private void raise(Load load, int count, Mode mode, Samples samples) throws Exception {
        List<Future<Long>> requests = new ArrayList<>();
        long start = System.nanoTime();
        if (load.clients() > 0) {
            AtomicInteger next = new AtomicInteger();
            try (ExecutorService pool = Executors.newFixedThreadPool(load.clients())) {
                List<Future<List<Long>>> clients = new ArrayList<>();
                for (int c = 0; c < load.clients(); c++) {
                    clients.add(pool.submit(() -> {
                        List<Long> mine = new ArrayList<>();
                        while (next.getAndIncrement() < count) {
                            mine.add(createTimed(mode, System.nanoTime()));
                        }
                        return mine;
                    }));
                }
                for (Future<List<Long>> client : clients) {
                    for (long took : client.get()) {
                        requests.add(java.util.concurrent.CompletableFuture.completedFuture(took));
                    }
                }
            }
        } else {
            long interval = 1_000_000_000L / load.perSecond();
            try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < count; i++) {
                    // Each request counts from when it was due, so a late start is latency too (no coordinated omission).
                    long due = start + i * interval;
                    java.util.concurrent.locks.LockSupport.parkNanos(due - System.nanoTime());
                    requests.add(pool.submit(() -> createTimed(mode, due)));
                }
            }
        }
        List<Long> latencies = new ArrayList<>();
        for (Future<Long> request : requests) {
            latencies.add(request.get());
        }
        if (samples != null) {
            samples.add(latencies, System.nanoTime() - start);
        }
    }

    /** Raises one ticket; nanoseconds from {@code since} to the answer. */
    private long createTimed(Mode mode, long since) {
        ApiResponse response = api.graphql(member, "mutation($c: ID!) { createTicket(input: {subject: \"Bench\", "
                + "description: \"<p>Please help.</p>\", categoryId: $c}) { assignee { id } } }", Map.of("c", categoryIds.getFirst()));
        long took = System.nanoTime() - since;
        assertThat(response.hasErrors()).as(response.body().toString()).isFalse();
        assertThat(response.data("createTicket").path("assignee").isNull()).as("unassigned in mode " + mode).isEqualTo(mode == Mode.BASELINE);
        return took;
    }

    private Map<String, Integer> assignmentsPerAgent() {
        return TenantContext.callIn(tenant, () -> transactions.execute(status -> {
            Map<String, Integer> counts = new java.util.HashMap<>();
            jdbc.query("select assignee_id, count(*) from ticket where assignee_id is not null group by assignee_id",
                    (java.sql.ResultSet row) -> {
                        counts.put(row.getString(1), row.getInt(2));
                    });
            return counts;
        }));
    }

    private String report(Map<Load, Map<Mode, Samples>> samples, Map<Mode, Long> statements, Map<String, Integer> perAgent,
                          double loadBefore, double loadAfter, long setUpSeconds, long totalSeconds) {
        StringBuilder out = new StringBuilder();
        out.append("Assignment benchmark, %s, %d CPUs%n".formatted(OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES),
                Runtime.getRuntime().availableProcessors()));
        out.append("One team of %d agents (Keycloak users, synced); createTicket over HTTP, %d rounds per mode, modes in turn,%n"
                .formatted(AGENTS, ROUNDS));
        out.append("after %d per mode to warm up; load avg %.1f -> %.1f%n".formatted(WARM_UP_PER_MODE, loadBefore, loadAfter));
        samples.forEach((load, byMode) -> {
            out.append("%n%s; %d tickets per mode and round%n".formatted(load.label(), load.perRound()));
            out.append("%-22s %7s %7s %7s %7s %10s%n".formatted("createTicket (ms)", "p50", "p90", "p99", "max", "tickets/s"));
            for (Mode mode : Mode.values()) {
                Samples s = byMode.get(mode);
                out.append("%-22s %7.1f %7.1f %7.1f %7.1f %10.0f%n".formatted(label(mode), s.millis(0.5), s.millis(0.9), s.millis(0.99),
                        s.millis(1.0), s.perSecond()));
            }
            Samples base = byMode.get(Mode.BASELINE);
            for (Mode mode : List.of(Mode.ROUND_ROBIN, Mode.WORKLOAD_BALANCING)) {
                Samples s = byMode.get(mode);
                out.append("  added by %-18s p50 %+5.1f ms, p99 %+5.1f ms; %.0f assignments/s%n".formatted(label(mode),
                        s.millis(0.5) - base.millis(0.5), s.millis(0.99) - base.millis(0.99), s.perSecond()));
            }
        });
        out.append("%nSQL statements per createTicket (request and assignment): %s%n".formatted(statements.entrySet().stream()
                .map(entry -> label(entry.getKey()) + " " + entry.getValue()).collect(java.util.stream.Collectors.joining(", "))));
        int min = perAgent.values().stream().mapToInt(Integer::intValue).min().orElse(0);
        int max = perAgent.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        out.append("Tickets per agent at the end: %d to %d%n".formatted(min, max));
        out.append("Set-up (%d Keycloak users, sync, team) %d s; whole run %d s%n".formatted(AGENTS, setUpSeconds, totalSeconds));
        return out.toString();
    }

    private static String label(Mode mode) {
        return switch (mode) {
            case BASELINE -> "rule disabled";
            case ROUND_ROBIN -> "round-robin";
            case WORKLOAD_BALANCING -> "workload balancing";
        };
    }

    /** Request durations and the wall time of the rounds that produced them. */
    private static final class Samples {

        private final List<Long> latencies = new ArrayList<>();
        private long wallNanos;
        private long[] sorted;

        void add(List<Long> more, long wall) {
            latencies.addAll(more);
            wallNanos += wall;
            sorted = null;
        }

        double millis(double q) {
            if (sorted == null) {
                sorted = latencies.stream().mapToLong(Long::longValue).toArray();
                Arrays.sort(sorted);
            }
            return sorted[Math.max(0, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
        }

        double perSecond() {
            return latencies.size() / (wallNanos / 1e9);
        }
    }

    /** Waits until the assignment consumer has been handed every event recorded so far (in every partition). */
    private void awaitRelayCaughtUp() {
        Awaitility.await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(20)).until(() -> jdbc.queryForObject("""
                select count(*) from support_control.event e
                  join support_control.event_consumer_progress p
                    on p.consumer = 'assignment' and p.partition = mod(e.routing_key::bigint + 2147483648, 8)
                 where e.position is null or e.position > p.position""", Long.class) == 0);
    }
}
