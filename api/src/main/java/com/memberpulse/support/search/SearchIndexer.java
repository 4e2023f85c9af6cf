package com.memberpulse.support.search;

import com.memberpulse.support.events.DomainEvent;
import com.memberpulse.support.events.EventConsumer;
import com.memberpulse.support.events.RetryPolicy;
import com.memberpulse.support.message.MessageAdded;
import com.memberpulse.support.search.index.TicketDocument;
import com.memberpulse.support.search.index.TicketIndices;
import com.memberpulse.support.tenant.TenantContext;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Keeps the search index in step with PostgreSQL: a consumer of the event backbone that, for any change of a ticket,
 * its conversation or its tags, reads the ticket as it is now and writes the whole document through the index in use,
 * versioned with the ticket's revision. A replayed or late event writes the current state at the current revision,
 * which the index refuses as stale if it has it already, so the index never goes back. While Elasticsearch is down the
 * event fails and is retried with back-off, holding its partition: the backlog waits in the log, in order.
 */
@Component
@ConditionalOnProperty(name = "memberpulse.search.indexer-enabled", matchIfMissing = true)
class SearchIndexer implements EventConsumer {

    static final String NAME = "search-indexer";
    /** Elasticsearch may be down for hours (an upgrade): the backlog waits, in order, rather than being parked. */
    private static final int ATTEMPTS = 10_000;

    private final TicketIndices indices;
    private final TicketDocuments documents;
    private final SearchTenants tenants;
    private final String name;
    private final RetryPolicy retries;

    SearchIndexer(TicketIndices indices, TicketDocuments documents, SearchTenants tenants,
                  @Value("${memberpulse.search.indexer-name:" + NAME + "}") String name,
                  @Value("${memberpulse.search.retry-cap:PT30S}") Duration retryCap) {
        this.indices = indices;
        this.documents = documents;
        this.tenants = tenants;
        this.name = name;
        this.retries = new RetryPolicy(ATTEMPTS, Duration.ofSeconds(1).compareTo(retryCap) < 0 ? Duration.ofSeconds(1) : retryCap, retryCap);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public RetryPolicy retryPolicy() {
        return retries;
    }

    @Override
    public boolean accepts(String type) {
        return type.startsWith("ticket.") || type.equals(MessageAdded.TYPE);
    }

    @Override
    public void handle(DomainEvent event) throws IOException {
        Optional<TicketDocument.Versioned> document = event.ticketId() == null ? Optional.empty() : documents.of(event.ticketId());
        if (document.isPresent()) {
            tenants.ensureAlias(TenantContext.require().slug());
            indices.write(indices.current(), List.of(document.get()));
        }
    }
}
