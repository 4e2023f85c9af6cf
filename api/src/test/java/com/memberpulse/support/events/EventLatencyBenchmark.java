package com.memberpulse.support.events;

import com.memberpulse.support.ApiIntegrationTest;
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
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Commit-to-delivery latency of the event backbone with its default settings (1 s fallback poll, 8 partitions):
 * for an instance listener and for a durable consumer, at a light load (one event every 50 ms) and at 200 events a
 * second, each for {@value #SECONDS} s, events spread over 50 tickets. Latency runs from the moment the appending
 * transaction's commit returned to the moment the listener or consumer was called. Prints a table and a histogram
 * and writes them to {@code target/benchmark/events.txt}. Speed is reported, never asserted.
 * Not part of the normal build: {@code ./mvnw -pl api -am verify -Pbenchmark -Dtest=EventLatencyBenchmark}.
 */
@Import(EventLatencyBenchmark.Measuring.class)
class EventLatencyBenchmark extends ApiIntegrationTest {

    private static final int SECONDS = 25;
    private static final int TICKETS = 50;
    private static final Map<Long, Long> COMMITTED = new ConcurrentHashMap<>();
    private static final Map<Long, Long> HEARD = new ConcurrentHashMap<>();
    private static final Map<Long, Long> HANDLED = new ConcurrentHashMap<>();

    @Autowired
    EventLog eventLog;
    @Autowired
    TransactionTemplate transactions;

    /** One durable consumer and one instance listener, each noting when it got each event. */
    static class Measuring {

        @Bean
        EventConsumer benchmarkConsumer() {
            return new EventConsumer() {
                @Override
                public String name() {
                    return "events-benchmark";
                }

                @Override
                public void handle(DomainEvent event) {
                    HANDLED.putIfAbsent(event.id(), System.nanoTime());
                }
            };
        }

        @Bean
        InstanceEventListener benchmarkListener() {
            return event -> HEARD.putIfAbsent(event.id(), System.nanoTime());
        }
    }

    @Test
    void commitToDeliveryLatency() throws IOException {
        Tenant tenant = newTenant();
        List<UUID> tickets = new ArrayList<>();
        for (int i = 0; i < TICKETS; i++) {
            tickets.add(UUID.randomUUID());
        }
        run(tenant, tickets, Duration.ofMillis(50), Duration.ofSeconds(3));

        StringBuilder report = new StringBuilder();
        report.append("Event backbone latency, %s, %d CPUs, load average %.1f at the start%n".formatted(
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES), Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        report.append("commit -> delivery (ms)           events     p50     p90     p99     max%n".formatted());
        List<String> histograms = new ArrayList<>();
        for (Load load : List.of(new Load("1 event / 50 ms", Duration.ofMillis(50)), new Load("200 events/s", Duration.ofMillis(5)))) {
            List<Long> ids = run(tenant, tickets, load.interval(), Duration.ofSeconds(SECONDS));
            for (String receiver : List.of("instance listener", "durable consumer")) {
                Map<Long, Long> received = receiver.startsWith("instance") ? HEARD : HANDLED;
                double[] millis = ids.stream().mapToDouble(id -> (received.get(id) - COMMITTED.get(id)) / 1e6).sorted().toArray();
                report.append("%-15s %-17s %6d %7.1f %7.1f %7.1f %7.1f%n".formatted(load.name(), receiver, millis.length,
                        percentile(millis, 50), percentile(millis, 90), percentile(millis, 99), millis[millis.length - 1]));
                histograms.add(histogram(load.name() + ", " + receiver, millis));
            }
        }
        report.append(System.lineSeparator()).append(String.join(System.lineSeparator(), histograms));
        System.out.println(report);
        Path file = Path.of("target", "benchmark", "events.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
    }

    private record Load(String name, Duration interval) {
    }

    /** Appends one event every {@code interval} for {@code length}, round the tickets; waits for every delivery; returns the ids. */
    private List<Long> run(Tenant tenant, List<UUID> tickets, Duration interval, Duration length) {
        List<Long> ids = Collections.synchronizedList(new ArrayList<>());
        long count = length.toNanos() / interval.toNanos();
        try (ScheduledExecutorService writers = Executors.newScheduledThreadPool(8)) {
            List<ScheduledFuture<?>> appends = new ArrayList<>();
            for (long i = 0; i < count; i++) {
                UUID ticket = tickets.get((int) (i % tickets.size()));
                long seq = i;
                appends.add(writers.schedule(() -> {
                    DomainEvent event = TenantContext.callIn(tenant, () -> transactions.execute(status ->
                            eventLog.append(ticket, "benchmark.step", new EventsTestBase.Step((int) seq))));
                    COMMITTED.put(event.id(), System.nanoTime());
                    ids.add(event.id());
                }, i * interval.toNanos(), TimeUnit.NANOSECONDS));
            }
            for (ScheduledFuture<?> append : appends) {
                append.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        Awaitility.await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(50))
                .until(() -> ids.stream().allMatch(id -> HEARD.containsKey(id) && HANDLED.containsKey(id)));
        return List.copyOf(ids);
    }

    private static double percentile(double[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static final double[] BOUNDS = {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, Double.MAX_VALUE};

    /** The share of events per latency bucket as a bar of up to 50 characters. */
    private static String histogram(String title, double[] millis) {
        int[] counts = new int[BOUNDS.length];
        for (double value : millis) {
            int bucket = 0;
            while (value >= BOUNDS[bucket]) {
                bucket++;
            }
            counts[bucket]++;
        }
        StringBuilder out = new StringBuilder(title).append(System.lineSeparator());
        double lower = 0;
        for (int i = 0; i < BOUNDS.length; i++) {
            String range = BOUNDS[i] == Double.MAX_VALUE ? ">= %.0f ms".formatted(lower) : "%.0f-%.0f ms".formatted(lower, BOUNDS[i]);
            double share = 100.0 * counts[i] / millis.length;
            out.append("  %-13s %5.1f%% %s%n".formatted(range, share, "#".repeat((int) Math.round(share / 2))));
            lower = BOUNDS[i];
        }
        return out.toString();
    }
}
