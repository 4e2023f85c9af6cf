package com.memberpulse.support.search;

import com.memberpulse.support.support.ApiClient;
import com.memberpulse.support.support.ApiResponse;
import com.memberpulse.support.support.SearchableTickets;
import com.memberpulse.support.tenant.Tenant;
import com.memberpulse.support.tenant.TenantContext;
import com.memberpulse.support.ticket.TicketSearch;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * How long a committed change takes to be found by a search: writes arrive at a steady rate, whatever the answers
 * (up to {@value #IN_FLIGHT} waiting for theirs: beyond that the next ones are sent late, which the mutations' latency,
 * counted from when each was due, shows), through the real GraphQL API as staff: new tickets raised for a member and
 * replies on existing tickets, in turn, over several tenants, each carrying a word of its own. Every {@link #POLL} a
 * poller asks each tenant's index, through {@link TicketSearch#matching} (the queue's own search), for the words of its
 * committed writes not found yet, OR-ed in one search; a write's lag runs from its mutation's answer (the commit) to
 * the answer of the first search that finds it. A ticket has at most one write waiting to be found, so a match tells
 * which write it was.
 */
final class CommitToSearchable implements AutoCloseable {

    static final Duration POLL = Duration.ofMillis(50);
    static final Duration DRAIN = Duration.ofSeconds(60);
    private static final int IN_FLIGHT = 32;
    private static final int WORDS_PER_SEARCH = 150;
    private static final int ERRORS_KEPT = 5;
    private static final String CREATE = "mutation($input: CreateTicketInput!) { createTicket(input: $input) { id } }";
    private static final String REPLY = "mutation($input: MessageInput!) { replyToTicket(input: $input) { ticket { id } openedFollowUp } }";

    /** A tenant written to: a staff token, the category and requester of its new tickets, the open tickets replied to. */
    record Target(Tenant tenant, String token, String categoryId, String requesterId, List<UUID> replyPool) {
    }

    /**
     * One rate's figures, for the writes due after the warm-up: lags, the mutations' latencies (from when due), how many
     * were not found within the drain, the rate answered, and the backbone's backlog when the last write was answered
     * and after the drain ({@code drained}: how long until every write was found, or the drain's limit).
     */
    record Result(int perSecond, Latencies lag, Latencies mutation, int writes, int notFound, int failed, List<String> errors,
                  double writesPerSecond, double searchesPerSecond, int repliesAsNewTickets, String backlogAtEnd, String backlogAfterDrain,
                  Duration drained, double loadBefore, double loadAfter) {
    }

    private static final class Write {
        final int turn;
        final long due;
        final boolean measured;
        final String word;
        volatile long committed;
        volatile long found;
        volatile boolean failed;
        volatile boolean reply;

        Write(int turn, int serial, long due, boolean measured) {
            this.turn = turn;
            this.due = due;
            this.measured = measured;
            this.word = "mpz" + serial + "q";
        }
    }

    private final ApiClient api;
    private final TicketSearch search;
    private final List<Target> targets;
    private final Supplier<String> backlog;
    private final List<Map<UUID, Write>> waiting = new ArrayList<>();
    private final List<Queue<UUID>> free = new ArrayList<>();
    private final AtomicInteger serial = new AtomicInteger();
    private final AtomicInteger repliesAsNewTickets = new AtomicInteger();
    private final AtomicLong searches = new AtomicLong();
    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
    private final Thread poller;
    private volatile boolean polling = true;

    /** {@code backlog} describes the event backbone's backlog. Starts the poller ({@link #close()} stops it). */
    CommitToSearchable(ApiClient api, TicketSearch search, List<Target> targets, Supplier<String> backlog) {
        this.api = api;
        this.search = search;
        this.targets = targets;
        this.backlog = backlog;
        for (Target target : targets) {
            waiting.add(new ConcurrentHashMap<>());
            List<UUID> pool = new ArrayList<>(target.replyPool());
            Collections.shuffle(pool);
            free.add(new ConcurrentLinkedQueue<>(pool));
        }
        poller = Thread.ofPlatform().name("search-lag-poller").start(this::poll);
    }

    /** Writes at {@code perSecond} for the warm-up and the measured time, then waits (at most a minute) until all are found. */
    Result run(int perSecond, Duration warmUp, Duration measured) {
        errors.clear();
        repliesAsNewTickets.set(0);
        long period = 1_000_000_000L / perSecond;
        int total = (int) ((warmUp.toNanos() + measured.toNanos()) / period);
        List<Write> writes = new ArrayList<>(total);
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long searchesBefore = searches.get();
        long start = System.nanoTime() + 100_000_000L;
        long measuredFrom = start + warmUp.toNanos();
        Semaphore inFlight = new Semaphore(IN_FLIGHT);
        try (ExecutorService requests = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < total; i++) {
                long due = start + i * period;
                LockSupport.parkNanos(due - System.nanoTime());
                Write write = new Write(i, serial.incrementAndGet(), due, due >= measuredFrom);
                writes.add(write);
                inFlight.acquireUninterruptibly();
                requests.submit(() -> {
                    try {
                        perform(write);
                    } finally {
                        inFlight.release();
                    }
                });
                if (i > 0 && i % (perSecond * 10) == 0) {
                    System.out.printf("commit-to-searchable at %d/s: %,d writes sent (%d s late), %,d waiting to be found; backlog %s%n", perSecond,
                            i, Duration.ofNanos(System.nanoTime() - due).toSeconds(), waitingCount(), backlog.get());
                }
            }
        }
        long sent = System.nanoTime();
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        double searchesPerSecond = (searches.get() - searchesBefore) / ((sent - start) / 1e9);
        String backlogAtEnd = backlog.get();
        long drainUntil = sent + DRAIN.toNanos();
        while (waitingCount() > 0 && System.nanoTime() < drainUntil) {
            LockSupport.parkNanos(POLL.toNanos());
        }
        Duration drained = Duration.ofNanos(System.nanoTime() - sent);
        String backlogAfterDrain = backlog.get();
        List<Write> counted = writes.stream().filter(w -> w.measured).toList();
        List<Write> done = counted.stream().filter(w -> !w.failed).toList();
        Result result = new Result(perSecond, Latencies.of(done.stream().filter(w -> w.found > 0).map(w -> w.found - w.committed).toList()),
                Latencies.of(done.stream().map(w -> w.committed - w.due).toList()), counted.size(),
                (int) done.stream().filter(w -> w.found == 0).count(), counted.size() - done.size(), List.copyOf(errors),
                writes.stream().filter(w -> w.committed > 0).count() / ((sent - start) / 1e9), searchesPerSecond, repliesAsNewTickets.get(),
                backlogAtEnd, backlogAfterDrain, drained, loadBefore, loadAfter);
        // What was not found stays out of the next rate's way.
        waiting.forEach(Map::clear);
        return result;
    }

    @Override
    public void close() {
        polling = false;
        try {
            poller.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private int waitingCount() {
        return waiting.stream().mapToInt(Map::size).sum();
    }

    /**
     * A new ticket on even turns of a tenant, a reply on odd ones (a new ticket too if every ticket of the pool has a
     * reply waiting to be found).
     */
    private void perform(Write write) {
        int targetIndex = write.turn % targets.size();
        Target target = targets.get(targetIndex);
        boolean replyTurn = (write.turn / targets.size()) % 2 != 0;
        UUID replyTo = replyTurn ? free.get(targetIndex).poll() : null;
        if (replyTurn && replyTo == null) {
            repliesAsNewTickets.incrementAndGet();
        }
        write.reply = replyTo != null;
        ThreadLocalRandom random = ThreadLocalRandom.current();
        try {
            ApiResponse response;
            if (replyTo == null) {
                response = api.graphql(target.token(), CREATE, Map.of("input", Map.of(
                        "subject", pick(SearchableTickets.SUBJECTS, random) + " (ref " + write.word + ")",
                        "description", "<p>" + pick(SearchableTickets.DETAILS, random) + " My reference is " + write.word + ".</p>",
                        "categoryId", target.categoryId(), "channel", "EMAIL",
                        "onBehalfOf", Map.of("id", target.requesterId(), "type", "MEMBER", "name", "Bench Member"))));
            } else {
                response = api.graphql(target.token(), REPLY, Map.of("input", Map.of("ticketId", replyTo.toString(),
                        "body", "<p>" + pick(SearchableTickets.REPLIES, random) + " Our reference: " + write.word + ".</p>")));
            }
            long committed = System.nanoTime();
            if (response.hasErrors() || response.status() != 200) {
                fail(write, replyTo, targetIndex, "HTTP " + response.status() + " " + response.errorCode() + ": " + response.errorMessage());
                return;
            }
            UUID ticket = replyTo == null ? UUID.fromString(response.data("createTicket").path("id").asString()) : replyTo;
            write.committed = committed;
            waiting.get(targetIndex).put(ticket, write);
        } catch (RuntimeException e) {
            fail(write, replyTo, targetIndex, e.toString());
        }
    }

    private void fail(Write write, UUID replyTo, int targetIndex, String error) {
        write.failed = true;
        if (replyTo != null) {
            free.get(targetIndex).add(replyTo);
        }
        if (errors.size() < ERRORS_KEPT) {
            errors.add(error);
        }
    }

    private void poll() {
        while (polling) {
            long tick = System.nanoTime();
            for (int i = 0; i < targets.size(); i++) {
                Map<UUID, Write> open = waiting.get(i);
                if (open.isEmpty()) {
                    continue;
                }
                String words = open.values().stream().limit(WORDS_PER_SEARCH).map(w -> w.word).collect(Collectors.joining(" | "));
                try {
                    List<UUID> matches = TenantContext.callIn(targets.get(i).tenant(), () -> search.matching(wordsOnly(words)).best());
                    long now = System.nanoTime();
                    searches.incrementAndGet();
                    for (UUID ticket : matches) {
                        Write write = open.remove(ticket);
                        if (write != null) {
                            write.found = now;
                            if (write.reply) {
                                free.get(i).add(ticket);
                            }
                        }
                    }
                } catch (RuntimeException e) {
                    if (errors.size() < ERRORS_KEPT) {
                        errors.add("search: " + e);
                    }
                }
            }
            LockSupport.parkNanos(tick + POLL.toNanos() - System.nanoTime());
        }
    }

    private static TicketSearch.Query wordsOnly(String words) {
        return new TicketSearch.Query(words, null, List.of(), List.of(), List.of(), List.of(), false, null, null, null, null, null, List.of());
    }

    private static String pick(List<String> values, ThreadLocalRandom random) {
        return values.get(random.nextInt(values.size()));
    }

    /** How the writes are made, for the report. */
    String describe() {
        return "writes over %d tenants (%s), new tickets and replies in turn, at most %d waiting for their answer; a search per tenant every %d ms"
                .formatted(targets.size(), targets.stream().map(t -> t.tenant().slug()).collect(Collectors.joining(", ")), IN_FLIGHT,
                        POLL.toMillis());
    }
}
