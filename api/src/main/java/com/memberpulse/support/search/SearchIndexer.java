package com.memberpulse.support.search;

import com.memberpulse.support.events.DomainEvent;
import com.memberpulse.support.events.EventConsumer;
import com.memberpulse.support.message.Message;
import com.memberpulse.support.message.MessageAdded;
import com.memberpulse.support.message.MessageLookup;
import com.memberpulse.support.search.index.TicketDocument;
import com.memberpulse.support.search.index.TicketIndices;
import com.memberpulse.support.tenant.TenantContext;
import com.memberpulse.support.ticket.Ticket;
import com.memberpulse.support.common.text.RichText;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import com.memberpulse.support.ticket.TicketAutomation;

/**
 * Keeps the search index in step with PostgreSQL: a consumer of the event backbone that, for any change of a ticket or
 * its conversation, reads the ticket as it is now and writes the whole document, versioned with the event's id. Events
 * of one ticket come in commit order, so a later event always carries a higher version; a replayed older one writes
 * the current state under a lower version and is refused as stale, so the index never goes back.
 */
@Component
class SearchIndexer implements EventConsumer {

    static final String NAME = "search-indexer";

    private final TicketIndices indices;
    private final TicketAutomation tickets;
    private final MessageLookup messages;
    private final Set<String> tenantsWithAlias = ConcurrentHashMap.newKeySet();

    SearchIndexer(TicketIndices indices, TicketAutomation tickets, MessageLookup messages) {
        this.indices = indices;
        this.tickets = tickets;
        this.messages = messages;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean accepts(String type) {
        return type.startsWith("ticket.") || type.equals(MessageAdded.TYPE);
    }

    @Override
    public void handle(DomainEvent event) throws IOException {
        Optional<Ticket> ticket = event.ticketId() == null ? Optional.empty() : tickets.find(event.ticketId());
        if (ticket.isEmpty()) {
            return;
        }
        String tenant = TenantContext.require().slug();
        if (tenantsWithAlias.add(tenant)) {
            indices.create(TicketIndices.CURRENT);
            indices.addTenant(tenant, TicketIndices.CURRENT);
        }
        indices.write(TicketIndices.CURRENT, List.of(new TicketDocument.Versioned(document(tenant, ticket.get()), event.id())));
    }

    private TicketDocument document(String tenant, Ticket ticket) {
        List<Message> conversation = messages.allOf(ticket.id());
        return new TicketDocument(tenant, ticket.id().toString(), ticket.number(), "#" + ticket.number(), ticket.subject(),
                RichText.plainText(ticket.description()),
                conversation.stream().filter(m -> m.visibility() == Message.Visibility.PUBLIC).map(m -> RichText.plainText(m.body())).toList(),
                conversation.stream().filter(m -> m.visibility() == Message.Visibility.INTERNAL).map(m -> RichText.plainText(m.body())).toList(),
                ticket.status().name(), ticket.priority().name(), ticket.categoryId().toString(), ticket.assigneeId(), ticket.requesterId(),
                ticket.requesterType().name(), List.of(), ticket.createdAt().toInstant(), ticket.updatedAt().toInstant());
    }
}
