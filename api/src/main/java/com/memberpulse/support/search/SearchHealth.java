package com.memberpulse.support.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Whether Elasticsearch answers ({@code /actuator/health}, component {@code search}). Down means searches answer
 * {@code SEARCH_UNAVAILABLE} while the queue without a search goes on from PostgreSQL, and the indexer's backlog waits
 * in the event backbone until the node is back.
 */
@Component("search")
class SearchHealth extends AbstractHealthIndicator {

    private final ElasticsearchClient client;

    SearchHealth(ElasticsearchClient client) {
        super("Elasticsearch is not reachable");
        this.client = client;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) throws Exception {
        if (client.ping().value()) {
            health.up();
        } else {
            health.down().withDetail("reason", "Elasticsearch did not answer the ping");
        }
    }
}
