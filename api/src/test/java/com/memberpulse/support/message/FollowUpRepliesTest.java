package com.memberpulse.support.message;

import static org.assertj.core.api.Assertions.assertThat;

import com.memberpulse.support.ApiIntegrationTest;
import com.memberpulse.support.tenant.Tenant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A requester writing on a closed ticket opens one follow-up, and their later replies go to it while it is not closed,
 * even when they are written at the same moment; once it is closed too, the next reply opens a follow-up of it.
 */
class FollowUpRepliesTest extends ApiIntegrationTest {

    static final String REPLY = """
            mutation($t: ID!, $b: String!) { replyToTicket(input: {ticketId: $t, body: $b}) {
              message { body } ticket { id status followUpOf description } openedFollowUp } }""";
    static final String TICKETS = "{ tickets(first: 100) { edges { node { id followUpOf } } } }";

    @LocalServerPort
    int port;

    HttpGraphQlTester member;
    HttpGraphQlTester agent;
    String closedId;

    @BeforeEach
    void aClosedTicket() {
        Tenant tenant = newTenant();
        member = as(tokens.token(tenant.slug(), List.of("ROLE_MEMBER"), c -> c.subject("member-1")));
        agent = as(tokens.token(tenant.slug(), List.of("ROLE_CLIENT_USER"), c -> c.subject("agent-1")));
        String categoryId = member.document("{ ticketCategories { id } }").execute().path("ticketCategories[0].id").entity(String.class).get();
        closedId = member.document("mutation($c: ID!) { createTicket(input: {subject: \"Invoice\", description: \"<p>Wrong amount</p>\", categoryId: $c}) { id } }")
                .variable("c", categoryId).execute().path("createTicket.id").entity(String.class).get();
        close(closedId);
    }

    @Test
    void laterRepliesGoToTheOpenFollowUpAndReopenItLikeAnyReply() {
        GraphQlTester.Response first = reply(closedId, "<p>Still wrong</p>");
        first.path("replyToTicket.openedFollowUp").entity(Boolean.class).isEqualTo(true)
                .path("replyToTicket.message").valueIsNull()
                .path("replyToTicket.ticket.followUpOf").entity(String.class).isEqualTo(closedId)
                .path("replyToTicket.ticket.description").entity(String.class).isEqualTo("<p>Still wrong</p>");
        String followUpId = first.path("replyToTicket.ticket.id").entity(String.class).get();

        reply(closedId, "<p>Any news?</p>")
                .path("replyToTicket.openedFollowUp").entity(Boolean.class).isEqualTo(false)
                .path("replyToTicket.ticket.id").entity(String.class).isEqualTo(followUpId)
                .path("replyToTicket.message.body").entity(String.class).isEqualTo("<p>Any news?</p>");

        moveTo(followUpId, "WAITING");
        reply(closedId, "<p>Here is the invoice</p>")
                .path("replyToTicket.ticket.id").entity(String.class).isEqualTo(followUpId)
                .path("replyToTicket.ticket.status").entity(String.class).isEqualTo("IN_PROGRESS");

        assertThat(followUpsOf(closedId)).containsExactly(followUpId);
        assertThat(replies(followUpId)).containsExactly("<p>Any news?</p>", "<p>Here is the invoice</p>");
        assertThat(replies(closedId)).isEmpty();
    }

    @Test
    void onceTheFollowUpIsClosedTooTheNextReplyOpensAFollowUpOfIt() {
        String followUpId = reply(closedId, "<p>Still wrong</p>").path("replyToTicket.ticket.id").entity(String.class).get();
        close(followUpId);

        GraphQlTester.Response again = reply(closedId, "<p>Wrong again</p>");
        again.path("replyToTicket.openedFollowUp").entity(Boolean.class).isEqualTo(true)
                .path("replyToTicket.ticket.followUpOf").entity(String.class).isEqualTo(followUpId);
        String secondId = again.path("replyToTicket.ticket.id").entity(String.class).get();

        reply(followUpId, "<p>And?</p>").path("replyToTicket.ticket.id").entity(String.class).isEqualTo(secondId);
        reply(closedId, "<p>Hello?</p>").path("replyToTicket.ticket.id").entity(String.class).isEqualTo(secondId);
        assertThat(followUpsOf(closedId)).containsExactly(followUpId);
        assertThat(followUpsOf(followUpId)).containsExactly(secondId);
        assertThat(replies(secondId)).containsExactly("<p>And?</p>", "<p>Hello?</p>");
    }

    @Test
    void tenRepliesAtOnceOpenOneFollowUpHoldingTheOtherNineAsReplies() throws Exception {
        int writers = 10;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<GraphQlTester.Response>> answers = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(writers)) {
            for (int i = 0; i < writers; i++) {
                String body = "<p>Reply " + i + "</p>";
                answers.add(threads.submit(() -> {
                    start.await();
                    return reply(closedId, body);
                }));
            }
            start.countDown();
        }
        List<String> wentTo = new ArrayList<>();
        int opened = 0;
        for (Future<GraphQlTester.Response> answer : answers) {
            wentTo.add(answer.get().path("replyToTicket.ticket.id").entity(String.class).get());
            opened += answer.get().path("replyToTicket.openedFollowUp").entity(Boolean.class).get() ? 1 : 0;
        }

        assertThat(followUpsOf(closedId)).hasSize(1);
        String followUpId = followUpsOf(closedId).getFirst();
        assertThat(wentTo).containsOnly(followUpId);
        assertThat(opened).isOne();
        assertThat(replies(followUpId)).hasSize(writers - 1);
    }

    private GraphQlTester.Response reply(String ticketId, String body) {
        return member.document(REPLY).variable("t", ticketId).variable("b", body).execute();
    }

    private List<String> followUpsOf(String ticketId) {
        List<String> followUps = new ArrayList<>();
        agent.document(TICKETS).execute().path("tickets.edges[*].node").entityList(Node.class).get().stream()
                .filter(node -> ticketId.equals(node.followUpOf())).forEach(node -> followUps.add(node.id()));
        return followUps;
    }

    /** The public replies on a ticket, oldest first, as its requester sees them. */
    private List<String> replies(String ticketId) {
        return member.document("query($t: ID!) { ticket(id: $t) { messages(first: 100) { edges { node { body } } } } }").variable("t", ticketId)
                .execute().path("ticket.messages.edges[*].node.body").entityList(String.class).get();
    }

    private void close(String ticketId) {
        moveTo(ticketId, "CLOSED");
    }

    private void moveTo(String ticketId, String status) {
        int version = agent.document("query($t: ID!) { ticket(id: $t) { version } }").variable("t", ticketId).execute()
                .path("ticket.version").entity(Integer.class).get();
        agent.document("mutation($t: ID!, $v: Int!, $s: TicketStatus!) { changeTicketStatus(input: {id: $t, version: $v, status: $s}) { status } }")
                .variable("t", ticketId).variable("v", version).variable("s", status).execute()
                .path("changeTicketStatus.status").entity(String.class).isEqualTo(status);
    }

    private HttpGraphQlTester as(String token) {
        return HttpGraphQlTester.create(WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port + "/graphql").build())
                .mutate().headers(h -> h.setBearerAuth(token)).build();
    }

    record Node(String id, String followUpOf) {
    }
}
