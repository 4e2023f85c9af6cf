package com.memberpulse.support.message;

import static org.assertj.core.api.Assertions.assertThat;

import com.memberpulse.support.ApiIntegrationTest;
import com.memberpulse.support.support.ApiResponse;
import com.memberpulse.support.tenant.Tenant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** Replies and internal notes over GraphQL, per role: first response, status effects, follow-ups, visibility. */
class MessageTest extends ApiIntegrationTest {

    static final String REPLY = """
            mutation($t: ID!, $b: String!) { replyToTicket(input: {ticketId: $t, body: $b}) {
              message { id visibility body author { id name role } } ticket { id status followUpOf firstRespondedAt } openedFollowUp } }""";
    static final String NOTE = "mutation($t: ID!, $b: String!) { addInternalNote(input: {ticketId: $t, body: $b}) { id visibility body } }";
    static final String CONVERSATION = """
            query($t: ID!, $first: Int, $after: String) { ticket(id: $t) { firstRespondedAt status
              messages(first: $first, after: $after) { totalCount edges { node { id visibility body author { role } } } pageInfo { hasNextPage endCursor } } } }""";
    static final String STATUS = "mutation($t: ID!, $v: Int!, $s: TicketStatus!) { changeTicketStatus(input: {id: $t, version: $v, status: $s}) { version } }";
    static final String HISTORY = "query($t: ID!) { ticket(id: $t) { version history { field fromValue toValue } } }";

    Tenant tenant;
    String member;
    String agent;
    String ticketId;

    @BeforeEach
    void ticket() {
        tenant = newTenant();
        member = tokens.token(tenant.slug(), List.of("ROLE_MEMBER"), c -> c.subject("member-1").claim("name", "Mia Member"));
        agent = tokens.token(tenant.slug(), List.of("ROLE_CLIENT_USER"), c -> c.subject("agent-1").claim("name", "Ann Agent"));
        String category = api.graphql(member, "{ ticketCategories { id } }").data("ticketCategories").get(0).path("id").asString();
        ticketId = api.graphql(member, "mutation($c: ID!) { createTicket(input: {subject: \"Help\", description: \"<p>Please</p>\", categoryId: $c}) { id } }",
                Map.of("c", category)).data("createTicket").path("id").asString();
    }

    @Test
    void theFirstPublicStaffReplyIsTheFirstResponseAndNotesNeverAre() {
        note(agent, "<p>Checking with billing</p>");
        assertThat(conversation(agent).path("firstRespondedAt").isNull()).isTrue();

        JsonNode reply = reply(agent, "<p>Hello Mia, fixed!</p>").data("replyToTicket");
        assertThat(reply.path("message").path("visibility").asString()).isEqualTo("PUBLIC");
        assertThat(reply.path("message").path("author").path("role").asString()).isEqualTo("STAFF");
        assertThat(reply.path("message").path("author").path("name").asString()).isEqualTo("Ann Agent");
        String firstResponse = reply.path("ticket").path("firstRespondedAt").asString();
        assertThat(firstResponse).isNotBlank();

        reply(agent, "<p>One more thing</p>");
        assertThat(conversation(agent).path("firstRespondedAt").asString()).isEqualTo(firstResponse);
        JsonNode history = api.graphql(agent, HISTORY, Map.of("t", ticketId)).data("ticket").path("history");
        assertThat(history.valueStream().filter(h -> h.path("field").asString().equals("FIRST_RESPONSE")).count()).isEqualTo(1);
    }

    @Test
    void aRequesterReplyOnWaitingOrResolvedMovesTheTicketBackToInProgress() {
        api.graphql(agent, STATUS, Map.of("t", ticketId, "v", 0, "s", "WAITING"));
        assertThat(reply(member, "<p>Here is the info</p>").data("replyToTicket").path("ticket").path("status").asString()).isEqualTo("IN_PROGRESS");

        int version = api.graphql(agent, HISTORY, Map.of("t", ticketId)).data("ticket").path("version").asInt();
        api.graphql(agent, STATUS, Map.of("t", ticketId, "v", version, "s", "RESOLVED"));
        assertThat(reply(member, "<p>Not quite</p>").data("replyToTicket").path("ticket").path("status").asString()).isEqualTo("IN_PROGRESS");

        JsonNode last = lastHistory();
        assertThat(last.path("field").asString()).isEqualTo("STATUS");
        assertThat(last.path("fromValue").asString()).isEqualTo("RESOLVED");
        assertThat(last.path("toValue").asString()).isEqualTo("IN_PROGRESS");
    }

    @Test
    void aRequesterReplyOnAnOpenTicketLeavesItsStatus() {
        assertThat(reply(member, "<p>Any news?</p>").data("replyToTicket").path("ticket").path("status").asString()).isEqualTo("OPEN");
    }

    @Test
    void aRequesterReplyOnAClosedTicketOpensALinkedFollowUp() {
        api.graphql(agent, STATUS, Map.of("t", ticketId, "v", 0, "s", "CLOSED"));

        JsonNode reply = reply(member, "<p>It happened again</p>").data("replyToTicket");

        assertThat(reply.path("openedFollowUp").asBoolean()).isTrue();
        assertThat(reply.path("message").isNull()).isTrue();
        assertThat(reply.path("ticket").path("followUpOf").asString()).isEqualTo(ticketId);
        assertThat(reply.path("ticket").path("status").asString()).isEqualTo("OPEN");
        assertThat(conversation(agent).path("status").asString()).isEqualTo("CLOSED");
    }

    @Test
    void staffCannotWriteOnAClosedTicket() {
        api.graphql(agent, STATUS, Map.of("t", ticketId, "v", 0, "s", "CLOSED"));

        assertThat(reply(agent, "<p>late</p>").errorCode()).isEqualTo("INVALID_TRANSITION");
        assertThat(note(agent, "<p>late</p>").errorCode()).isEqualTo("INVALID_TRANSITION");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ROLE_MEMBER", "ROLE_SPONSOR_USER", "ROLE_SPONSOR_ADMIN"})
    void requestersCannotWriteInternalNotes(String role) {
        String token = tokens.token(tenant.slug(), List.of(role), c -> c.subject("member-1"));
        assertThat(note(token, "<p>sneaky</p>").errorCode()).isEqualTo("FORBIDDEN");
        assertThat(conversation(agent).path("messages").path("totalCount").asInt()).isZero();
    }

    @Test
    void membersSeeRepliesButNeverNotes() {
        reply(agent, "<p>public answer</p>");
        note(agent, "<p>private note</p>");
        reply(member, "<p>thanks</p>");

        JsonNode forStaff = conversation(agent).path("messages");
        JsonNode forMember = conversation(member).path("messages");

        assertThat(forStaff.path("totalCount").asInt()).isEqualTo(3);
        assertThat(forStaff.path("edges").valueStream().map(e -> e.path("node").path("visibility").asString()).toList())
                .containsExactly("PUBLIC", "INTERNAL", "PUBLIC");
        assertThat(forMember.path("totalCount").asInt()).isEqualTo(2);
        assertThat(forMember.toString()).doesNotContain("private note", "INTERNAL");
    }

    @Test
    void theConversationIsPagedOldestFirst() {
        for (int i = 1; i <= 5; i++) {
            reply(agent, "<p>reply " + i + "</p>");
        }
        StringBuilder bodies = new StringBuilder();
        String after = null;
        do {
            Map<String, Object> vars = new java.util.HashMap<>(Map.of("t", ticketId, "first", 2));
            if (after != null) {
                vars.put("after", after);
            }
            JsonNode page = api.graphql(member, CONVERSATION, vars).data("ticket").path("messages");
            page.path("edges").forEach(e -> bodies.append(e.path("node").path("body").asString()));
            after = page.path("pageInfo").path("hasNextPage").asBoolean() ? page.path("pageInfo").path("endCursor").asString() : null;
        } while (after != null);

        assertThat(bodies.toString()).isEqualTo("<p>reply 1</p><p>reply 2</p><p>reply 3</p><p>reply 4</p><p>reply 5</p>");
    }

    @Test
    void bodiesAreSanitisedAndMustSaySomething() {
        JsonNode message = reply(member, "<p onclick=\"x()\">hi<script>alert(1)</script></p>").data("replyToTicket").path("message");
        assertThat(message.path("body").asString()).isEqualTo("<p>hi</p>");

        ApiResponse empty = reply(member, "<p> <img src=x> </p>");
        assertThat(empty.errorCode()).isEqualTo("VALIDATION_FAILED");
        assertThat(empty.errorField()).isEqualTo("input.body");
    }

    @Test
    void otherRequestersAndOtherTenantsGetNotFound() {
        String otherMember = tokens.token(tenant.slug(), List.of("ROLE_MEMBER"), c -> c.subject("member-2"));
        Tenant other = newTenant();
        String otherAgent = tokens.token(other.slug(), "ROLE_CLIENT_ADMIN");

        assertThat(reply(otherMember, "<p>x</p>").errorCode()).isEqualTo("NOT_FOUND");
        assertThat(reply(otherAgent, "<p>x</p>").errorCode()).isEqualTo("NOT_FOUND");
        assertThat(note(otherAgent, "<p>x</p>").errorCode()).isEqualTo("NOT_FOUND");
        assertThat(api.graphql(otherAgent, CONVERSATION, Map.of("t", ticketId)).errorCode()).isEqualTo("NOT_FOUND");
        assertThat(reply(agent, "<p>x</p>").hasErrors()).isFalse();
        assertThat(api.graphql(agent, CONVERSATION, Map.of("t", UUID.randomUUID().toString())).errorCode()).isEqualTo("NOT_FOUND");
    }

    ApiResponse reply(String token, String body) {
        return api.graphql(token, REPLY, Map.of("t", ticketId, "b", body));
    }

    ApiResponse note(String token, String body) {
        return api.graphql(token, NOTE, Map.of("t", ticketId, "b", body));
    }

    JsonNode conversation(String token) {
        ApiResponse response = api.graphql(token, CONVERSATION, Map.of("t", ticketId));
        assertThat(response.hasErrors()).as(response.body().toString()).isFalse();
        return response.data("ticket");
    }

    /** The last change of the ticket itself (its SLA clocks' steps follow changes as entries of their own). */
    JsonNode lastHistory() {
        return api.graphql(agent, HISTORY, Map.of("t", ticketId)).data("ticket").path("history").valueStream()
                .filter(entry -> !entry.path("field").asString().equals("SLA")).reduce((first, second) -> second).orElseThrow();
    }
}
