package com.memberpulse.support.ticket;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the ticket feature announces through the event log ({@link com.memberpulse.support.events.EventLog}), in
 * the transaction of the change; the event's envelope names the tenant and the ticket. Facts (created, status
 * changed, ...) come with the consequences the ticket decided (it needs an agent, an agent's load went down), so a
 * consumer never re-derives the ticket's rules. Type names are stable: stored events and consumers rely on them.
 */
public sealed interface TicketEvent {

    /** The event's type in the log, e.g. {@code ticket.status-changed}. */
    default String type() {
        return switch (this) {
            case Created created -> Created.TYPE;
            case StatusChanged changed -> StatusChanged.TYPE;
            case PriorityChanged changed -> PriorityChanged.TYPE;
            case CategoryChanged changed -> CategoryChanged.TYPE;
            case AssigneeChanged changed -> AssigneeChanged.TYPE;
            case FirstResponded responded -> FirstResponded.TYPE;
            case FollowUpOpened opened -> FollowUpOpened.TYPE;
            case NeedsAssignee needs -> NeedsAssignee.TYPE;
            case LoadReleased released -> LoadReleased.TYPE;
            case TagsChanged changed -> TagsChanged.TYPE;
        };
    }

    /** A ticket was raised (a follow-up names the closed ticket it follows). */
    record Created(long number, TicketStatus status, Priority priority, UUID categoryId, RequesterType requesterType,
                   @Nullable UUID followUpOf) implements TicketEvent {
        public static final String TYPE = "ticket.created";
    }

    record StatusChanged(TicketStatus from, TicketStatus to) implements TicketEvent {
        public static final String TYPE = "ticket.status-changed";
    }

    /** A new priority; {@code byEscalation} when an SLA escalation raised it (the clocks keep their due times then). */
    record PriorityChanged(Priority from, Priority to, boolean byEscalation) implements TicketEvent {
        public static final String TYPE = "ticket.priority-changed";
    }

    record CategoryChanged(UUID from, UUID to) implements TicketEvent {
        public static final String TYPE = "ticket.category-changed";
    }

    /** The ticket went from one holder to another; null is nobody. */
    record AssigneeChanged(@Nullable String from, @Nullable String to) implements TicketEvent {
        public static final String TYPE = "ticket.assignee-changed";
    }

    /** The first public staff reply was written (it stops the first-response clock). */
    record FirstResponded(OffsetDateTime at) implements TicketEvent {
        public static final String TYPE = "ticket.first-responded";
    }

    /** The requester wrote on this closed ticket, which opened {@code followUpId}. */
    record FollowUpOpened(UUID followUpId) implements TicketEvent {
        public static final String TYPE = "ticket.follow-up-opened";
    }

    /**
     * Consequence: an open ticket nobody holds wants an agent (raised, recategorised, reprioritised, or handed back to
     * automatic assignment). {@code ticketCreatedAt} orders the tickets waiting for one.
     */
    record NeedsAssignee(OffsetDateTime ticketCreatedAt) implements TicketEvent {
        public static final String TYPE = "ticket.needs-assignee";
    }

    /** Consequence: an agent's open load went down (their ticket was resolved, closed, lowered or taken from them). */
    record LoadReleased(String agentId) implements TicketEvent {
        public static final String TYPE = "ticket.load-released";
    }

    /** Staff added and removed tags (normalised, as stored). */
    record TagsChanged(List<String> added, List<String> removed) implements TicketEvent {
        public static final String TYPE = "ticket.tags-changed";
    }
}
