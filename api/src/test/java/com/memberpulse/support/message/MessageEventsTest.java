package com.memberpulse.support.message;

import static org.assertj.core.api.Assertions.assertThat;

import com.memberpulse.support.ApiIntegrationTest;
import com.memberpulse.support.tenant.Tenant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every message records a {@code message.added} event saying who may read it: what a notification consumer decides
 * by, so that an internal note never reaches a member (SPEC section 5) while a public reply does.
 */
class MessageEventsTest extends ApiIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aReplyIsRecordedAsPublicAndANoteAsInternal() {
        Tenant tenant = newTenant();
        HttpGraphQlTester member = graphQl(tokens.token(tenant.slug(), "ROLE_MEMBER"));
        HttpGraphQlTester agent = graphQl(tokens.token(tenant.slug(), "ROLE_CLIENT_USER"));
        String category = member.document("{ ticketCategories { id } }").execute().path("ticketCategories[0].id").entity(String.class).get();
        String ticket = member.document("mutation($c: ID!) { createTicket(input: {subject: \"Events\", description: \"<p>x</p>\", categoryId: $c}) { id } }")
                .variable("c", category).execute().path("createTicket.id").entity(String.class).get();

        String reply = agent.document("mutation($t: ID!) { replyToTicket(input: {ticketId: $t, body: \"<p>Hello</p>\"}) { message { id } } }")
                .variable("t", ticket).execute().path("replyToTicket.message.id").entity(String.class).get();
        String note = agent.document("mutation($t: ID!) { addInternalNote(input: {ticketId: $t, body: \"<p>Staff only</p>\"}) { id } }")
                .variable("t", ticket).execute().path("addInternalNote.id").entity(String.class).get();

        List<String> recorded = jdbc.queryForList("""
                select payload ->> 'messageId' || ' ' || (payload ->> 'visibility') || ' ' || (payload ->> 'authorRole')
                  from support_control.event where ticket_id = ?::uuid and type = 'message.added' order by id""", String.class, ticket);
        assertThat(recorded).containsExactly(reply + " PUBLIC STAFF", note + " INTERNAL STAFF");
    }
}
