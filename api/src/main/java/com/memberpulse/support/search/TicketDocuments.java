package com.memberpulse.support.search;

import com.memberpulse.support.common.text.RichText;
import com.memberpulse.support.message.Message;
import com.memberpulse.support.message.MessageLookup;
import com.memberpulse.support.search.index.TicketDocument;
import com.memberpulse.support.tenant.TenantContext;
import com.memberpulse.support.ticket.Ticket;
import com.memberpulse.support.ticket.TicketAutomation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Tickets of the current tenant as the index holds them, read from PostgreSQL (the one source of truth) with their
 * whole conversation, versioned by the ticket's revision. The ticket is read before its messages, so a document is
 * never older than its version says.
 */
@Component
class TicketDocuments {

    private final TicketAutomation tickets;
    private final MessageLookup messages;

    TicketDocuments(TicketAutomation tickets, MessageLookup messages) {
        this.tickets = tickets;
        this.messages = messages;
    }

    /** The ticket's document as of now; empty if there is no such ticket. */
    Optional<TicketDocument.Versioned> of(UUID ticketId) {
        return tickets.find(ticketId).map(ticket -> versioned(ticket, messages.allOf(ticket.id())));
    }

    /** The documents of a page of the tenant's tickets in id order after {@code after} (null: from the start). */
    List<TicketDocument.Versioned> page(@Nullable UUID after, int limit) {
        List<Ticket> page = tickets.inIdOrder(after, limit);
        Map<UUID, List<Message>> conversations = messages.allOf(page.stream().map(Ticket::id).toList());
        return page.stream().map(ticket -> versioned(ticket, conversations.getOrDefault(ticket.id(), List.of()))).toList();
    }

    private static TicketDocument.Versioned versioned(Ticket ticket, List<Message> conversation) {
        TicketDocument document = new TicketDocument(TenantContext.require().slug(), ticket.id().toString(), ticket.number(), ticket.reference(),
                ticket.subject(), RichText.plainText(ticket.description()), texts(conversation, Message.Visibility.PUBLIC),
                texts(conversation, Message.Visibility.INTERNAL), ticket.status().name(), ticket.priority().name(), ticket.categoryId().toString(),
                ticket.assigneeId(), ticket.requesterId(), ticket.requesterType().name(), ticket.tags(), ticket.createdAt().toInstant(),
                ticket.updatedAt().toInstant());
        return new TicketDocument.Versioned(document, ticket.revision());
    }

    private static List<String> texts(List<Message> conversation, Message.Visibility visibility) {
        return conversation.stream().filter(m -> m.visibility() == visibility).map(m -> RichText.plainText(m.body())).toList();
    }
}
