package com.memberpulse.support.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import com.memberpulse.support.ApiIntegrationTest;
import com.memberpulse.support.tenant.Tenant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A requester polling their ticket learns nothing of staff-only work: an internal note moves {@code updatedAt} for staff
 * only, while a public reply or a status change moves it for the requester too, in {@code ticket(id)} and {@code myTickets}.
 */
class RequesterUpdatedAtTest extends ApiIntegrationTest {

    static final String NOTE = "mutation($t: ID!) { addInternalNote(input: {ticketId: $t, body: \"<p>Checking with billing</p>\"}) { id } }";
    static final String REPLY = "mutation($t: ID!) { replyToTicket(input: {ticketId: $t, body: \"<p>On it</p>\"}) { message { id } } }";

    @LocalServerPort
    int port;

    HttpGraphQlTester member;
    HttpGraphQlTester agent;
    String ticketId;

    @BeforeEach
    void aMembersTicket() {
        Tenant tenant = newTenant();
        member = as(tokens.token(tenant.slug(), List.of("ROLE_MEMBER"), c -> c.subject("member-1")));
        agent = as(tokens.token(tenant.slug(), List.of("ROLE_CLIENT_USER"), c -> c.subject("agent-1")));
        String categoryId = member.document("{ ticketCategories { id } }").execute().path("ticketCategories[0].id").entity(String.class).get();
        ticketId = member.document("mutation($c: ID!) { createTicket(input: {subject: \"Invoice\", description: \"<p>Wrong amount</p>\", categoryId: $c}) { id } }")
                .variable("c", categoryId).execute().path("createTicket.id").entity(String.class).get();
    }

    @Test
    void aNoteMovesTheTicketForStaffOnlyAndPublicRepliesAndStatusChangesForTheRequesterToo() {
        OffsetDateTime raised = seenByMember();

        agent.document(NOTE).variable("t", ticketId).execute().path("addInternalNote.id").hasValue();
        assertThat(seenByStaff()).isAfter(raised);
        assertThat(seenByMember()).isEqualTo(raised);

        agent.document(REPLY).variable("t", ticketId).execute().path("replyToTicket.message.id").hasValue();
        OffsetDateTime replied = seenByMember();
        assertThat(replied).isAfter(raised).isEqualTo(seenByStaff());

        agent.document(NOTE).variable("t", ticketId).execute().path("addInternalNote.id").hasValue();
        assertThat(seenByMember()).isEqualTo(replied);

        int version = agent.document("query($t: ID!) { ticket(id: $t) { version } }").variable("t", ticketId).execute()
                .path("ticket.version").entity(Integer.class).get();
        agent.document("mutation($t: ID!, $v: Int!) { changeTicketStatus(input: {id: $t, version: $v, status: WAITING}) { status } }")
                .variable("t", ticketId).variable("v", version).execute().path("changeTicketStatus.status").entity(String.class).isEqualTo("WAITING");
        assertThat(seenByMember()).isAfter(replied).isEqualTo(seenByStaff());
    }

    /** The member's {@code updatedAt}, the same in {@code ticket(id)} and {@code myTickets}. */
    private OffsetDateTime seenByMember() {
        String one = member.document("query($t: ID!) { ticket(id: $t) { updatedAt } }").variable("t", ticketId).execute()
                .path("ticket.updatedAt").entity(String.class).get();
        member.document("{ myTickets { edges { node { id updatedAt } } } }").execute()
                .path("myTickets.edges[0].node.id").entity(String.class).isEqualTo(ticketId)
                .path("myTickets.edges[0].node.updatedAt").entity(String.class).isEqualTo(one);
        return OffsetDateTime.parse(one);
    }

    private OffsetDateTime seenByStaff() {
        return OffsetDateTime.parse(agent.document("query($t: ID!) { ticket(id: $t) { updatedAt } }").variable("t", ticketId).execute()
                .path("ticket.updatedAt").entity(String.class).get());
    }

    private HttpGraphQlTester as(String token) {
        return HttpGraphQlTester.create(WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port + "/graphql").build())
                .mutate().headers(h -> h.setBearerAuth(token)).build();
    }
}
