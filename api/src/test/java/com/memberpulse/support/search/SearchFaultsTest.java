package com.memberpulse.support.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.memberpulse.support.devstack.ElasticsearchServer;
import com.memberpulse.support.support.ApiClient;
import com.memberpulse.support.support.ApiResponse;
import com.memberpulse.support.support.TestStack;
import com.memberpulse.support.tenant.TenantContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Faults, each against an Elasticsearch node of this test's own (the shared node is never disturbed), indexed by
 * another instance of the service running only an indexer of its own name ({@code search-indexer-own-node}: its own
 * progress in the log): Elasticsearch stopped mid-stream and started again, and an indexer stopped in the middle of
 * its work and replaced. Each ends with the drift check finding nothing.
 */
class SearchFaultsTest extends SearchTestBase {

    private static final String INDEXER = "search-indexer-own-node";
    private static Path data;
    private static int port;
    private static ElasticsearchServer node;
    private ConfigurableApplicationContext indexer;

    @BeforeAll
    static void startNode() throws IOException {
        data = Files.createTempDirectory("search-faults");
        node = ElasticsearchServer.start(data, 0);
        port = URI.create(node.httpUrl()).getPort();
    }

    @AfterAll
    static void stopNode() {
        if (node != null) {
            node.close();
        }
    }

    @BeforeEach
    void tenantAndIndexer() {
        newSearchTenant();
        indexer = startIndexer();
    }

    @AfterEach
    void stopIndexer() {
        if (indexer != null) {
            indexer.close();
        }
    }

    @Test
    void elasticsearchStoppedMidStreamAnswersSearchUnavailableThenCatchesUpWithZeroDrift() {
        for (int i = 0; i < 10; i++) {
            raise(member, "Before the outage " + i, "<p>Annual dinner tickets</p>");
        }
        awaitCleanOnOwnNode();
        ApiClient ownApi = new ApiClient(Integer.parseInt(indexer.getEnvironment().getProperty("local.server.port")));

        node.close();
        node = null;
        String during = null;
        for (int i = 0; i < 10; i++) {
            during = raise(member, "During the outage " + i, "<p>Gala dinner seating</p>");
            reply(agent, during, "<p>Seating confirmed</p>");
        }
        ApiResponse search = ownApi.graphql(agent, "{ tickets(filter: {search: \"gala\"}) { totalCount } }");
        assertThat(search.errorCode()).isEqualTo("SEARCH_UNAVAILABLE");
        assertThat(search.status()).as("a request that ran answers 200 with its error").isEqualTo(200);
        ApiResponse queue = ownApi.graphql(agent, "{ tickets(first: 50) { totalCount edges { node { id } } } }");
        assertThat(queue.hasErrors()).as("the queue without a search works on PostgreSQL").isFalse();
        assertThat(queue.data("tickets").path("totalCount").asInt()).isEqualTo(20);
        assertThat(ownApi.graphql(agent, "{ tickets(first: 1) { facets { status { value count } } } }").errorCode()).isEqualTo("SEARCH_UNAVAILABLE");
        assertThat(indexer.getBean(SearchHealth.class).health(false).getStatus()).isEqualTo(Status.DOWN);

        node = ElasticsearchServer.start(data, port);
        awaitCleanOnOwnNode();
        assertThat(indexer.getBean(SearchHealth.class).health(false).getStatus()).isEqualTo(Status.UP);
        ApiResponse found = ownApi.graphql(agent, "{ tickets(filter: {search: \"gala seating\"}) { totalCount } }");
        assertThat(found.data("tickets").path("totalCount").asInt()).isEqualTo(10);
        assertThat(during).isNotNull();
    }

    @Test
    void anIndexerStoppedInTheMiddleOfItsWorkLeavesNothingUndoneForTheNext() {
        indexer.close();
        for (int i = 0; i < 40; i++) {
            String id = raise(member, "Backlog " + i, "<p>Journal delivery</p>");
            api.graphql(agent, "mutation($id: ID!) { addTicketTags(input: {id: $id, tags: [\"journal\"]}) { id } }", Map.of("id", id));
        }
        indexer = startIndexer();
        // Stopped as soon as it has written something: in the middle of the backlog.
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20)).until(() -> ownDrift().documents() > 0);
        indexer.close();
        indexer = startIndexer();

        awaitCleanOnOwnNode();
        SearchDrift.Report done = ownDrift();
        assertThat(done.tickets()).isEqualTo(40);
        assertThat(done.documents()).isEqualTo(40);
    }

    private ConfigurableApplicationContext startIndexer() {
        return TestStack.startAnotherInstance(List.of("memberpulse.search.url=" + "http://127.0.0.1:" + port, "memberpulse.search.indexer-name=" + INDEXER,
                "memberpulse.events.consumers=" + INDEXER, "memberpulse.events.lease=PT2S", "spring.datasource.hikari.maximum-pool-size=5"));
    }

    private void awaitCleanOnOwnNode() {
        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(() -> ownDrift().isClean());
    }

    private SearchDrift.Report ownDrift() {
        SearchDrift ownDrift = indexer.getBean(SearchDrift.class);
        return TenantContext.callIn(tenant, () -> {
            try {
                return ownDrift.check(false);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
