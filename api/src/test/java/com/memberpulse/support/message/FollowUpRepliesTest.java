package com.memberpulse.support.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * A requester writing on a closed ticket opens one follow-up, and their later replies go to it while it is not closed,
 * even when they are written at the same moment; once it is closed too, the next reply opens a follow-up of it.
 */
class FollowUpRepliesTest extends MembersTicketTest {

    static final String REPLY = """
            mutation($t: ID!, $b: String!) { replyToTicket(input: {ticketId: $t, body: $b}) {
              message { body } ticket { id status followUpOf description } openedFollowUp } }""";
    static final String TICKETS = "{ tickets(first: 100) { edges { node { id followUpOf } } } }";

    String closedId;

    @BeforeEach
    void closeIt() {
        closedId = ticketId;
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

    private GraphQlTester.Response reply(String id, String body) {
        return member.document(REPLY).variable("t", id).variable("b", body).execute();
    }

    private List<String> followUpsOf(String id) {
        return agent.document(TICKETS).execute().path("tickets.edges[*].node").entityList(Node.class).get().stream()
                .filter(node -> id.equals(node.followUpOf())).map(Node::id).toList();
    }

    /** The public replies on a ticket, oldest first, as its requester sees them. */
    private List<String> replies(String id) {
        return member.document("query($t: ID!) { ticket(id: $t) { messages(first: 100) { edges { node { body } } } } }").variable("t", id)
                .execute().path("ticket.messages.edges[*].node.body").entityList(String.class).get();
    }

    private void close(String id) {
        moveTo(id, "CLOSED");
    }

    record Node(String id, String followUpOf) {
    }
}
