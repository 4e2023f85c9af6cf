package com.memberpulse.support.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.memberpulse.support.ApiIntegrationTest;
import com.memberpulse.support.support.TestClock;
import com.memberpulse.support.tenant.Tenant;
import com.memberpulse.support.tenant.TenantContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The SLA sweep at scale: {@value #TENANTS} tenants of {@value #TICKETS_PER_TENANT} open tickets each (200,000), every
 * ticket with two running clocks and their four due rows (800,000 rows in {@code support_control.sla_due}), 1 % of
 * the tickets past their first-response warning. Prints how long finding the due work takes and how many rows it reads
 * (from the plan), how long the sweep takes to do it all, and a sweep with nothing due; writes them to
 * {@code target/benchmark/sla-sweep.txt}. Asserts only that every due warning fired once. Not part of the normal build
 * ({@code -Pbenchmark}, see the README).
 */
// The scheduled sweep would do part of the work while the tenants are seeded: only the measured sweeps run here.
@TestPropertySource(properties = "memberpulse.sla.sweep-interval=PT24H")
class SlaSweepBenchmark extends ApiIntegrationTest {

    private static final int TENANTS = 1_000;
    private static final int TICKETS_PER_TENANT = 200;
    private static final int DUE_PER_TENANT = 2;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    SlaSweep sweep;
    @Autowired
    TestClock clock;

    @Test
    void sweepOverAThousandTenants() throws IOException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.stopAt(now);
        long started = System.nanoTime();
        List<Tenant> tenants = provision();
        long provisioned = System.nanoTime();
        AtomicInteger seeded = new AtomicInteger();
        tenants.parallelStream().forEach(tenant -> {
            seed(tenant, now);
            int done = seeded.incrementAndGet();
            if (done % 100 == 0) {
                System.out.printf("seeded %,d of %,d tenants%n", done, TENANTS);
            }
        });
        jdbc.execute("vacuum (analyze) support_control.sla_due");
        long seededAt = System.nanoTime();
        long dueRows = jdbc.queryForObject("select count(*) from support_control.sla_due", Long.class);

        String plan = String.join("\n", jdbc.queryForList("explain (analyze, buffers) select tenant_slug, ticket_id, kind, due_at, attempts"
                + " from support_control.sla_due where coalesce(retry_at, due_at) <= ? order by coalesce(retry_at, due_at) limit 200",
                String.class, now.atOffset(ZoneOffset.UTC)));
        List<Long> finds = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long t0 = System.nanoTime();
            jdbc.queryForList("select tenant_slug, ticket_id, kind from support_control.sla_due where coalesce(retry_at, due_at) <= ?"
                    + " order by coalesce(retry_at, due_at) limit 200", now.atOffset(ZoneOffset.UTC));
            finds.add(System.nanoTime() - t0);
        }

        long t0 = System.nanoTime();
        int fired = sweep.sweep();
        Duration full = Duration.ofNanos(System.nanoTime() - t0);
        long t1 = System.nanoTime();
        int none = sweep.sweep();
        Duration idle = Duration.ofNanos(System.nanoTime() - t1);
        clock.release();

        assertThat(fired).isEqualTo(TENANTS * DUE_PER_TENANT);
        assertThat(none).isZero();
        String idlePlan = String.join("\n", jdbc.queryForList("explain (analyze, buffers) select tenant_slug, ticket_id, kind, due_at, attempts"
                + " from support_control.sla_due where coalesce(retry_at, due_at) <= ? order by coalesce(retry_at, due_at) limit 200",
                String.class, now.atOffset(ZoneOffset.UTC)));

        finds.sort(Long::compare);
        String report = """
                SLA sweep: %,d tenants, %,d open tickets, %,d rows in sla_due, %,d due (%.1f %% of the tickets)
                provisioning %s, seeding %s

                finding the due work (first batch of 200), 20 runs: p50 %.2f ms, max %.2f ms
                a sweep doing all %,d warnings: %s (%.1f ms each, %.0f a second)
                a sweep with nothing due: %.1f ms

                %s

                plan of the first batch:
                %s

                plan with nothing due:
                %s
                """.formatted(TENANTS, TENANTS * TICKETS_PER_TENANT, dueRows, TENANTS * DUE_PER_TENANT, 100.0 * DUE_PER_TENANT / TICKETS_PER_TENANT,
                Duration.ofNanos(provisioned - started).toSeconds() + " s", Duration.ofNanos(seededAt - provisioned).toSeconds() + " s",
                finds.get(finds.size() / 2) / 1e6, finds.getLast() / 1e6, fired, full.toMillis() + " ms", full.toMillis() / (double) fired,
                fired * 1000.0 / full.toMillis(), idle.toNanos() / 1e6,
                chart(List.of("find due (p50)", "nothing due", "per warning"),
                        List.of(finds.get(finds.size() / 2) / 1e6, idle.toNanos() / 1e6, full.toMillis() / (double) fired)),
                plan, idlePlan);
        System.out.println(report);
        Path file = Path.of("target", "benchmark", "sla-sweep.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
    }

    /** A text bar chart of milliseconds. */
    private static String chart(List<String> labels, List<Double> millis) {
        double max = millis.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        StringBuilder chart = new StringBuilder("milliseconds\n");
        for (int i = 0; i < labels.size(); i++) {
            int width = (int) Math.round(50 * millis.get(i) / max);
            chart.append("%-16s %s %.2f%n".formatted(labels.get(i), "#".repeat(Math.max(1, width)), millis.get(i)));
        }
        return chart.toString();
    }

    private List<Tenant> provision() {
        AtomicInteger done = new AtomicInteger();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<CompletableFuture<Tenant>> futures = IntStream.range(0, TENANTS).mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                Tenant tenant = newTenant();
                int count = done.incrementAndGet();
                if (count % 100 == 0) {
                    System.out.printf("provisioned %,d of %,d tenants%n", count, TENANTS);
                }
                return tenant;
            }, pool)).toList();
            return futures.stream().map(CompletableFuture::join).toList();
        }
    }

    /**
     * Open tickets with running clocks in calendar hours (first response in a day, resolution in two) and their due
     * rows, as the service writes them; the first {@value #DUE_PER_TENANT} were raised 19 hours ago, past the 75 %
     * warning of their first response, the others an hour ago.
     */
    private void seed(Tenant tenant, Instant now) {
        String schema = tenant.schemaName();
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        TenantContext.callIn(tenant, () -> transactions.execute(status -> {
            jdbc.update("""
                    insert into %1$s.ticket (id, number, subject, description, status, priority, category_id, requester_id, requester_type,
                                             requester_name, channel, created_by_id, created_at, updated_at, public_updated_at)
                    select gen_random_uuid(), nextval('%1$s.ticket_number_seq'), 'Seeded ' || n, '<p>Seeded</p>', 'OPEN', 'MEDIUM',
                           (select id from %1$s.ticket_category order by position limit 1), 'member-' || n, 'MEMBER', 'Member ' || n, 'WEB',
                           'member-' || n, ?::timestamptz - case when n <= ? then interval '19 hours' else interval '1 hour' end, ?, ?
                      from generate_series(1, ?) n""".formatted(schema), at, DUE_PER_TENANT, at, at, TICKETS_PER_TENANT);
            jdbc.update("""
                    insert into %1$s.sla_clock (ticket_id, target, policy_id, calendar_id, calendar_name, warning_percent, target_seconds,
                                                started_at, elapsed_seconds, running_since, due_at, warning_at, decides)
                    select t.id, k.target, p.id, null, 'Calendar hours', 75, 86400 * k.days, t.created_at, 0, t.created_at,
                           t.created_at + interval '1 day' * k.days, t.created_at + interval '18 hours' * k.days, k.target = 'FIRST_RESPONSE'
                      from %1$s.ticket t, (values ('FIRST_RESPONSE', 1), ('RESOLUTION', 2)) k (target, days), %1$s.sla_policy p
                     where p.requester_type = 'MEMBER'""".formatted(schema));
            return jdbc.update("""
                    insert into support_control.sla_due (tenant_slug, ticket_id, kind, due_at)
                    select ?, c.ticket_id, c.target || '_' || l.level, case l.level when 'WARNING' then c.warning_at else c.due_at end
                      from %1$s.sla_clock c, (values ('WARNING'), ('BREACH')) l (level)""".formatted(schema), tenant.slug());
        }));
    }
}
