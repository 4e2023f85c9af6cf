package com.memberpulse.support.ticket;

import com.memberpulse.support.common.input.Ids;
import static org.assertj.core.api.Assertions.assertThat;

import com.memberpulse.support.ApiIntegrationTest;
import com.memberpulse.support.support.ApiResponse;
import com.memberpulse.support.support.SqlStatementCounter;
import com.memberpulse.support.tenant.Tenant;
import com.memberpulse.support.tenant.TenantContext;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The staff queue against an oracle: tickets with known attributes are written straight to the tenant's
 * table, and every filter, order and page walk over GraphQL must return exactly what plain Java computes.
 */
class TicketQueueTest extends ApiIntegrationTest {

    private static final String QUEUE = """
            query($filter: TicketFilter, $orderBy: TicketOrder, $first: Int, $after: String) {
              tickets(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
                totalCount
                edges { cursor node { id status priority category { id name } requester { type } assignee { id } } }
                pageInfo { hasNextPage endCursor }
              }
            }""";
    private static final OffsetDateTime START = OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    private static final List<String> STATUSES = List.of("OPEN", "IN_PROGRESS", "WAITING", "RESOLVED", "CLOSED");
    private static final List<String> PRIORITIES = List.of("LOW", "MEDIUM", "HIGH");
    private static final List<String> AGENTS = List.of("agent-1", "agent-2");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    private Tenant tenant;
    private String agent;
    private List<String> categories;
    private final List<Row> rows = new ArrayList<>();

    /** What the oracle knows of a ticket. {@code assignee} null = unassigned. Ids compare as text, as PostgreSQL compares uuids. */
    record Row(UUID id, String status, String priority, String category, String requesterType, String assignee,
               OffsetDateTime createdAt, OffsetDateTime updatedAt) {
        int rank() {
            return PRIORITIES.indexOf(priority) + 1;
        }
    }

    @BeforeEach
    void seed() {
        tenant = newTenant();
        agent = tokens.token(tenant.slug(), List.of("ROLE_CLIENT_USER"), c -> c.subject("agent-1"));
        categories = api.graphql(agent, "{ ticketCategories { id } }").data("ticketCategories").valueStream()
                .map(c -> c.path("id").asString()).toList();
        Random random = new Random(42);
        for (int i = 0; i < 60; i++) {
            // Some tickets share a creation time, so the id tie-break matters.
            OffsetDateTime created = START.plusHours(i / 3 * 7L);
            rows.add(new Row(UUID.randomUUID(), STATUSES.get(random.nextInt(5)), PRIORITIES.get(random.nextInt(3)),
                    categories.get(random.nextInt(3)), random.nextInt(4) == 0 ? "SPONSOR" : "MEMBER",
                    random.nextInt(3) == 0 ? null : AGENTS.get(random.nextInt(2)),
                    created, created.plusMinutes(random.nextInt(5000))));
        }
        insert(rows);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ROLE_MEMBER", "ROLE_SPONSOR_USER", "ROLE_SPONSOR_ADMIN"})
    void requestersCannotReadTheQueue(String role) {
        ApiResponse response = api.graphql(tokens.token(tenant.slug(), role), QUEUE, Map.of());
        assertThat(response.errorCode()).isEqualTo("FORBIDDEN");
    }

    @Test
    void aPlatformAdminReadsTheQueueOnlyInTheTenantTheyName() {
        String platformAdmin = tokens.token(null, "ROLE_PLATFORM_ADMIN");
        assertThat(api.graphql(platformAdmin, QUEUE, Map.of()).errorCode()).isEqualTo("FORBIDDEN");
        ApiResponse named = api.graphql(platformAdmin, QUEUE, Map.of(), "X-MemberPulse-Tenant", tenant.slug());
        assertThat(named.data("tickets").path("totalCount").asInt()).isEqualTo(rows.size());
    }

    @Test
    void theWholeQueueNewestFirstByDefault() {
        assertWalk(Map.of(), null, 10, all -> true, byCreated().reversed());
    }

    @Test
    void eachFilterAlone() {
        assertWalk(Map.of("status", List.of("OPEN", "WAITING")), null, 7, r -> Set.of("OPEN", "WAITING").contains(r.status()), byCreated().reversed());
        assertWalk(Map.of("priority", List.of("HIGH")), null, 7, r -> r.priority().equals("HIGH"), byCreated().reversed());
        assertWalk(Map.of("categoryId", List.of(categories.get(0), categories.get(2))), null, 7,
                r -> r.category().equals(categories.get(0)) || r.category().equals(categories.get(2)), byCreated().reversed());
        assertWalk(Map.of("requesterType", "SPONSOR"), null, 7, r -> r.requesterType().equals("SPONSOR"), byCreated().reversed());
        assertWalk(Map.of("assignee", Map.of("unassigned", true)), null, 7, r -> r.assignee() == null, byCreated().reversed());
        assertWalk(Map.of("assignee", Map.of("me", true)), null, 7, r -> "agent-1".equals(r.assignee()), byCreated().reversed());
        assertWalk(Map.of("assignee", Map.of("ids", List.of("agent-2"), "unassigned", true)), null, 7,
                r -> r.assignee() == null || r.assignee().equals("agent-2"), byCreated().reversed());
        OffsetDateTime from = START.plusDays(2);
        OffsetDateTime to = START.plusDays(5);
        assertWalk(Map.of("createdFrom", from.toString(), "createdTo", to.toString()), null, 7,
                r -> !r.createdAt().isBefore(from) && r.createdAt().isBefore(to), byCreated().reversed());
        assertWalk(Map.of("updatedFrom", from.toString(), "updatedTo", to.toString()), null, 7,
                r -> !r.updatedAt().isBefore(from) && r.updatedAt().isBefore(to), byCreated().reversed());
    }

    @Test
    void eachOrderBothWays() {
        assertWalk(Map.of(), Map.of("field", "CREATED_AT", "direction", "ASC"), 8, r -> true, byCreated());
        assertWalk(Map.of(), Map.of("field", "UPDATED_AT", "direction", "ASC"), 8, r -> true, byUpdated());
        assertWalk(Map.of(), Map.of("field", "UPDATED_AT", "direction", "DESC"), 8, r -> true, byUpdated().reversed());
        assertWalk(Map.of(), Map.of("field", "PRIORITY", "direction", "DESC"), 8, r -> true, byPriority().reversed());
        assertWalk(Map.of(), Map.of("field", "PRIORITY", "direction", "ASC"), 8, r -> true, byPriority());
    }

    /** A property over random combinations: any filter, any order, any page size matches the oracle. */
    @Test
    void randomCombinationsOfFiltersOrdersAndPageSizesMatchTheOracle() {
        Random random = new Random(7);
        List<Map<String, Object>> orders = List.of(
                Map.of("field", "CREATED_AT", "direction", "DESC"), Map.of("field", "CREATED_AT", "direction", "ASC"),
                Map.of("field", "UPDATED_AT", "direction", "DESC"), Map.of("field", "PRIORITY", "direction", "DESC"),
                Map.of("field", "PRIORITY", "direction", "ASC"));
        List<Comparator<Row>> comparators = List.of(byCreated().reversed(), byCreated(), byUpdated().reversed(),
                byPriority().reversed(), byPriority());
        for (int round = 0; round < 25; round++) {
            Map<String, Object> filter = new HashMap<>();
            List<Predicate<Row>> predicates = new ArrayList<>();
            if (random.nextBoolean()) {
                List<String> statuses = pick(random, STATUSES);
                filter.put("status", statuses);
                predicates.add(r -> statuses.contains(r.status()));
            }
            if (random.nextBoolean()) {
                List<String> priorities = pick(random, PRIORITIES);
                filter.put("priority", priorities);
                predicates.add(r -> priorities.contains(r.priority()));
            }
            if (random.nextBoolean()) {
                List<String> chosen = pick(random, categories.subList(0, 3));
                filter.put("categoryId", chosen);
                predicates.add(r -> chosen.contains(r.category()));
            }
            if (random.nextInt(3) == 0) {
                filter.put("assignee", Map.of("unassigned", true));
                predicates.add(r -> r.assignee() == null);
            }
            int order = random.nextInt(orders.size());
            assertWalk(filter, orders.get(order), 1 + random.nextInt(12), r -> predicates.stream().allMatch(p -> p.test(r)),
                    comparators.get(order));
        }
    }

    @Test
    void aWalkThroughAllPagesWhileTicketsArriveHasNoDuplicatesAndNoGaps() {
        List<String> existing = rows.stream().sorted(byCreated().reversed()).map(r -> r.id().toString()).toList();
        List<String> seen = new ArrayList<>();
        String after = null;
        int arrivals = 0;
        do {
            JsonNode page = page(Map.of(), null, 6, after);
            page.path("edges").forEach(edge -> seen.add(edge.path("node").path("id").asString()));
            after = page.path("pageInfo").path("hasNextPage").asBoolean() ? page.path("pageInfo").path("endCursor").asString() : null;
            // New tickets arrive between pages: newer than everything, so they sort before the cursor.
            insert(List.of(new Row(UUID.randomUUID(), "OPEN", "HIGH", categories.get(0), "MEMBER", null,
                    START.plusYears(1).plusMinutes(arrivals), START.plusYears(1))));
            arrivals++;
        } while (after != null);

        assertThat(seen).doesNotHaveDuplicates();
        assertThat(seen).containsExactlyElementsOf(existing);
    }

    @Test
    void aCursorContinuesOnlyTheQueryAndTenantItCameFrom() {
        String cursor = page(Map.of("status", List.of("OPEN")), null, 2, null).path("pageInfo").path("endCursor").asString();

        ApiResponse otherFilter = api.graphql(agent, QUEUE, vars(Map.of("status", List.of("CLOSED")), null, 2, cursor));
        assertThat(otherFilter.errorCode()).isEqualTo("VALIDATION_FAILED");
        assertThat(otherFilter.errorField()).isEqualTo("after");
        ApiResponse otherOrder = api.graphql(agent, QUEUE, vars(Map.of("status", List.of("OPEN")), Map.of("field", "PRIORITY"), 2, cursor));
        assertThat(otherOrder.errorField()).isEqualTo("after");
        Tenant other = newTenant();
        String otherAgent = tokens.token(other.slug(), "ROLE_CLIENT_USER");
        assertThat(api.graphql(otherAgent, QUEUE, vars(Map.of("status", List.of("OPEN")), null, 2, cursor)).errorField()).isEqualTo("after");
        assertThat(api.graphql(agent, QUEUE, vars(Map.of(), null, 2, "forged")).errorField()).isEqualTo("after");
        assertThat(api.graphql(agent, QUEUE, vars(Map.of(), null, 101, null)).errorField()).isEqualTo("first");
    }

    @Test
    void aPageCostsTheSameNumberOfStatementsWhateverItsSize() {
        long small = SqlStatementCounter.during(() -> page(Map.of(), null, 2, null));
        long large = SqlStatementCounter.during(() -> page(Map.of(), null, 50, null));

        assertThat(large).isEqualTo(small);
        assertThat(large).isLessThanOrEqualTo(8);
    }

    @Test
    void aRequesterListsOnlyTheirOwnTicketsNewestFirst() {
        String member = tokens.token(tenant.slug(), List.of("ROLE_MEMBER"), c -> c.subject("member-7"));
        List<Row> own = List.of(
                new Row(UUID.randomUUID(), "OPEN", "LOW", categories.get(0), "MEMBER", null, START.plusDays(1), START.plusDays(1)),
                new Row(UUID.randomUUID(), "CLOSED", "LOW", categories.get(0), "MEMBER", null, START.plusDays(3), START.plusDays(3)),
                new Row(UUID.randomUUID(), "OPEN", "LOW", categories.get(0), "MEMBER", null, START.plusDays(2), START.plusDays(2)));
        insertFor("member-7", own);
        String query = "query($status: [TicketStatus!]) { myTickets(status: $status, first: 2) { totalCount edges { node { id } } pageInfo { hasNextPage } } }";

        JsonNode mine = api.graphql(member, query, Map.of()).data("myTickets");
        assertThat(mine.path("totalCount").asInt()).isEqualTo(3);
        assertThat(mine.path("edges").valueStream().map(e -> e.path("node").path("id").asString()).toList())
                .containsExactly(own.get(1).id().toString(), own.get(2).id().toString());
        JsonNode open = api.graphql(member, query, Map.of("status", List.of("OPEN"))).data("myTickets");
        assertThat(open.path("totalCount").asInt()).isEqualTo(2);
        assertThat(api.graphql(agent, query, Map.of()).errorCode()).isEqualTo("FORBIDDEN");
    }

    // --- the oracle and its helpers

    private void assertWalk(Map<String, Object> filter, Map<String, Object> order, int pageSize, Predicate<Row> matches,
                            Comparator<Row> sorted) {
        List<String> expected = rows.stream().filter(matches).sorted(sorted).map(r -> r.id().toString()).toList();
        List<String> walked = new ArrayList<>();
        String after = null;
        long total = -1;
        do {
            JsonNode page = page(filter, order, pageSize, after);
            total = page.path("totalCount").asLong();
            assertThat(page.path("edges").size()).isLessThanOrEqualTo(pageSize);
            page.path("edges").forEach(edge -> walked.add(edge.path("node").path("id").asString()));
            after = page.path("pageInfo").path("hasNextPage").asBoolean() ? page.path("pageInfo").path("endCursor").asString() : null;
        } while (after != null);
        assertThat(walked).as("filter %s order %s page %d", filter, order, pageSize).containsExactlyElementsOf(expected);
        assertThat(total).isEqualTo(expected.size());
    }

    private JsonNode page(Map<String, Object> filter, Map<String, Object> order, int first, String after) {
        ApiResponse response = api.graphql(agent, QUEUE, vars(filter, order, first, after));
        assertThat(response.hasErrors()).as(response.body().toString()).isFalse();
        return response.data("tickets");
    }

    private static Map<String, Object> vars(Map<String, Object> filter, Map<String, Object> order, int first, String after) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("filter", filter);
        vars.put("first", first);
        if (order != null) {
            vars.put("orderBy", order);
        }
        if (after != null) {
            vars.put("after", after);
        }
        return vars;
    }

    private static Comparator<Row> byCreated() {
        return Comparator.comparing(Row::createdAt).thenComparing(r -> r.id().toString());
    }

    private static Comparator<Row> byUpdated() {
        return Comparator.comparing(Row::updatedAt).thenComparing(r -> r.id().toString());
    }

    private static Comparator<Row> byPriority() {
        return Comparator.comparingInt(Row::rank).thenComparing(Row::createdAt).thenComparing(r -> r.id().toString());
    }

    private static List<String> pick(Random random, List<String> values) {
        Set<String> picked = new LinkedHashSet<>();
        IntStream.range(0, 1 + random.nextInt(values.size())).forEach(i -> picked.add(values.get(random.nextInt(values.size()))));
        return List.copyOf(picked);
    }

    private void insert(List<Row> batch) {
        insertFor(null, batch);
    }

    private void insertFor(String requester, List<Row> batch) {
        TenantContext.callIn(tenant, () -> transactions.execute(status -> {
            for (Row row : batch) {
                jdbc.update("""
                        insert into ticket (id, number, subject, description, status, priority, category_id, requester_id, requester_type,
                                            requester_name, assignee_id, assignee_name, channel, created_by_id, created_at, updated_at)
                        values (?, nextval('ticket_number_seq'), 'Seeded', '<p>seeded</p>', ?, ?, ?::uuid, ?, ?, 'Seeded requester', ?, ?, 'WEB', 'seed', ?, ?)""",
                        row.id(), row.status(), row.priority(), row.category(), requester != null ? requester : "requester-" + row.id(),
                        row.requesterType(), row.assignee(), row.assignee(), Timestamp.from(row.createdAt().toInstant()),
                        Timestamp.from(row.updatedAt().toInstant()));
            }
            return null;
        }));
        if (requester == null) {
            rows.addAll(batch.stream().filter(r -> !rows.contains(r)).toList());
        }
    }
}
