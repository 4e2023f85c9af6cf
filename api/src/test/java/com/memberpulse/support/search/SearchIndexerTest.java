package com.memberpulse.support.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.memberpulse.support.ApiIntegrationTest;
import com.memberpulse.support.search.index.TicketDocument;
import com.memberpulse.support.search.index.TicketIndices;
import com.memberpulse.support.tenant.Tenant;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every committed change of a ticket and its conversation reaches its tenant's alias in the real Elasticsearch node. */
class SearchIndexerTest extends ApiIntegrationTest {

    @Autowired
    ElasticsearchClient client;
    @Autowired
    TicketIndices indices;

    @Test
    void aTicketItsRepliesAndNotesAreIndexedInItsTenantAndFollowItsChanges() throws IOException {
        Tenant tenant = newTenant();
        String member = tokens.token(tenant.slug(), List.of("ROLE_MEMBER"), c -> c.subject("search-member"));
        String agent = tokens.token(tenant.slug(), List.of("ROLE_CLIENT_USER"), c -> c.subject("search-agent"));
        String category = api.graphql(member, "{ ticketCategories { id } }").data("ticketCategories").get(0).path("id").asString();
        String id = api.graphql(member, "mutation($c: ID!) { createTicket(input: {subject: \"Renewals failing\", description: \"<p>My café card</p>\","
                + " categoryId: $c}) { id } }", Map.of("c", category)).data("createTicket").path("id").asString();
        api.graphql(agent, "mutation($id: ID!) { replyToTicket(input: {ticketId: $id, body: \"<p>Refunded twice</p>\"}) { ticket { id } } }",
                Map.of("id", id));
        api.graphql(agent, "mutation($id: ID!) { addInternalNote(input: {ticketId: $id, body: \"<p>Escalate to finance</p>\"}) { id } }",
                Map.of("id", id));
        int version = api.graphql(agent, "query($id: ID!) { ticket(id: $id) { version } }", Map.of("id", id)).data("ticket").path("version").asInt();
        assertThat(api.graphql(agent, "mutation($id: ID!, $v: Int!) { changeTicketStatus(input: {id: $id, version: $v, status: IN_PROGRESS}) { id } }",
                Map.of("id", id, "v", version)).hasErrors()).isFalse();

        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> document(tenant, id).map(d -> d.status().equals("IN_PROGRESS") && d.notes().size() == 1).orElse(false));
        TicketDocument indexed = document(tenant, id).orElseThrow();
        assertThat(indexed.subject()).isEqualTo("Renewals failing");
        assertThat(indexed.description()).isEqualTo("My café card");
        assertThat(indexed.replies()).containsExactly("Refunded twice");
        assertThat(indexed.notes()).containsExactly("Escalate to finance");
        assertThat(indexed.tenant()).isEqualTo(tenant.slug());
    }

    @Test
    void provisioningMakesTheTenantsAliasAndDeprovisioningWithItsDataRemovesItAndItsDocuments() throws IOException {
        Tenant tenant = newTenant();
        assertThat(aliasExists(tenant)).isTrue();
        String member = tokens.token(tenant.slug(), List.of("ROLE_MEMBER"), c -> c.subject("search-member"));
        String category = api.graphql(member, "{ ticketCategories { id } }").data("ticketCategories").get(0).path("id").asString();
        String id = api.graphql(member, "mutation($c: ID!) { createTicket(input: {subject: \"Goes away\", description: \"<p>x</p>\","
                + " categoryId: $c}) { id } }", Map.of("c", category)).data("createTicket").path("id").asString();
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() -> document(tenant, id).isPresent());

        asPlatformAdmin(() -> tenantService.deprovision(tenant.slug(), true));

        assertThat(aliasExists(tenant)).isFalse();
        client.indices().refresh(r -> r.index(indices.current()));
        assertThat(client.count(c -> c.index(indices.current()).routing(tenant.slug())
                .query(q -> q.term(t -> t.field("tenant").value(tenant.slug())))).count()).isZero();
    }

    private boolean aliasExists(Tenant tenant) throws IOException {
        return client.indices().existsAlias(e -> e.name(indices.aliasOf(tenant.slug()))).value();
    }

    private Optional<TicketDocument> document(Tenant tenant, String id) throws IOException {
        if (!client.indices().existsAlias(e -> e.name(indices.aliasOf(tenant.slug()))).value()) {
            return Optional.empty();
        }
        client.indices().refresh(r -> r.index(indices.aliasOf(tenant.slug())));
        return client.search(s -> s.index(indices.aliasOf(tenant.slug())).query(q -> q.term(t -> t.field("id").value(id))), TicketDocument.class)
                .hits().hits().stream().map(hit -> hit.source()).findFirst();
    }
}
