package com.memberpulse.support.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.memberpulse.support.support.ApiResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Tags on tickets (SPEC section 3): staff add and remove them, the history says so, the queue filters by them. */
class TicketTagsTest extends SearchTestBase {

    private static final String ADD = "mutation($id: ID!, $t: [String!]!) { addTicketTags(input: {id: $id, tags: $t}) { tags version } }";
    private static final String REMOVE = "mutation($id: ID!, $t: [String!]!) { removeTicketTags(input: {id: $id, tags: $t}) { tags version } }";

    @BeforeEach
    void tenant() {
        newSearchTenant();
    }

    @Test
    void staffTagTicketsInOneFormTheHistorySaysSoAndTheVersionStays() {
        String id = raise(member, "Conference refund", "<p>Please refund my registration.</p>");

        JsonNode added = api.graphql(agent, ADD, Map.of("id", id, "t", List.of(" Late   Payment ", "VIP", "vip"))).data("addTicketTags");
        assertThat(added.path("tags").toString()).isEqualTo("[\"late-payment\",\"vip\"]");
        assertThat(added.path("version").asInt()).as("tags never make another agent's version stale").isZero();
        JsonNode removed = api.graphql(admin, REMOVE, Map.of("id", id, "t", List.of("VIP", "never-had"))).data("removeTicketTags");
        assertThat(removed.path("tags").toString()).isEqualTo("[\"late-payment\"]");

        JsonNode history = api.graphql(agent, "query($id: ID!) { ticket(id: $id) { history { field fromValue toValue actor { name } } } }", Map.of("id", id))
                .data("ticket").path("history");
        List<String> tagEntries = new java.util.ArrayList<>();
        history.forEach(entry -> {
            if (entry.path("field").asString().equals("TAGS")) {
                tagEntries.add(entry.path("fromValue").asString() + " -> " + entry.path("toValue").asString());
            }
        });
        assertThat(tagEntries).containsExactly(" -> late-payment,vip", "late-payment,vip -> late-payment");

        awaitIndexed();
        ApiResponse tagged = api.graphql(agent, "{ tickets(filter: {tag: [\"Late Payment\"]}) { totalCount edges { node { id tags } } } }");
        assertThat(tagged.data("tickets").path("totalCount").asInt()).isEqualTo(1);
        assertThat(SearchQueueTest.ids(tagged)).containsExactly(id);
    }

    @Test
    void badTagsAreRefusedOnTheirFieldAndChangeNothing() {
        String id = raise(member, "Badge printing", "<p>My badge is wrong.</p>");
        assertThat(api.graphql(agent, ADD, Map.of("id", id, "t", List.of("ok", "not ok!"))).errorField()).isEqualTo("input.tags");
        assertThat(api.graphql(agent, ADD, Map.of("id", id, "t", List.of())).errorField()).isEqualTo("input.tags");
        assertThat(api.graphql(agent, ADD, Map.of("id", id, "t", List.of("x".repeat(41)))).errorField()).isEqualTo("input.tags");
        List<String> twenty = java.util.stream.IntStream.range(0, 20).mapToObj(i -> "tag" + i).toList();
        assertThat(api.graphql(agent, ADD, Map.of("id", id, "t", twenty)).hasErrors()).isFalse();
        assertThat(api.graphql(agent, ADD, Map.of("id", id, "t", List.of("one-more"))).errorField()).isEqualTo("input.tags");
        assertThat(api.graphql(agent, "query($id: ID!) { ticket(id: $id) { tags } }", Map.of("id", id)).data("ticket").path("tags").size()).isEqualTo(20);
    }

    @Test
    void membersNeitherSeeNorChangeTagsAndClosedTicketsKeepTheirs() {
        String id = raise(member, "Renewal date", "<p>When is my renewal due?</p>");
        api.graphql(agent, ADD, Map.of("id", id, "t", List.of("renewal")));

        assertThat(api.graphql(member, "query($id: ID!) { ticket(id: $id) { tags } }", Map.of("id", id)).data("ticket").path("tags")).isEmpty();
        assertThat(api.graphql(member, ADD, Map.of("id", id, "t", List.of("mine"))).errorCode()).isEqualTo("FORBIDDEN");
        assertThat(api.graphql(member, REMOVE, Map.of("id", id, "t", List.of("renewal"))).errorCode()).isEqualTo("FORBIDDEN");

        api.graphql(agent, "mutation($id: ID!) { changeTicketStatus(input: {id: $id, version: 0, status: CLOSED}) { id } }", Map.of("id", id));
        assertThat(api.graphql(agent, ADD, Map.of("id", id, "t", List.of("late"))).errorCode()).isEqualTo("INVALID_TRANSITION");

        newSearchTenant();
        assertThat(api.graphql(agent, ADD, Map.of("id", id, "t", List.of("x"))).errorCode()).as("another tenant's ticket").isEqualTo("NOT_FOUND");
    }
}
