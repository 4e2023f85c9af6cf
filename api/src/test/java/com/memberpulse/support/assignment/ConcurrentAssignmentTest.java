package com.memberpulse.support.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import com.memberpulse.support.support.ApiClient;
import com.memberpulse.support.support.ApiResponse;
import com.memberpulse.support.support.TestStack;
import com.memberpulse.support.tenant.TenantContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * SPEC section 8's "two tickets arriving at the same instant never break the turn order or overload an agent",
 * with two instances of the service on one database: 50 tickets raised at once, half through each instance (the
 * second one with a pool of 5 connections for its 25 requests).
 */
class ConcurrentAssignmentTest extends AssignmentTestBase {

    private static final int TICKETS = 50;
    private static ConfigurableApplicationContext secondInstance;
    private static ApiClient secondApi;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    List<String> agents;

    @BeforeAll
    static void startSecondInstance() {
        // Fewer connections than the requests it gets at once: placing a ticket must never need a second
        // connection while the request still holds its first (that deadlocks the pool).
        secondInstance = TestStack.startAnotherInstance(List.of("spring.datasource.hikari.maximum-pool-size=5"));
        secondApi = new ApiClient(secondInstance.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
    }

    @AfterAll
    static void stopSecondInstance() {
        if (secondInstance != null) {
            secondInstance.close();
        }
    }

    @BeforeEach
    void fiveAgents() {
        setUpTenant();
        agents = new ArrayList<>();
        for (String name : List.of("Ari", "Bea", "Cal", "Dee", "Eli")) {
            agents.add(keycloakAgent(name));
        }
        sync();
    }

    @Test
    void roundRobinNeverSkipsOrDoublesATurnUnderConcurrentCreation() throws Exception {
        teamRule("Rush", "ROUND_ROBIN", agents);

        List<String> assignees = raiseAtOnce(TICKETS);

        assertThat(assignees).doesNotContainNull();
        Map<String, Long> perAgent = assignees.stream().collect(Collectors.groupingBy(id -> id, Collectors.counting()));
        assertThat(perAgent).hasSize(5).allSatisfy((agent, count) -> assertThat(count).isEqualTo(TICKETS / 5));
        // In the order the assignments were made, the turns go round the team without a skip or a repeat.
        List<String> inOrder = assignmentOrder();
        assertThat(inOrder).hasSize(TICKETS);
        for (int i = 0; i < inOrder.size(); i++) {
            assertThat(inOrder.get(i)).as("turn %d", i).isEqualTo(agents.get(i % 5));
        }
    }

    @Test
    void capacityIsNeverExceededUnderConcurrentCreationAndTheRestWait() throws Exception {
        teamRule("Rush", "WORKLOAD_BALANCING", agents);
        agents.forEach(agent -> updateAgent(admin, agent, Map.of("capacity", 6)));

        List<String> assignees = raiseAtOnce(TICKETS);

        // MEDIUM tickets weigh 2: three each fit under a capacity of 6.
        assertThat(assignees.stream().filter(java.util.Objects::nonNull)).hasSize(15);
        for (String agent : agents) {
            assertThat(agent(agent).path("openLoad").asInt()).as(agent).isEqualTo(6);
        }
        assertThat(queued("waiting_rule_id is not null")).isEqualTo(TICKETS - 15);
    }

    @Test
    void theTurnLivesInTheDatabaseSoAnotherOrARestartedInstanceContinuesIt() {
        teamRule("Relay", "ROUND_ROBIN", agents);
        List<String> assignees = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            ApiClient via = i % 3 == 0 ? secondApi : api;
            ApiResponse response = via.graphql(member, "mutation($c: ID!) { createTicket(input: {subject: \"Relay\", description: \"<p>x</p>\", categoryId: $c}) { assignee { id } } }",
                    Map.of("c", categoryIds.getFirst()));
            assignees.add(response.data("createTicket").path("assignee").path("id").asString());
        }
        assertThat(assignees).containsExactly(agents.get(0), agents.get(1), agents.get(2), agents.get(3), agents.get(4), agents.get(0), agents.get(1));
    }

    /** Raises {@code count} tickets at the same instant, alternating between the two instances; returns their assignees after all are placed. */
    private List<String> raiseAtOnce(int count) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> created = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(count)) {
            for (int i = 0; i < count; i++) {
                ApiClient via = i % 2 == 0 ? api : secondApi;
                int n = i;
                created.add(pool.submit(() -> {
                    start.await();
                    ApiResponse response = via.graphql(member, "mutation($c: ID!, $s: String!) { createTicket(input: {subject: $s, description: \"<p>x</p>\", categoryId: $c}) { id } }",
                            Map.of("c", categoryIds.getFirst(), "s", "Rush " + n));
                    assertThat(response.hasErrors()).as(response.body().toString()).isFalse();
                    return response.data("createTicket").path("id").asString();
                }));
            }
            start.countDown();
            List<String> assignees = Collections.synchronizedList(new ArrayList<>());
            for (Future<String> ticket : created) {
                assignees.add(assigneeOf(ticket.get()));
            }
            return assignees;
        }
    }

    private List<String> assignmentOrder() {
        return TenantContext.callIn(tenant, () -> transactions.execute(status ->
                jdbc.queryForList("select to_value from ticket_history where field = 'ASSIGNEE' order by id", String.class)));
    }

    private int queued(String condition) {
        return TenantContext.callIn(tenant, () -> transactions.execute(status ->
                jdbc.queryForObject("select count(*) from assignment_queue where " + condition, Integer.class)));
    }
}
