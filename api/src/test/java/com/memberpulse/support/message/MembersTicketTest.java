package com.memberpulse.support.message;

import com.memberpulse.support.ApiIntegrationTest;
import com.memberpulse.support.tenant.Tenant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Tests of the conversation on one ticket a member raised in a fresh tenant, with an agent to work it. */
abstract class MembersTicketTest extends ApiIntegrationTest {

    Tenant tenant;
    HttpGraphQlTester member;
    HttpGraphQlTester agent;
    String ticketId;

    @BeforeEach
    void aMembersTicket() {
        tenant = newTenant();
        member = graphQl(tokens.token(tenant.slug(), List.of("ROLE_MEMBER"), c -> c.subject("member-1")));
        agent = graphQl(tokens.token(tenant.slug(), List.of("ROLE_CLIENT_USER"), c -> c.subject("agent-1")));
        String categoryId = member.document("{ ticketCategories { id } }").execute().path("ticketCategories[0].id").entity(String.class).get();
        ticketId = member.document("mutation($c: ID!) { createTicket(input: {subject: \"Invoice\", description: \"<p>Wrong amount</p>\", categoryId: $c}) { id } }")
                .variable("c", categoryId).execute().path("createTicket.id").entity(String.class).get();
    }

    /** The agent moves a ticket to {@code status}, at the version it has now. */
    void moveTo(String id, String status) {
        int version = agent.document("query($t: ID!) { ticket(id: $t) { version } }").variable("t", id).execute()
                .path("ticket.version").entity(Integer.class).get();
        agent.document("mutation($t: ID!, $v: Int!, $s: TicketStatus!) { changeTicketStatus(input: {id: $t, version: $v, status: $s}) { status } }")
                .variable("t", id).variable("v", version).variable("s", status).execute()
                .path("changeTicketStatus.status").entity(String.class).isEqualTo(status);
    }
}
