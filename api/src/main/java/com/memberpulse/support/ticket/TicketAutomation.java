package com.memberpulse.support.ticket;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Changes made by the service's own rules rather than by a person (the SLA's escalations and auto-close) and what
 * such work reads and notes (the notifications). Each change locks
 * the ticket, goes through {@link Ticket} and is saved like any other change (history with the rule or the system as
 * actor, events), in the caller's transaction. A ticket that has moved on meanwhile is left as it is.
 */
public interface TicketAutomation {

    /**
     * Locks the ticket until the caller's transaction ends, unless someone is changing it right now (then empty, and
     * the caller tries later): automatic work takes the ticket first, as every change does, so it never deadlocks one.
     */
    Optional<Ticket> lockIfFree(UUID ticketId);

    /** The ticket as stored, without locking it (to tell someone about it); empty if there is none. */
    Optional<Ticket> find(UUID ticketId);

    /**
     * The tenant's tickets as stored, a page at a time in id order after {@code after} (null: from the start): to copy
     * them elsewhere (the search index).
     */
    List<Ticket> inIdOrder(@Nullable UUID after, int limit);

    /** The tenant's tickets' revisions, a page at a time in id order after {@code after}: to compare a copy with them. */
    List<Revision> revisionsInIdOrder(@Nullable UUID after, int limit);

    /** A ticket's id and revision (see {@link Ticket}). */
    record Revision(UUID id, long revision) {
    }

    /** The ticket's history, oldest first (to replay it: SLA clocks for tickets raised before SLA tracking began). */
    List<HistoryEntry> history(UUID ticketId);

    /** Adds an entry to the ticket's history (e.g. an SLA warning, by the policy as a rule). */
    void note(UUID ticketId, Actor actor, HistoryEntry.Field field, String value, String note);

    /** Raises an open ticket's priority one step, as {@code rule}; false if it was HIGH already, or closed. */
    boolean raisePriority(UUID ticketId, Actor rule, String note);

    /** Hands an open ticket to {@code agent} as {@code rule}; false if it is closed or already theirs. */
    boolean reassign(UUID ticketId, Assignee agent, Actor rule, String note);

    /** Closes a ticket that is RESOLVED since {@code resolvedBy} at the latest, as the system; false otherwise. */
    boolean closeResolved(UUID ticketId, OffsetDateTime resolvedBy, String note);
}
