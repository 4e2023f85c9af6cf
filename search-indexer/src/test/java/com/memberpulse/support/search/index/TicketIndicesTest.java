package com.memberpulse.support.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import com.memberpulse.support.devstack.ElasticsearchServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The index layout and writes against a real Elasticsearch node of this test's own. */
class TicketIndicesTest {

    private static ElasticsearchServer node;
    private static ElasticsearchClient client;
    private TicketIndices indices;

    @BeforeAll
    static void startNode() throws IOException {
        node = ElasticsearchServer.start(Files.createTempDirectory("search-indexer-test"), 0);
        client = SearchClients.connect(node.httpUrl());
    }

    @AfterAll
    static void stopNode() throws IOException {
        client.close();
        node.close();
    }

    @BeforeEach
    void freshIndices() throws IOException {
        indices = new TicketIndices(client, "t" + UUID.randomUUID().toString().substring(0, 8) + "_");
        String index = indices.ensureInUse();
        assertThat(indices.ensureInUse()).isEqualTo(index).isEqualTo(indices.index(1));
        indices.addTenant("alpha", index);
        indices.addTenant("beta", index);
    }

    @Test
    void eachTenantSeesOnlyItsOwnTicketsThroughItsAliasEvenWithIdenticalDocuments() throws IOException {
        indices.write(indices.current(), List.of(versioned(ticket("alpha", "a1", "Renewal failed"), 1), versioned(ticket("beta", "b1", "Renewal failed"), 1),
                versioned(ticket("beta", "b2", "Renewal failed"), 1)));
        refresh();

        assertThat(ids("alpha", "renewal")).containsExactly("a1");
        assertThat(ids("beta", "renewal")).containsExactlyInAnyOrder("b1", "b2");
    }

    @Test
    void anOlderVersionNeverReplacesANewerOne() throws IOException {
        TicketIndices.Written first = indices.write(indices.current(), List.of(versioned(ticket("alpha", "a1", "Second subject"), 2)));
        TicketIndices.Written replayed = indices.write(indices.current(), List.of(versioned(ticket("alpha", "a1", "First subject"), 1)));
        refresh();

        assertThat(first).isEqualTo(new TicketIndices.Written(1, 0));
        assertThat(replayed).isEqualTo(new TicketIndices.Written(0, 1));
        assertThat(ids("alpha", "second")).containsExactly("a1");
        assertThat(ids("alpha", "first")).isEmpty();
    }

    @Test
    void englishWordsMatchTheirOtherFormsAndAccentsDoNotMatter() throws IOException {
        indices.write(indices.current(), List.of(versioned(ticket("alpha", "a1", "Renewals for the café were charged twice"), 1)));
        refresh();

        assertThat(ids("alpha", "renewal")).containsExactly("a1");
        assertThat(ids("alpha", "cafe charge")).containsExactly("a1");
        assertThat(ids("alpha", "refund")).isEmpty();
    }

    @Test
    void aRemovedTenantsAliasIsGoneAndItsDocumentsWithIt() throws IOException {
        indices.write(indices.current(), List.of(versioned(ticket("alpha", "a1", "Renewal"), 1), versioned(ticket("beta", "b1", "Renewal"), 1)));
        refresh();

        indices.removeTenant("alpha", true);
        refresh();

        assertThat(client.indices().existsAlias(e -> e.name(indices.aliasOf("alpha"))).value()).isFalse();
        assertThat(client.count(c -> c.index(indices.index(1))).count()).isEqualTo(1);
        assertThat(ids("beta", "renewal")).containsExactly("b1");
    }

    private List<String> ids(String tenant, String words) throws IOException {
        SearchResponse<TicketDocument> found = client.search(s -> s.index(indices.aliasOf(tenant))
                .query(q -> q.multiMatch(m -> m.query(words).fields("subject", "description").operator(co.elastic.clients.elasticsearch._types.query_dsl.Operator.And))),
                TicketDocument.class);
        return found.hits().hits().stream().map(hit -> hit.source().id()).toList();
    }

    private void refresh() throws IOException {
        client.indices().refresh(r -> r.index(indices.index(1)));
    }

    private static TicketDocument.Versioned versioned(TicketDocument document, long version) {
        return new TicketDocument.Versioned(document, version);
    }

    private static TicketDocument ticket(String tenant, String id, String subject) {
        Instant now = Instant.parse("2026-11-30T01:00:00Z");
        return new TicketDocument(tenant, id, 1, "#1", subject, "", List.of(), List.of(), "OPEN", "MEDIUM", "c1", null, "m1", "MEMBER",
                List.of(), now, now);
    }
}
