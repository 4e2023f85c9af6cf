package com.memberpulse.support.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.memberpulse.support.support.ApiResponse;
import com.memberpulse.support.tenant.Tenant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The queue's full-text search, highlights and facets against the real Elasticsearch node (SPEC sections 4 and 10). */
class SearchQueueTest extends SearchTestBase {

    private static final String SEARCH = """
            query($f: TicketFilter, $o: TicketOrder, $first: Int, $after: String) {
              tickets(filter: $f, orderBy: $o, first: $first, after: $after) {
                totalCount
                edges { node { id subject } highlights { field fragments } }
                pageInfo { hasNextPage endCursor }
              }
            }""";
    private static final String FACETS = """
            query($f: TicketFilter) { tickets(filter: $f, first: 1) { facets {
              status { value count } priority { value count } category { value count } assignee { value count } tag { value count } } } }""";

    @BeforeEach
    void tenant() {
        newSearchTenant();
    }

    @Test
    void staffFindTicketsByAnyFormOfTheirWordsWithoutAccentsAndByNumberWithHighlights() {
        String renewal = raise(member, "Membership renewal failed", "<p>The café card was declined.</p>");
        String invoices = raise(member, "Event booking", "<p>I need invoices for the conference.</p>");
        String directory = raise(otherMember, "Directory listing", "<p>Please update my address; 5 &lt; 10 renewals.</p>");
        reply(agent, invoices, "<p>The invoice was sent.</p>");
        note(renewal, "<p>Looks like card fraud.</p>");
        awaitIndexed();

        assertThat(ids(search("renewing", null))).containsExactlyInAnyOrder(renewal, directory);
        assertThat(ids(search("cafe", null))).containsExactly(renewal);
        assertThat(ids(search("invoice conference", null))).containsExactly(invoices);
        assertThat(ids(search("invoice directory", null))).isEmpty();
        assertThat(ids(search("\"card was declined\"", null))).containsExactly(renewal);
        assertThat(ids(search("fraud", null))).as("staff search internal notes").containsExactly(renewal);
        long number = api.graphql(agent, "query($id: ID!) { ticket(id: $id) { number } }", Map.of("id", invoices)).data("ticket").path("number").asLong();
        assertThat(ids(search("#" + number, null))).containsExactly(invoices);
        assertThat(ids(search(Long.toString(number), null))).first().isEqualTo(invoices);

        JsonNode edges = search("renewals", null).data("tickets").path("edges");
        Map<String, List<String>> highlights = highlights(edges, directory);
        assertThat(highlights.get("DESCRIPTION")).singleElement().asString()
                .contains("<mark>renewals</mark>").contains("5 &lt; 10").doesNotContain("<p>");
        assertThat(highlights(edges, renewal).get("SUBJECT")).containsExactly("Membership <mark>renewal</mark> failed");
        assertThat(highlights(search("fraud", null).data("tickets").path("edges"), renewal).get("NOTES")).singleElement().asString()
                .contains("<mark>fraud</mark>");
    }

    @Test
    void membersSearchTheirOwnTicketsAndNeverMatchANote() {
        String own = raise(member, "Renewal receipt missing", "<p>Where is my receipt?</p>");
        raise(otherMember, "Renewal receipt wrong", "<p>Wrong name on my receipt.</p>");
        note(own, "<p>Member owes arrears</p>");
        awaitIndexed();
        String mine = "query($s: String) { myTickets(search: $s) { totalCount edges { node { id } highlights { field fragments } } } }";

        ApiResponse receipt = api.graphql(member, mine, Map.of("s", "receipts"));
        assertThat(receipt.data("myTickets").path("totalCount").asInt()).isEqualTo(1);
        assertThat(receipt.data("myTickets").path("edges").get(0).path("node").path("id").asString()).isEqualTo(own);
        assertThat(api.graphql(member, mine, Map.of("s", "arrears")).data("myTickets").path("edges")).isEmpty();
        assertThat(ids(search("arrears", null))).containsExactly(own);
        assertThat(receipt.body().toString()).doesNotContain("NOTES");
    }

    @Test
    void aSearchCombinesWithEveryFilterAndOrderAndPagesWithItsCursor() {
        List<String> raised = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            raised.add(raise(member, "Certificate request " + i, "<p>Please send my certificate.</p>"));
        }
        raise(member, "Unrelated question", "<p>Nothing to see.</p>");
        api.graphql(admin, "mutation($id: ID!) { changeTicketPriority(input: {id: $id, version: 0, priority: HIGH}) { id } }", Map.of("id", raised.get(1)));
        addTags(raised.get(3), List.of("urgent"));
        awaitIndexed();

        Map<String, Object> oldestFirst = Map.of("field", "CREATED_AT", "direction", "ASC");
        ApiResponse first = api.graphql(agent, SEARCH, Map.of("f", Map.of("search", "certificates"), "o", oldestFirst, "first", 2));
        assertThat(first.data("tickets").path("totalCount").asInt()).isEqualTo(5);
        List<String> paged = new ArrayList<>(ids(first));
        String after = first.data("tickets").path("pageInfo").path("endCursor").asString();
        while (after != null && !after.isEmpty() && !"null".equals(after)) {
            ApiResponse next = api.graphql(agent, SEARCH, Map.of("f", Map.of("search", "certificates"), "o", oldestFirst, "first", 2, "after", after));
            paged.addAll(ids(next));
            after = next.data("tickets").path("pageInfo").path("hasNextPage").asBoolean()
                    ? next.data("tickets").path("pageInfo").path("endCursor").asString() : null;
        }
        assertThat(paged).containsExactlyElementsOf(raised);
        assertThat(ids(search("certificate", Map.of("priority", List.of("HIGH"))))).containsExactly(raised.get(1));
        assertThat(ids(search("certificate", Map.of("tag", List.of("URGENT"))))).containsExactly(raised.get(3));
        assertThat(ids(search("certificate", Map.of("assignee", Map.of("me", true))))).isEmpty();
    }

    @Test
    void facetsCountEachDimensionUnderTheRestOfTheFilterAndWithASearch() {
        String a = raise(member, "Webinar access", "<p>Cannot join the webinar.</p>");
        String b = raise(member, "Webinar recording", "<p>Where is the recording?</p>");
        raise(member, "Journal subscription", "<p>Journal not delivered.</p>");
        api.graphql(agent, "mutation($id: ID!) { changeTicketStatus(input: {id: $id, version: 0, status: IN_PROGRESS}) { id } }", Map.of("id", a));
        addTags(a, List.of("online"));
        addTags(b, List.of("online", "video"));
        awaitIndexed();

        JsonNode all = api.graphql(agent, FACETS, Map.of("f", Map.of())).data("tickets").path("facets");
        assertThat(counts(all.path("status"))).isEqualTo(Map.of("OPEN", 2L, "IN_PROGRESS", 1L));
        assertThat(counts(all.path("tag"))).isEqualTo(Map.of("online", 2L, "video", 1L));
        assertThat(counts(all.path("assignee"))).isEqualTo(Map.of("null", 3L));
        assertThat(counts(all.path("category"))).isEqualTo(Map.of(category, 3L));

        JsonNode open = api.graphql(agent, FACETS, Map.of("f", Map.of("status", List.of("OPEN")))).data("tickets").path("facets");
        assertThat(counts(open.path("status"))).as("a dimension is counted without its own part").isEqualTo(Map.of("OPEN", 2L, "IN_PROGRESS", 1L));
        assertThat(counts(open.path("tag"))).isEqualTo(Map.of("online", 1L, "video", 1L));
        assertThat(counts(open.path("priority"))).isEqualTo(Map.of("MEDIUM", 2L));

        JsonNode webinar = api.graphql(agent, FACETS, Map.of("f", Map.of("search", "webinars"))).data("tickets").path("facets");
        assertThat(counts(webinar.path("status"))).isEqualTo(Map.of("OPEN", 1L, "IN_PROGRESS", 1L));

        assertThat(api.graphql(member, "{ myTickets(first: 1) { facets { status { value count } } } }").errorCode()).isEqualTo("FORBIDDEN");
    }

    @Test
    void anotherTenantsIdenticalTicketsNeverShowInSearchOrFacets() {
        Tenant first = tenant;
        String firstAgent = agent;
        String ours = raise(member, "Sponsorship invoice", "<p>Sponsorship invoice overdue.</p>");
        newSearchTenant();
        String theirs = raise(member, "Sponsorship invoice", "<p>Sponsorship invoice overdue.</p>");
        awaitIndexed();
        awaitIndexed(first);

        ApiResponse found = api.graphql(firstAgent, SEARCH, Map.of("f", Map.of("search", "sponsorship invoice")));
        assertThat(ids(found)).containsExactly(ours);
        assertThat(found.data("tickets").path("totalCount").asInt()).isEqualTo(1);
        assertThat(found.body().toString()).doesNotContain(theirs);
        JsonNode facets = api.graphql(firstAgent, FACETS, Map.of("f", Map.of("search", "sponsorship"))).data("tickets").path("facets");
        assertThat(counts(facets.path("status"))).isEqualTo(Map.of("OPEN", 1L));
        assertThat(ids(search("sponsorship", null))).containsExactly(theirs);
    }

    @Test
    void badSearchesAreRefusedOnTheirField() {
        assertThat(api.graphql(agent, SEARCH, Map.of("f", Map.of("search", "x"))).errorField()).isEqualTo("filter.search");
        assertThat(api.graphql(agent, SEARCH, Map.of("f", Map.of("search", "x".repeat(201)))).errorField()).isEqualTo("filter.search");
        ApiResponse relevance = api.graphql(agent, SEARCH, Map.of("o", Map.of("field", "RELEVANCE")));
        assertThat(relevance.errorCode()).isEqualTo("VALIDATION_FAILED");
        assertThat(relevance.errorField()).isEqualTo("orderBy");
        assertThat(api.graphql(agent, SEARCH, Map.of("f", Map.of("search", "   "))).hasErrors()).as("a blank search is no search").isFalse();
    }

    private ApiResponse search(String words, Map<String, Object> filter) {
        Map<String, Object> f = new java.util.HashMap<>(filter == null ? Map.of() : filter);
        f.put("search", words);
        ApiResponse response = api.graphql(agent, SEARCH, Map.of("f", f, "first", 100));
        assertThat(response.hasErrors()).as(response.body().toString()).isFalse();
        return response;
    }

    private void addTags(String id, List<String> tags) {
        ApiResponse response = api.graphql(agent, "mutation($id: ID!, $t: [String!]!) { addTicketTags(input: {id: $id, tags: $t}) { tags } }",
                Map.of("id", id, "t", tags));
        assertThat(response.hasErrors()).as(response.body().toString()).isFalse();
    }

    static List<String> ids(ApiResponse response) {
        List<String> ids = new ArrayList<>();
        JsonNode root = response.body().path("data");
        JsonNode connection = root.has("tickets") ? root.path("tickets") : root.path("myTickets");
        connection.path("edges").forEach(edge -> ids.add(edge.path("node").path("id").asString()));
        return ids;
    }

    private static Map<String, List<String>> highlights(JsonNode edges, String id) {
        Map<String, List<String>> byField = new java.util.HashMap<>();
        edges.forEach(edge -> {
            if (edge.path("node").path("id").asString().equals(id)) {
                edge.path("highlights").forEach(h -> {
                    List<String> fragments = new ArrayList<>();
                    h.path("fragments").forEach(f -> fragments.add(f.asString()));
                    byField.put(h.path("field").asString(), fragments);
                });
            }
        });
        return byField;
    }

    private static Map<String, Long> counts(JsonNode facet) {
        Map<String, Long> counts = new java.util.HashMap<>();
        facet.forEach(c -> counts.put(c.path("value").isNull() ? "null" : c.path("value").asString(), c.path("count").asLong()));
        return counts;
    }
}
