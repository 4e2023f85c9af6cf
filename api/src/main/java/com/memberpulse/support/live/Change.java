package com.memberpulse.support.live;

import com.memberpulse.support.events.DomainEvent;
import com.memberpulse.support.message.Message;
import com.memberpulse.support.message.MessageAdded;
import com.memberpulse.support.sla.SlaEvents;
import com.memberpulse.support.ticket.TicketEvent;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A recorded event that live subscribers may be sent, read from the backbone: which ticket, what kind of update, the
 * ticket change itself when it set a column a filter can name (to tell whether the ticket matched before), and whether
 * only staff may know of it (an internal note). Events of no interest to a screen (assignment's bookkeeping, the first
 * response, which comes with its message) are none.
 */
record Change(UUID ticketId, TicketUpdate.Kind kind, @Nullable TicketEvent ticketChange, boolean staffOnly, OffsetDateTime occurredAt) {

    static Optional<Change> of(DomainEvent event) {
        UUID ticket = event.ticketId();
        if (ticket == null) {
            return Optional.empty();
        }
        OffsetDateTime at = OffsetDateTime.ofInstant(event.recordedAt(), ZoneOffset.UTC);
        return Optional.ofNullable(switch (event.type()) {
            case TicketEvent.Created.TYPE -> new Change(ticket, TicketUpdate.Kind.CREATED, null, false, at);
            case TicketEvent.StatusChanged.TYPE -> changed(ticket, event.payload(TicketEvent.StatusChanged.class), at);
            case TicketEvent.PriorityChanged.TYPE -> changed(ticket, event.payload(TicketEvent.PriorityChanged.class), at);
            case TicketEvent.CategoryChanged.TYPE -> changed(ticket, event.payload(TicketEvent.CategoryChanged.class), at);
            case TicketEvent.AssigneeChanged.TYPE -> changed(ticket, event.payload(TicketEvent.AssigneeChanged.class), at);
            case TicketEvent.FollowUpOpened.TYPE -> new Change(ticket, TicketUpdate.Kind.CHANGED, null, false, at);
            // Tags are staff's; a tag filter is judged on the ticket as it is now.
            case TicketEvent.TagsChanged.TYPE -> new Change(ticket, TicketUpdate.Kind.CHANGED, null, true, at);
            case MessageAdded.TYPE -> new Change(ticket, TicketUpdate.Kind.MESSAGE_ADDED, null,
                    event.payload(MessageAdded.class).visibility() != Message.Visibility.PUBLIC, at);
            // A clock turned AT_RISK or BREACHED: the queue's badges and the ticket view move with it (staff see SLA).
            case SlaEvents.WARNING, SlaEvents.BREACHED -> new Change(ticket, TicketUpdate.Kind.CHANGED, null, true, at);
            default -> null;
        });
    }

    private static Change changed(UUID ticket, TicketEvent change, OffsetDateTime at) {
        return new Change(ticket, TicketUpdate.Kind.CHANGED, change, false, at);
    }
}
