package com.memberpulse.support.message;

import static org.assertj.core.api.Assertions.assertThat;

import com.memberpulse.support.ApiIntegrationTest;
import com.memberpulse.support.support.ApiResponse;
import com.memberpulse.support.support.SchemaFiles;
import com.memberpulse.support.tenant.Tenant;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Walks every query a member can call and every field reachable from it (generated from the schema itself,
 * so new fields are walked too), and proves that no internal note, nor any file attached to one, ever
 * appears in what a member gets.
 */
class InternalNoteVisibilityWalkTest extends ApiIntegrationTest {

    /** The queries open to members, with the arguments the walk gives them. */
    private static final Map<String, String> MEMBER_QUERIES = Map.of(
            "me", "me", "ticket", "ticket(id: $ticketId)", "myTickets", "myTickets(first: 100)",
            "ticketCategories", "ticketCategories(includeArchived: true)");
    private static final int MAX_DEPTH = 6;
    private static final String NOTE_WITH_FILE = "mutation($t: ID!, $b: String!, $a: [ID!]) {"
            + " addInternalNote(input: {ticketId: $t, body: $b, attachmentIds: $a}) { id } }";
    private static final String REPLY_WITH_FILE = "mutation($t: ID!, $b: String!, $a: [ID!]) {"
            + " replyToTicket(input: {ticketId: $t, body: $b, attachmentIds: $a}) { message { id } } }";

    @Test
    void noInternalNoteIsReachableByAMember() {
        Tenant tenant = newTenant();
        String member = tokens.token(tenant.slug(), List.of("ROLE_MEMBER"), c -> c.subject("walker"));
        String agent = tokens.token(tenant.slug(), "ROLE_CLIENT_USER");
        String category = api.graphql(member, "{ ticketCategories { id } }").data("ticketCategories").get(0).path("id").asString();
        String ticketId = api.graphql(member, "mutation($c: ID!) { createTicket(input: {subject: \"Walk\", description: \"<p>walk</p>\", categoryId: $c}) { id } }",
                Map.of("c", category)).data("createTicket").path("id").asString();
        String secret = "SECRET-" + UUID.randomUUID();
        String publicMarker = "PUBLIC-" + UUID.randomUUID();
        String secretFile = "NOTEFILE-" + UUID.randomUUID() + ".txt";
        String publicFile = "REPLYFILE-" + UUID.randomUUID() + ".txt";
        String secretFileId = api.upload(agent, secretFile, "staff only".getBytes(StandardCharsets.UTF_8)).body().path("id").asString();
        String publicFileId = api.upload(agent, publicFile, "for the member".getBytes(StandardCharsets.UTF_8)).body().path("id").asString();
        String noteId = api.graphql(agent, NOTE_WITH_FILE, Map.of("t", ticketId, "b", "<p>" + secret + "</p>", "a", List.of(secretFileId)))
                .data("addInternalNote").path("id").asString();
        api.graphql(agent, REPLY_WITH_FILE, Map.of("t", ticketId, "b", "<p>" + publicMarker + "</p>", "a", List.of(publicFileId)));
        GraphQLSchema schema = SchemaFiles.load();

        for (Map.Entry<String, String> query : MEMBER_QUERIES.entrySet()) {
            GraphQLFieldDefinition field = schema.getQueryType().getFieldDefinition(query.getKey());
            boolean needsTicket = query.getValue().contains("$ticketId");
            String document = (needsTicket ? "query($ticketId: ID!) { " : "{ ") + query.getValue() + selection(field.getType(), 1) + " }";
            ApiResponse response = api.graphql(member, document, needsTicket ? Map.of("ticketId", ticketId) : Map.of());

            assertThat(response.status()).as(document).isEqualTo(200);
            assertThat(response.body().toString()).as(query.getKey()).doesNotContain(secret).doesNotContain(noteId).doesNotContain("INTERNAL")
                    .doesNotContain(secretFileId).doesNotContain(secretFile);
            if (query.getKey().equals("ticket") || query.getKey().equals("myTickets")) {
                // The walk does reach the conversation and its files: the public reply and its file are there.
                assertThat(response.body().toString()).as(query.getKey()).contains(publicMarker);
            }
            if (query.getKey().equals("ticket")) {
                assertThat(response.body().toString()).contains(publicFileId).contains(publicFile);
            }
        }
    }

    /** A selection of every field of the type that takes no required argument, down to MAX_DEPTH. */
    private static String selection(GraphQLType type, int depth) {
        GraphQLType unwrapped = GraphQLTypeUtil.unwrapAll(type);
        if (!(unwrapped instanceof GraphQLObjectType object)) {
            return "";
        }
        if (depth > MAX_DEPTH) {
            return " { __typename }";
        }
        String fields = object.getFieldDefinitions().stream()
                .filter(f -> f.getArguments().stream().noneMatch(a -> a.getType() instanceof GraphQLNonNull && !a.hasSetDefaultValue()))
                .map(f -> f.getName() + selection(f.getType(), depth + 1))
                .collect(Collectors.joining(" "));
        return " { " + fields + " }";
    }
}
