package com.memberpulse.support.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import com.memberpulse.support.events.DomainEvent;
import com.memberpulse.support.tenant.TenantContext;
import com.memberpulse.support.ticket.NewTicket;
import com.memberpulse.support.ticket.Ticket;
import com.memberpulse.support.ticket.TicketService;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.SmartLifecycle;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;

/**
 * Nothing is lost between a commit and the work after it: a ticket whose request stopped right after committing
 * (before it could hand its events to the relay) is placed from the event log once a relay runs again.
 */
class AssignmentAfterCrashTest extends AssignmentTestBase {

    @Autowired
    TicketService tickets;
    @Autowired
    @Qualifier("relayLoop")
    SmartLifecycle relay;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AssignmentConsumer consumer;

    HttpGraphQlTester asAdmin;
    String alice;

    @BeforeEach
    void team() {
        setUpTenant();
        alice = keycloakAgent("Alice");
        sync();
        createRule(Map.of("name", "Everything", "agentId", alice));
        asAdmin = graphQl(admin);
    }

    @Test
    void aTicketWhoseRequestStoppedAfterItsCommitIsPlacedWhenTheRelayRunsAgain() {
        String categoryId = asAdmin.document("{ ticketCategories { id } }").execute().path("ticketCategories[0].id").entity(String.class).get();
        relay.stop();
        Ticket raised;
        try {
            // What createTicket does up to its commit, without the immediate delivery that follows it: as if the
            // process had died right there. The ticket and its events are committed; nobody has placed it.
            raised = asMember(() -> tickets.create(new NewTicket("Renewal", "<p>My card was refused</p>", UUID.fromString(categoryId),
                    null, null, List.of())).value());
            assertThat(assigneeOf(raised.id().toString())).isNull();
            assertThat(jdbc.queryForObject("select count(*) from support_control.event where ticket_id = ? and type = 'ticket.needs-assignee'",
                    Integer.class, raised.id())).isEqualTo(1);
        } finally {
            relay.start();
        }

        String ticketId = raised.id().toString();
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .untilAsserted(() -> assertThat(assigneeOf(ticketId)).isEqualTo(alice));
        asAdmin.document("query($id: ID!) { ticket(id: $id) { history { field actor { type name } } } }")
                .variable("id", raised.id().toString()).execute()
                // The e-mail telling the agent (a NOTIFICATION entry) may come after: it is not what this test is about.
                .path("ticket.history[*].field").entityList(String.class).satisfies(fields -> assertThat(fields.stream()
                        .filter(field -> !field.equals("NOTIFICATION"))).containsExactly("CREATED", "SLA", "ASSIGNEE"))
                .path("ticket.history[2].actor.type").entity(String.class).isEqualTo("RULE");
    }

    @Test
    void anOlderRequestForAnAgentHandedOverLateDoesNotUndoALaterUnassign() {
        JsonNode ticket = createTicket(member, "Hello");
        assertThat(ticket.path("assignee").path("id").asString()).isEqualTo(alice);
        ok(admin, "mutation($input: UnassignTicketInput!) { unassignTicket(input: $input) { id } }",
                Map.of("input", Map.of("id", ticket.path("id").asString(), "version", ticket.path("version").asInt(), "reason", "Not for Alice")));

        // The relay hands the creation's "wants an agent" over again (a retry, a replay): the admin's unassign stands.
        DomainEvent wanted = jdbc.queryForObject("""
                select id, tenant_slug, ticket_id, type, payload::text, recorded_at from support_control.event
                 where ticket_id = ?::uuid and type = 'ticket.needs-assignee'""",
                (row, n) -> new DomainEvent(row.getLong(1), row.getString(2), row.getObject(3, UUID.class), row.getString(4), row.getString(5),
                        row.getTimestamp(6).toInstant()), ticket.path("id").asString());
        TenantContext.callIn(tenant, () -> {
            consumer.handle(wanted);
            return null;
        });
        assertThat(assigneeOf(ticket.path("id").asString())).isNull();
    }

    private <T> T asMember(Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new TestingAuthenticationToken("member-" + tenant.slug(), "n/a",
                List.of(new SimpleGrantedAuthority("ROLE_MEMBER"))));
        SecurityContextHolder.setContext(context);
        try {
            return TenantContext.callIn(tenant, work::get);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
