package com.memberpulse.support.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.memberpulse.support.ApiIntegrationTest;
import com.memberpulse.support.support.ApiClient;
import com.memberpulse.support.support.ApiResponse;
import com.memberpulse.support.support.GraphQlWsClient;
import com.memberpulse.support.support.TestStack;
import com.memberpulse.support.tenant.Tenant;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * {@code ticketUpdated} over a real graphql-ws connection, on the whole service and its stack, with a second instance
 * of the service (small live limits) on the same database. Every wait has a generous bound and ends as soon as its
 * condition holds; what must not arrive is shown not to by something sent after it arriving first (a subscriber's
 * updates come in the order of the backbone).
 */
class LiveUpdatesTest extends ApiIntegrationTest {

    static final String UPDATES = """
            subscription($f: TicketFilter) { ticketUpdated(filter: $f) {
              kind matchesFilter occurredAt ticket { id subject status updatedAt category { id name } } } }""";
    static final Duration BOUND = Duration.ofSeconds(30);

    private static ConfigurableApplicationContext secondInstance;
    private static int secondPort;

    @LocalServerPort
    int port;
    @Autowired
    LiveSubscriptions subscriptions;

    private final List<GraphQlWsClient> clients = new ArrayList<>();
    private Tenant tenant;
    private String member;
    private String otherMember;
    private String agent;
    private String billing;
    private String membership;

    @BeforeAll
    static void startSecondInstance() {
        secondInstance = TestStack.startAnotherInstance(List.of("spring.datasource.hikari.maximum-pool-size=5",
                "memberpulse.live.max-subscriptions-per-user=2", "memberpulse.live.buffer-size=4"));
        secondPort = Integer.parseInt(secondInstance.getEnvironment().getProperty("local.server.port"));
    }

    @AfterAll
    static void stopSecondInstance() {
        if (secondInstance != null) {
            secondInstance.close();
        }
    }

    @BeforeEach
    void tenantAndPeople() {
        tenant = newTenant();
        member = tokens.token(tenant.slug(), List.of("ROLE_MEMBER"), c -> c.subject("live-member-" + UUID.randomUUID()));
        otherMember = tokens.token(tenant.slug(), List.of("ROLE_MEMBER"), c -> c.subject("live-member-" + UUID.randomUUID()));
        agent = tokens.token(tenant.slug(), List.of("ROLE_CLIENT_USER"), c -> c.subject("live-agent-" + UUID.randomUUID()));
        JsonNode categories = api.graphql(member, "{ ticketCategories { id } }").data("ticketCategories");
        billing = categories.get(0).path("id").asString();
        membership = categories.get(1).path("id").asString();
    }

    @AfterEach
    void disconnect() {
        clients.forEach(GraphQlWsClient::close);
    }

    @Test
    void connectionsWithoutAValidTokenOrTenantAreRefused() {
        String expired = tokens.token(tenant.slug(), List.of("ROLE_CLIENT_USER"), c -> c.issueTime(new Date(System.currentTimeMillis() - 600_000))
                .notBeforeTime(new Date(System.currentTimeMillis() - 600_000)).expirationTime(new Date(System.currentTimeMillis() - 120_000)));
        String wrongAudience = tokens.token(tenant.slug(), List.of("ROLE_CLIENT_USER"), c -> c.audience("account"));
        String unknownKey = tokens.signWithUnknownKey(tokens.claims(tenant.slug(), "ROLE_CLIENT_USER").build());
        Tenant other = newTenant();

        assertThat(closeCodeOf(connect(port).init(Map.of()))).isEqualTo(4401);
        assertThat(closeCodeOf(connect(port).init(Map.of("Authorization", "Bearer " + expired)))).isEqualTo(4401);
        assertThat(closeCodeOf(connect(port).init(Map.of("token", wrongAudience)))).isEqualTo(4401);
        assertThat(closeCodeOf(connect(port).init(Map.of("Authorization", "Bearer " + unknownKey)))).isEqualTo(4401);
        // A subscription before connection_init is the protocol's 4401 too.
        assertThat(closeCodeOf(connect(port).subscribe("1", UPDATES, Map.of()))).isEqualTo(4401);
        // The tenant rule of HTTP: an unknown tenant in the token, a user naming another tenant.
        assertThat(closeCodeOf(connect(port).init(Map.of("token", tokens.token("nosuchtenant", "ROLE_CLIENT_USER"))))).isEqualTo(4403);
        assertThat(closeCodeOf(connect(port).init(Map.of("token", agent, "X-MemberPulse-Tenant", other.slug())))).isEqualTo(4403);
        assertThat(closeCodeOf(connect(port).init(Map.of("token", member, "tenant", other.slug())))).isEqualTo(4403);
    }

    @Test
    void aConnectionIsClosedWhenItsTokenExpires() {
        String shortLived = tokens.token(tenant.slug(), List.of("ROLE_CLIENT_USER"),
                c -> c.expirationTime(new Date(System.currentTimeMillis() + 3_000)));
        GraphQlWsClient client = connect(port).initAndAwaitAck(shortLived).subscribe("1", UPDATES, Map.of());

        assertThat(client.awaitClose(BOUND)).isEqualTo(4401);
        assertThat(client.closeReason()).isEqualTo("Token expired");
    }

    @Test
    void overHttpASubscriptionIsRefusedBeforeItRuns() {
        ApiResponse response = api.graphql(agent, UPDATES, Map.of());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorCode()).isEqualTo("INVALID_QUERY");
    }

    @Test
    void staffGetNewAndChangedTicketsOfTheirFilterAndNoOthers() {
        GraphQlWsClient staff = subscribed(null, connect(port).initAndAwaitAck(agent), "billing", UPDATES,
                Map.of("f", Map.of("categoryId", List.of(billing), "status", List.of("OPEN"))));

        String outside = createTicket(member, "Outside the filter", membership);
        long raised = System.nanoTime();
        String inside = createTicket(member, "Inside the filter", billing);
        JsonNode created = staff.awaitNext("billing", 1, BOUND).getFirst();
        printLatency("a new ticket", raised);

        assertThat(created.path("data").path("ticketUpdated").path("kind").asString()).isEqualTo("CREATED");
        assertThat(created.path("data").path("ticketUpdated").path("ticket").path("id").asString()).isEqualTo(inside);
        assertThat(created.path("data").path("ticketUpdated").path("ticket").path("category").path("id").asString()).isEqualTo(billing);
        assertThat(created.path("data").path("ticketUpdated").path("matchesFilter").asBoolean()).isTrue();

        changeStatus(agent, outside, 0, "IN_PROGRESS");
        long changed = System.nanoTime();
        changeStatus(agent, inside, 0, "IN_PROGRESS");
        List<JsonNode> updates = staff.awaitNext("billing", 2, BOUND);
        printLatency("a status change", changed);

        JsonNode left = updates.get(1).path("data").path("ticketUpdated");
        assertThat(left.path("kind").asString()).isEqualTo("CHANGED");
        assertThat(left.path("ticket").path("id").asString()).isEqualTo(inside);
        assertThat(left.path("ticket").path("status").asString()).isEqualTo("IN_PROGRESS");
        // It matched the filter (OPEN) before the change and no longer does: the queue drops it.
        assertThat(left.path("matchesFilter").asBoolean()).isFalse();
        assertThat(staff.next("billing")).hasSize(2);
    }

    @Test
    void aMemberHearsOfTheirOwnTicketsRepliesAndStatusButNeverANoteNorAnotherMembersTicket() {
        String own = createTicket(member, "My own request", billing);
        GraphQlWsClient portal = subscribed(null, connect(port).initAndAwaitAck(member), "mine", """
                subscription { ticketUpdated { kind matchesFilter ticket { id status history { id } } } }""", Map.of());

        reply(agent, own, "<p>Hello, we are on it</p>");
        note(agent, own, "<p>Staff only: check the invoice</p>");
        api.graphql(agent, "mutation($id: ID!) { addTicketTags(input: {id: $id, tags: [\"vip\"]}) { id } }", Map.of("id", own));
        createTicket(otherMember, "Someone else's request", billing);
        changeStatus(agent, own, 0, "WAITING");

        List<JsonNode> updates = portal.awaitNext("mine", 2, BOUND);
        assertThat(updates.get(0).path("data").path("ticketUpdated").path("kind").asString()).isEqualTo("MESSAGE_ADDED");
        assertThat(updates.get(1).path("data").path("ticketUpdated").path("kind").asString()).isEqualTo("CHANGED");
        assertThat(updates.get(1).path("data").path("ticketUpdated").path("ticket").path("status").asString()).isEqualTo("WAITING");
        assertThat(updates).allSatisfy(update -> {
            assertThat(update.path("data").path("ticketUpdated").path("ticket").path("id").asString()).isEqualTo(own);
            // Staff-only fields answer as they do over HTTP: null with FORBIDDEN.
            assertThat(update.path("data").path("ticketUpdated").path("ticket").path("history").isNull()).isTrue();
            assertThat(update.path("errors").get(0).path("extensions").path("code").asString()).isEqualTo("FORBIDDEN");
        });
        assertThat(portal.next("mine")).hasSize(2);
    }

    @Test
    void aMemberMayFilterOnStatusOnly() {
        GraphQlWsClient portal = connect(port).initAndAwaitAck(member)
                .subscribe("1", UPDATES, Map.of("f", Map.of("priority", List.of("HIGH"))));

        JsonNode refused = portal.awaitError("1", BOUND);
        assertThat(refused.path("extensions").path("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(refused.path("extensions").path("field").asString()).isEqualTo("filter");
    }

    @Test
    void staffHearOfTagChanges() {
        String ticket = createTicket(member, "To be tagged", billing);
        GraphQlWsClient staff = subscribed(null, connect(port).initAndAwaitAck(agent), "tagged", UPDATES, Map.of("f", Map.of("tag", List.of("vip"))));

        api.graphql(agent, "mutation($id: ID!) { addTicketTags(input: {id: $id, tags: [\"VIP\"]}) { id } }", Map.of("id", ticket));

        JsonNode tagged = staff.awaitNext("tagged", 1, BOUND).getFirst().path("data").path("ticketUpdated");
        assertThat(tagged.path("kind").asString()).isEqualTo("CHANGED");
        assertThat(tagged.path("ticket").path("id").asString()).isEqualTo(ticket);
        assertThat(tagged.path("matchesFilter").asBoolean()).isTrue();
    }

    /** A live queue follows a filter; a search's matches lag the index, so a subscription with one is refused. */
    @Test
    void aSubscriptionFollowsAFilterNotASearch() {
        GraphQlWsClient staff = connect(port).initAndAwaitAck(agent).subscribe("1", UPDATES, Map.of("f", Map.of("search", "renewal")));

        JsonNode refused = staff.awaitError("1", BOUND);
        assertThat(refused.path("extensions").path("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(refused.path("extensions").path("field").asString()).isEqualTo("filter.search");
    }

    @Test
    void anotherTenantsChangesNeverArrive() {
        Tenant other = newTenant();
        String otherMemberToken = tokens.token(other.slug(), "ROLE_MEMBER");
        String otherCategory = api.graphql(otherMemberToken, "{ ticketCategories { id } }").data("ticketCategories").get(0).path("id").asString();
        GraphQlWsClient staff = subscribed(null, connect(port).initAndAwaitAck(agent), "all", UPDATES, Map.of());

        createTicket(otherMemberToken, "Another association's request", otherCategory);
        String ours = createTicket(member, "Our request", billing);

        JsonNode first = staff.awaitNext("all", 1, BOUND).getFirst();
        assertThat(first.path("data").path("ticketUpdated").path("ticket").path("id").asString()).isEqualTo(ours);
    }

    @Test
    void aChangeMadeThroughOneInstanceReachesASubscriberOfTheOther() {
        GraphQlWsClient onSecond = subscribed(secondInstance, connect(secondPort).initAndAwaitAck(agent), "all", UPDATES, Map.of());

        long raised = System.nanoTime();
        String ticket = createTicket(member, "Raised through the first instance", billing);
        JsonNode update = onSecond.awaitNext("all", 1, BOUND).getFirst();
        printLatency("a new ticket, across instances", raised);

        assertThat(update.path("data").path("ticketUpdated").path("ticket").path("id").asString()).isEqualTo(ticket);
    }

    @Test
    void aUserHasAFewSubscriptionsAtMost() {
        GraphQlWsClient first = subscribed(secondInstance, connect(secondPort).initAndAwaitAck(agent), "1", UPDATES, Map.of());
        subscribed(secondInstance, first, "2", UPDATES, Map.of());
        GraphQlWsClient second = connect(secondPort).initAndAwaitAck(agent).subscribe("3", UPDATES, Map.of());

        assertThat(second.awaitError("3", BOUND).path("extensions").path("code").asString()).isEqualTo("RATE_LIMITED");

        // Ending one gives its place back.
        int open = subscribersOn(secondInstance);
        first.complete("1");
        Awaitility.await().atMost(BOUND).until(() -> subscribersOn(secondInstance) < open);
        subscribed(secondInstance, first, "4", UPDATES, Map.of());
        String ticket = createTicket(member, "For the freed place", billing);
        assertThat(first.awaitNext("4", 1, BOUND).getFirst().path("data").path("ticketUpdated").path("ticket").path("id").asString())
                .isEqualTo(ticket);
    }

    @Test
    void aSubscriberThatStopsReadingIsDroppedWithACloseCode() throws Exception {
        String description = "<p>" + "A long description. ".repeat(900) + "</p>";
        List<String> tickets = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            tickets.add(createTicket(member, "Busy ticket " + i, billing, description));
        }
        GraphQlWsClient slow = subscribed(secondInstance, connect(secondPort, 4096).initAndAwaitAck(agent), "slow",
                "subscription { ticketUpdated { kind ticket { id description } } }", Map.of());
        int before = subscribersOn(secondInstance) - 1;
        slow.pause();

        // Status moves on four tickets at once until the second instance gives up on the subscriber (bounded).
        AtomicBoolean dropped = new AtomicBoolean();
        List<CompletableFuture<Integer>> writers = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(4)) {
            for (String ticket : tickets) {
                writers.add(CompletableFuture.supplyAsync(() -> flipUntil(ticket, dropped, 600), threads));
            }
            Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(50))
                    .until(() -> subscribersOn(secondInstance) == before || writers.stream().allMatch(CompletableFuture::isDone));
            dropped.set(true);
        }
        int changes = writers.stream().mapToInt(CompletableFuture::join).sum();
        assertThat(subscribersOn(secondInstance)).as("dropped after %d changes", changes).isEqualTo(before);
        slow.resume();

        assertThat(slow.awaitClose(BOUND)).isEqualTo(1013);
        assertThat(slow.closeReason()).startsWith("Too slow");
        System.out.printf("Live updates: a subscriber that stopped reading was dropped after %d changes (%d updates read before the close)%n",
                changes, slow.next("slow").size());
    }

    private int flipUntil(String ticket, AtomicBoolean stop, int most) {
        int version = 0;
        ApiClient client = new ApiClient(port);
        while (!stop.get() && version < most) {
            String status = version % 2 == 0 ? "IN_PROGRESS" : "OPEN";
            ApiResponse moved = client.graphql(agent, "mutation($id: ID!, $v: Int!, $s: TicketStatus!) { changeTicketStatus(input: {id: $id, version: $v, status: $s}) { version } }",
                    Map.of("id", ticket, "v", version, "s", status));
            version = moved.data("changeTicketStatus").path("version").asInt();
        }
        return version;
    }

    private GraphQlWsClient connect(int port) {
        return connect(port, 0);
    }

    private GraphQlWsClient connect(int port, int receiveBuffer) {
        GraphQlWsClient client = GraphQlWsClient.connect(port, receiveBuffer);
        clients.add(client);
        return client;
    }

    /** The close code, with the reason in the message of a failed assertion. */
    private static int closeCodeOf(GraphQlWsClient client) {
        int code = client.awaitClose(BOUND);
        System.out.printf("Live updates: refused with %d (%s)%n", code, client.closeReason());
        return code;
    }

    /** Subscribes and waits until the instance has registered it (until then a change could pass it by). */
    private GraphQlWsClient subscribed(ConfigurableApplicationContext instance, GraphQlWsClient client, String id, String query,
                                       Map<String, ?> variables) {
        int before = subscribersOn(instance);
        client.subscribe(id, query, variables);
        Awaitility.await().atMost(BOUND).until(() -> subscribersOn(instance) > before);
        return client;
    }

    /** Open subscriptions on an instance (null: this test's own). */
    private int subscribersOn(ConfigurableApplicationContext instance) {
        return (instance == null ? subscriptions : instance.getBean(LiveSubscriptions.class)).subscribers();
    }

    private static void printLatency(String what, long committedAt) {
        System.out.printf("Live updates: commit to subscriber for %s: %d ms%n", what, (System.nanoTime() - committedAt) / 1_000_000);
    }

    private String createTicket(String token, String subject, String category) {
        return createTicket(token, subject, category, "<p>Please help</p>");
    }

    private String createTicket(String token, String subject, String category, String description) {
        ApiResponse created = api.graphql(token, "mutation($s: String!, $d: String!, $c: ID!) { createTicket(input: {subject: $s, description: $d, categoryId: $c}) { id } }",
                Map.of("s", subject, "d", description, "c", category));
        assertThat(created.hasErrors()).as(created.body().toString()).isFalse();
        return created.data("createTicket").path("id").asString();
    }

    private void changeStatus(String token, String ticket, int version, String status) {
        ApiResponse moved = api.graphql(token, "mutation($id: ID!, $v: Int!, $s: TicketStatus!) { changeTicketStatus(input: {id: $id, version: $v, status: $s}) { id } }",
                Map.of("id", ticket, "v", version, "s", status));
        assertThat(moved.hasErrors()).as(moved.body().toString()).isFalse();
    }

    private void reply(String token, String ticket, String body) {
        assertThat(api.graphql(token, "mutation($t: ID!, $b: String!) { replyToTicket(input: {ticketId: $t, body: $b}) { ticket { id } } }",
                Map.of("t", ticket, "b", body)).hasErrors()).isFalse();
    }

    private void note(String token, String ticket, String body) {
        assertThat(api.graphql(token, "mutation($t: ID!, $b: String!) { addInternalNote(input: {ticketId: $t, body: $b}) { id } }",
                Map.of("t", ticket, "b", body)).hasErrors()).isFalse();
    }
}
