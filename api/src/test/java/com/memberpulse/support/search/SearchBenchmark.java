package com.memberpulse.support.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.indices.stats.IndexStats;
import com.memberpulse.support.ApiIntegrationTest;
import com.memberpulse.support.search.index.TicketIndices;
import com.memberpulse.support.support.ApiResponse;
import com.memberpulse.support.support.KeycloakUsers;
import com.memberpulse.support.support.SearchableTickets;
import com.memberpulse.support.support.TestStack;
import com.memberpulse.support.tenant.Tenant;
import com.memberpulse.support.tenant.TenantContext;
import com.memberpulse.support.ticket.Ticket;
import com.memberpulse.support.ticket.TicketSearch;
import com.memberpulse.support.ticket.internal.TicketMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Search at scale: {@value #DEFAULT_TENANTS} tenants and 1,000,000 tickets (half in one big tenant, the rest ~500 a
 * tenant), written in support words ({@link SearchableTickets}), indexed by a {@link SearchRebuild}. Measures, on the
 * real stack: the rebuild's tickets a second; search with highlights and facets through GraphQL on the big tenant; the
 * selective five-filter queue on PostgreSQL (GraphQL, and its page statement alone) against the same filter answered
 * by Elasticsearch and the page read among its ids; and the lag from a commit to the first search that finds it, at a
 * steady 10, 30 and 200 writes a second ({@link CommitToSearchable}). Prints a table and a chart and writes them to {@code target/benchmark/search.txt}.
 * Speed is reported, never asserted. {@code -Dsearch.benchmark.tickets} and {@code -Dsearch.benchmark.tenants} make
 * a smaller run. Not part of the normal build ({@code -Pbenchmark}, see the README).
 */
class SearchBenchmark extends ApiIntegrationTest {

    private static final int DEFAULT_TENANTS = 1_000;
    private static final int TICKETS = Integer.getInteger("search.benchmark.tickets", 1_000_000);
    private static final int TENANTS = Integer.getInteger("search.benchmark.tenants", DEFAULT_TENANTS);
    private static final int BIG_BATCH = 50_000;
    private static final int WRITE_TENANTS = 5;
    static final Duration WRITE_WARM_UP = Duration.ofSeconds(5);
    /** Writes a second and for how long: the rate asked for last, two gentler ones first to see the lag of a machine that keeps up. */
    private static final Map<Integer, Duration> WRITE_RATES = writeRates(Integer.getInteger("search.benchmark.write-seconds", 60));
    private static final int SEARCH_WARM_UP = 5;
    private static final int SEARCH_MEASURED = 50;
    static final int SEARCH_PARTS = 10;
    private static final int FILTER_WARM_UP = 20;
    private static final int FILTER_MEASURED = 150;
    static final int PAGE = 25;
    static final int MAX_MATCHES = 1000;

    /** The deployment's default, not the 4 the test stack gives every other test: run with -Dmemberpulse.search.max-matches=1000. */
    @Value("${memberpulse.search.max-matches}")
    int maxMatches;

    static final int QUEUE_PAGE = 50;

    private static final String SEARCH = """
            query($filter: TicketFilter) {
              tickets(filter: $filter, first: %d) {
                edges { node { id subject } highlights { field fragments } }
                facets { status { value count } priority { value count } category { value count } assignee { value count } tag { value count } }
              }
            }""".formatted(PAGE);
    private static final String QUEUE = """
            query($filter: TicketFilter) {
              tickets(filter: $filter, first: %d) {
                edges { node { id number subject status priority category { id name } requester { name } assignee { id } } }
                pageInfo { hasNextPage endCursor }
              }
            }""".formatted(QUEUE_PAGE);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    SearchRebuild rebuild;
    @Autowired
    IndexedTicketSearch search;
    @Autowired
    TicketIndices indices;
    @Autowired
    ElasticsearchClient client;
    @Autowired
    TicketMapper tickets;
    @Value("${memberpulse.events.partitions}")
    int partitions;

    private final List<String> problems = new ArrayList<>();

    @Test
    void searchOverAMillionTickets() throws IOException {
        assertThat(maxMatches).as("memberpulse.search.max-matches in this context").isEqualTo(MAX_MATCHES);
        long started = System.nanoTime();
        String loadAtStart = loadAverage();
        System.out.printf("search benchmark: %,d tenants, %,d tickets; load average at start %s%n", TENANTS, TICKETS, loadAtStart);

        int bigTickets = TICKETS / 2;
        List<Tenant> small = provisionSmallTenants(TENANTS - 1, TICKETS - bigTickets);
        long smallDone = System.nanoTime();
        Tenant big = newTenant();
        seedBig(big, bigTickets);
        jdbc.execute("vacuum (analyze) " + big.schemaName() + ".ticket");
        jdbc.execute("vacuum (analyze) " + big.schemaName() + ".ticket_message");
        long seeded = System.nanoTime();
        long ticketCount = countTickets(small) + countTickets(List.of(big));
        long messageCount = jdbc.queryForObject("select count(*) from " + big.schemaName() + ".ticket_message", Long.class);

        SearchRebuild.Progress rebuilt = reindex();
        long reindexed = System.nanoTime();
        String settled = awaitMerges();
        String indexSize = indexSize();

        String agent = staffToken(big);
        List<SearchCase> cases = searchCases(big);
        Map<String, Long> matches = new LinkedHashMap<>();
        for (SearchCase c : cases) {
            matches.put(c.label(), count(big, c.query()));
        }
        String loadBeforeSearch = loadAverage();
        Map<String, Latencies> searched = measureSearches(agent, cases, matches);
        Map<String, Map<String, Latencies>> parts = measureSearchParts(big, cases);
        String loadAfterSearch = loadAverage();
        long searchedAt = System.nanoTime();

        SearchCase fiveFilters = fiveFilters(big);
        long filteredInPostgres = TenantContext.callIn(big, () -> readOnly().execute(s -> tickets.count(fiveFilters.queueQuery(1))));
        long filteredInIndex = count(big, fiveFilters.query());
        if (filteredInPostgres != filteredInIndex) {
            problems.add("five filters: PostgreSQL counts %d, Elasticsearch %d".formatted(filteredInPostgres, filteredInIndex));
        }
        String loadBeforeFilter = loadAverage();
        Map<String, Latencies> filtered = measureFiveFilters(big, agent, fiveFilters);
        String loadAfterFilter = loadAverage();
        String plan = fiveFilterPlan(big, fiveFilters);
        long filteredAt = System.nanoTime();

        List<CommitToSearchable.Result> lags = new ArrayList<>();
        String writes;
        try (CommitToSearchable writer = new CommitToSearchable(api, search, writeTargets(big, small), this::backlog)) {
            writes = writer.describe();
            System.out.println("commit-to-searchable: " + writes);
            WRITE_RATES.forEach((perSecond, measured) -> {
                System.out.printf("commit-to-searchable at %d writes/s for %d s after %d s of warm-up%n", perSecond, measured.toSeconds(),
                        WRITE_WARM_UP.toSeconds());
                lags.add(writer.run(perSecond, WRITE_WARM_UP, measured));
            });
        }
        long lagAt = System.nanoTime();

        String report = SearchReport.of(new SearchReport.Facts(ticketCount, messageCount, small.size() + 1, bigTickets,
                Duration.ofNanos(smallDone - started), Duration.ofNanos(seeded - smallDone), rebuilt, Duration.ofNanos(reindexed - seeded),
                settled, indexSize, cases, matches, searched,
                parts, fiveFilters, filteredInPostgres, filteredInIndex, filtered, plan, lags, writes,
                List.of("at start " + loadAtStart, "searches " + loadBeforeSearch + " -> " + loadAfterSearch,
                        "five filters " + loadBeforeFilter + " -> " + loadAfterFilter,
                        "writes " + lags.stream().map(l -> "%d/s %.2f -> %.2f".formatted(l.perSecond(), l.loadBefore(), l.loadAfter()))
                                .collect(Collectors.joining(", ")), "at end " + loadAverage()),
                List.of("tenants and tickets %d s".formatted(Duration.ofNanos(seeded - started).toSeconds()),
                        "reindex %d s".formatted(Duration.ofNanos(reindexed - seeded).toSeconds()),
                        "searches %d s".formatted(Duration.ofNanos(searchedAt - reindexed).toSeconds()),
                        "five filters %d s".formatted(Duration.ofNanos(filteredAt - searchedAt).toSeconds()),
                        "writes %d s".formatted(Duration.ofNanos(lagAt - filteredAt).toSeconds()),
                        "in all %d s".formatted(Duration.ofNanos(System.nanoTime() - started).toSeconds())),
                jdbc.queryForObject("select current_setting('server_version')", String.class), problems));
        System.out.println(report);
        Path file = Path.of("target", "benchmark", "search.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);

        assertThat(rebuilt.state()).isEqualTo(SearchRebuild.Progress.State.DONE);
        assertThat(rebuilt.ticketsIndexed()).isGreaterThanOrEqualTo(ticketCount);
        assertThat(problems).isEmpty();
    }

    private static Map<Integer, Duration> writeRates(int seconds) {
        Map<Integer, Duration> rates = new LinkedHashMap<>();
        rates.put(10, Duration.ofSeconds(20));
        rates.put(30, Duration.ofSeconds(20));
        rates.put(200, Duration.ofSeconds(seconds));
        return rates;
    }

    // ---- tenants and tickets ----

    /** The small tenants, provisioned and seeded a few at a time (as the pool allows), {@code tickets} among them. */
    private List<Tenant> provisionSmallTenants(int count, int tickets) {
        AtomicInteger done = new AtomicInteger();
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<CompletableFuture<Tenant>> futures = IntStream.range(0, count).mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                Tenant tenant = newTenant();
                int own = tickets / count + (i < tickets % count ? 1 : 0);
                TenantContext.callIn(tenant, () -> transactions.execute(status -> jdbc.update(SearchableTickets.SQL, own, 1, own)));
                int finished = done.incrementAndGet();
                if (finished % 100 == 0 || finished == count) {
                    System.out.printf("small tenants: %,d of %,d provisioned and seeded, %d s%n", finished, count,
                            Duration.ofNanos(System.nanoTime() - started).toSeconds());
                }
                return tenant;
            }, pool)).toList();
            return futures.stream().map(CompletableFuture::join).toList();
        }
    }

    /** The big tenant's tickets in batches (a statement each), reproducibly random. */
    private void seedBig(Tenant big, int count) {
        long started = System.nanoTime();
        for (int from = 1; from <= count; from += BIG_BATCH) {
            int first = from;
            int last = Math.min(count, from + BIG_BATCH - 1);
            TenantContext.callIn(big, () -> transactions.execute(status -> {
                jdbc.execute("set local statement_timeout = 0");
                // Flushed commits, so that vacuum can mark the pages all-visible (see QueueBenchmark).
                jdbc.execute("set local synchronous_commit = on");
                jdbc.queryForObject("select setseed(%f)".formatted(0.42 - first / (double) count / 10), Object.class);
                return jdbc.update(SearchableTickets.SQL, count, first, last);
            }));
            System.out.printf("big tenant: %,d of %,d tickets, %d s%n", last, count, Duration.ofNanos(System.nanoTime() - started).toSeconds());
        }
    }

    private long countTickets(List<Tenant> tenants) {
        return tenants.stream().mapToLong(t -> jdbc.queryForObject("select count(*) from " + t.schemaName() + ".ticket", Long.class)).sum();
    }

    // ---- reindex ----

    /** A rebuild of the whole index, its progress printed every 100 tenants and, from a second thread, every 15 s. */
    private SearchRebuild.Progress reindex() {
        long started = System.nanoTime();
        AtomicReference<String> index = new AtomicReference<>();
        AtomicLong printed = new AtomicLong(-1);
        Thread ticker = Thread.ofPlatform().daemon().name("reindex-ticker").start(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.sleep(15_000);
                    String name = index.get();
                    if (name != null) {
                        long documents = client.count(c -> c.index(name)).count();
                        System.out.printf("reindex: %,d documents in %s, %d s%n", documents, name, seconds(started));
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException | RuntimeException e) {
                System.out.println("reindex ticker stopped: " + e);
            }
        });
        try {
            return rebuild.run(progress -> {
                index.set(progress.index());
                boolean due = progress.state() != SearchRebuild.Progress.State.RUNNING || progress.tenantsDone() % 100 == 0
                        || progress.tenantsDone() == progress.tenantsTotal() || progress.ticketsIndexed() - printed.get() >= 100_000;
                if (due) {
                    printed.set(progress.ticketsIndexed());
                    System.out.printf("reindex %s %s: %,d of %,d tenants, %,d tickets, %,.0f tickets/s%s%n", progress.state(), progress.index(),
                            progress.tenantsDone(), progress.tenantsTotal(), progress.ticketsIndexed(),
                            progress.ticketsIndexed() / Math.max(0.001, (System.nanoTime() - started) / 1e9),
                            progress.error() == null ? "" : " " + progress.error());
                }
            });
        } finally {
            ticker.interrupt();
        }
    }

    /** Waits (at most two minutes) until the new index has no merge running, so searches measure a settled index. */
    private String awaitMerges() throws IOException {
        long started = System.nanoTime();
        while (System.nanoTime() - started < Duration.ofMinutes(2).toNanos()) {
            if (stats().merges().current() == 0) {
                return "merges settled %d s after the rebuild".formatted(seconds(started));
            }
            sleep(Duration.ofSeconds(1));
        }
        return "merges still running 120 s after the rebuild";
    }

    private String indexSize() throws IOException {
        IndexStats stats = stats();
        // The client cannot decode the devstack node's full node info: its JVM part is read as plain JSON.
        JsonNode jvm = nodeJvm();
        List<String> flags = new ArrayList<>();
        jvm.path("input_arguments").forEach(argument -> {
            if (argument.asString().startsWith("-X")) {
                flags.add(argument.asString());
            }
        });
        return "%,d documents, %,.0f MB on disk, %d segments; Elasticsearch %s, heap %,d MB, JVM flags %s".formatted(stats.docs().count(),
                stats.store().sizeInBytes() / 1e6, stats.segments().count(), client.info().version().number(),
                jvm.path("mem").path("heap_max_in_bytes").asLong() / (1 << 20), flags);
    }

    private static JsonNode nodeJvm() throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(TestStack.get().elasticsearch().httpUrl() + "/_nodes/jvm")).build();
        try (HttpClient http = HttpClient.newHttpClient()) {
            String body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
            return JsonMapper.builder().build().readTree(body).path("nodes").properties().iterator().next().getValue().path("jvm");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private IndexStats stats() throws IOException {
        client.indices().refresh(r -> r.index(indices.current()));
        return client.indices().stats(s -> s.index(indices.current())).indices().values().iterator().next().primaries();
    }

    // ---- search with facets ----

    private List<SearchCase> searchCases(Tenant big) {
        String category = firstCategory(big);
        long number = jdbc.queryForObject("select max(number) / 3 from " + big.schemaName() + ".ticket", Long.class);
        return List.of(
                SearchCase.words("membership (common)", "membership"),
                SearchCase.words("renewal (common)", "renewal"),
                SearchCase.words("invoice", "invoice"),
                SearchCase.words("webinar recording", "webinar recording"),
                SearchCase.words("\"card declined\"", "\"card declined\""),
                SearchCase.words("ballot", "ballot"),
                SearchCase.words("chargeback (rare+notes)", "chargeback"),
                SearchCase.words("ombudsman (rare)", "ombudsman"),
                SearchCase.words("#number", "#" + number),
                new SearchCase("renewal +2 statuses", "renewal", List.of("OPEN", "IN_PROGRESS"), List.of(), List.of(), List.of(), null,
                        List.of()),
                new SearchCase("invoice +HIGH +billing", "invoice", List.of(), List.of("HIGH"), List.of(), List.of(), null, List.of("billing")),
                new SearchCase("password +agent +cat +SPONSOR", "password", List.of(), List.of(), List.of(category), List.of("agent-3"),
                        "SPONSOR", List.of()));
    }

    /** The mix over GraphQL, in turn so the machine's other load weighs on all alike. */
    private Map<String, Latencies> measureSearches(String token, List<SearchCase> cases, Map<String, Long> matches) {
        Map<String, List<Long>> nanos = new LinkedHashMap<>();
        cases.forEach(c -> nanos.put(c.label(), new ArrayList<>()));
        for (int round = 0; round < SEARCH_WARM_UP + SEARCH_MEASURED; round++) {
            for (SearchCase c : cases) {
                long start = System.nanoTime();
                JsonNode page = request(token, SEARCH, c.filter());
                long took = System.nanoTime() - start;
                if (round == 0 && page.path("edges").isEmpty() && matches.get(c.label()) > 0) {
                    problems.add("search '%s' found nothing".formatted(c.label()));
                }
                if (round >= SEARCH_WARM_UP) {
                    nanos.get(c.label()).add(took);
                }
            }
        }
        Map<String, Latencies> result = new LinkedHashMap<>();
        nanos.forEach((label, list) -> result.put(label, Latencies.of(list)));
        result.put("all", Latencies.of(nanos.values().stream().flatMap(List::stream).toList()));
        return result;
    }

    /** Where a search's time goes, in-process: the index's matches, PostgreSQL's page among them, highlights, facets. */
    private Map<String, Map<String, Latencies>> measureSearchParts(Tenant big, List<SearchCase> cases) {
        Map<String, Map<String, List<Long>>> nanos = new LinkedHashMap<>();
        for (int round = 0; round < SEARCH_PARTS + 1; round++) {
            for (SearchCase c : cases) {
                Map<String, List<Long>> own = nanos.computeIfAbsent(c.label(), l -> new LinkedHashMap<>());
                boolean counted = round > 0;
                List<UUID> matched = timed(own, "matches", counted, () -> TenantContext.callIn(big, () -> search.matching(c.query()).best()));
                List<Ticket> page = timed(own, "page", counted, () -> TenantContext.callIn(big, () -> readOnly().execute(s ->
                        tickets.page(c.queueQuery(PAGE + 1).among(matched.toArray(UUID[]::new))))));
                List<UUID> ids = page.stream().limit(PAGE).map(Ticket::id).toList();
                timed(own, "highlights", counted, () -> TenantContext.callIn(big, () -> search.highlights(c.query(), ids)));
                timed(own, "facets", counted, () -> TenantContext.callIn(big, () -> search.facets(c.query())));
                timed(own, "page of ids", counted, () -> pageOfIds(big, c.query()));
            }
        }
        Map<String, Map<String, Latencies>> result = new LinkedHashMap<>();
        nanos.forEach((label, own) -> {
            Map<String, Latencies> latencies = new LinkedHashMap<>();
            own.forEach((part, list) -> latencies.put(part, Latencies.of(list)));
            result.put(label, latencies);
        });
        return result;
    }

    /** The same search asked for one page of ids, best first, instead of up to {@link TicketSearch#MAX_MATCHES}. */
    private List<String> pageOfIds(Tenant tenant, TicketSearch.Query query) {
        try {
            return client.search(s -> s.index(indices.aliasOf(tenant.slug())).size(PAGE + 1).source(source -> source.fetch(false))
                    .trackTotalHits(t -> t.enabled(false)).query(SearchRequests.matching(query))
                    .sort(sort -> sort.score(score -> score.order(SortOrder.Desc)))
                    .sort(sort -> sort.field(f -> f.field("number").order(SortOrder.Desc))), Void.class).hits().hits().stream().map(Hit::id).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long count(Tenant tenant, TicketSearch.Query query) {
        try {
            return client.count(c -> c.index(indices.aliasOf(tenant.slug())).query(SearchRequests.matching(query))).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- the selective five-filter queue ----

    /** Open or waiting, HIGH, one category, one agent, sponsors: about 0.015 % of the tickets. */
    private SearchCase fiveFilters(Tenant big) {
        return new SearchCase("five filters", null, List.of("OPEN", "WAITING"), List.of("HIGH"), List.of(firstCategory(big)),
                List.of("agent-3"), "SPONSOR", List.of());
    }

    /**
     * In turn: the queue over GraphQL (PostgreSQL), its page statement alone, and the same filter answered by the index
     * (its ids, as the queue's search path asks for them) with PostgreSQL's page among them.
     */
    private Map<String, Latencies> measureFiveFilters(Tenant big, String token, SearchCase filter) {
        Map<String, List<Long>> nanos = new LinkedHashMap<>();
        for (String part : List.of("graphql", "page", "index ids", "page among ids", "index ids + page")) {
            nanos.put(part, new ArrayList<>());
        }
        for (int round = 0; round < FILTER_WARM_UP + FILTER_MEASURED; round++) {
            boolean counted = round >= FILTER_WARM_UP;
            JsonNode page = timed(nanos, "graphql", counted, () -> request(token, QUEUE, filter.filter()));
            List<Ticket> rows = timed(nanos, "page", counted, () -> TenantContext.callIn(big, () -> readOnly().execute(s ->
                    tickets.page(filter.queueQuery(QUEUE_PAGE + 1)))));
            long start = System.nanoTime();
            List<UUID> ids = timed(nanos, "index ids", counted, () -> TenantContext.callIn(big, () -> search.matching(filter.query()).best()));
            List<Ticket> among = timed(nanos, "page among ids", counted, () -> TenantContext.callIn(big, () -> readOnly().execute(s ->
                    tickets.page(filter.queueQuery(QUEUE_PAGE + 1).among(ids.toArray(UUID[]::new))))));
            if (counted) {
                nanos.get("index ids + page").add(System.nanoTime() - start);
            }
            if (round == 0) {
                List<String> viaGraphQl = new ArrayList<>();
                page.path("edges").forEach(edge -> viaGraphQl.add(edge.path("node").path("id").asString()));
                List<String> viaPage = rows.stream().limit(QUEUE_PAGE).map(t -> t.id().toString()).toList();
                List<String> viaIndex = among.stream().limit(QUEUE_PAGE).map(t -> t.id().toString()).toList();
                if (!viaGraphQl.equals(viaPage) || !viaPage.equals(viaIndex)) {
                    problems.add("five filters: the three paths read different pages (%d, %d, %d tickets)".formatted(viaGraphQl.size(),
                            viaPage.size(), viaIndex.size()));
                }
            }
        }
        Map<String, Latencies> result = new LinkedHashMap<>();
        nanos.forEach((part, list) -> result.put(part, Latencies.of(list)));
        return result;
    }

    /** The plan of the page statement as {@code TicketQueueSql} writes it, with the values inlined. */
    private String fiveFilterPlan(Tenant big, SearchCase filter) {
        String sql = """
                explain (analyze, buffers) select id from %s.ticket
                 where status = any(array['OPEN', 'WAITING']) and priority = any(array['HIGH']) and category_id = any(array['%s']::uuid[])
                   and assignee_id = any(array['agent-3']) and requester_type = 'SPONSOR'
                 order by created_at desc, id desc limit %d""".formatted(big.schemaName(), filter.categoryIds().getFirst(), QUEUE_PAGE + 1);
        return String.join("\n", jdbc.queryForList(sql, String.class));
    }

    // ---- commit-to-searchable ----

    /** The big tenant and a few small ones, each with a staff token, a member in Keycloak to raise tickets for, open tickets. */
    private List<CommitToSearchable.Target> writeTargets(Tenant big, List<Tenant> small) {
        List<Tenant> written = new ArrayList<>();
        written.add(big);
        written.addAll(small.subList(0, Math.min(small.size(), WRITE_TENANTS - 1)));
        return written.stream().map(tenant -> new CommitToSearchable.Target(tenant, staffToken(tenant), firstCategory(tenant),
                KeycloakUsers.create(tenant.slug(), "bench-" + tenant.slug(), "Bench", "Member", "ROLE_MEMBER"),
                jdbc.queryForList("select id from " + tenant.schemaName() + ".ticket where status <> 'CLOSED' order by random() limit 2000",
                        UUID.class))).toList();
    }

    /** Events each consumer of the backbone has still to handle. */
    private String backlog() {
        List<String> consumers = jdbc.query("""
                select p.consumer, count(e.id) from support_control.event_consumer_progress p
                  left join support_control.event e on e.position > p.position and mod(e.routing_key::bigint + 2147483648, ?) = p.partition
                 group by p.consumer order by p.consumer""", (row, i) -> row.getString(1) + " " + row.getLong(2), partitions);
        return String.join(", ", consumers);
    }

    // ---- helpers ----

    private String staffToken(Tenant tenant) {
        // The run outlives the test tokens' default five minutes.
        return tokens.token(tenant.slug(), List.of("ROLE_CLIENT_USER"),
                c -> c.subject("bench-agent").expirationTime(Date.from(OffsetDateTime.now().plusHours(2).toInstant())));
    }

    private String firstCategory(Tenant tenant) {
        return jdbc.queryForObject("select id::text from " + tenant.schemaName() + ".ticket_category order by position limit 1", String.class);
    }

    private JsonNode request(String token, String query, Map<String, Object> filter) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("filter", filter);
        ApiResponse response = api.graphql(token, query, variables);
        assertThat(response.errorMessage()).as("GraphQL error").isNull();
        return response.data("tickets");
    }

    private TransactionTemplate readOnly() {
        TransactionTemplate readOnly = new TransactionTemplate(transactionManager);
        readOnly.setReadOnly(true);
        return readOnly;
    }

    private static <T> T timed(Map<String, List<Long>> nanos, String part, boolean counted, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        if (counted) {
            nanos.computeIfAbsent(part, p -> new ArrayList<>()).add(System.nanoTime() - start);
        }
        return result;
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "%.2f".formatted(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static long seconds(long since) {
        return Duration.ofNanos(System.nanoTime() - since).toSeconds();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
