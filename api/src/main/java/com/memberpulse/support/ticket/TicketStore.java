package com.memberpulse.support.ticket;

import com.memberpulse.support.common.persistence.VersionedWrites;
import com.memberpulse.support.events.DomainEvent;
import com.memberpulse.support.events.EventLog;
import com.memberpulse.support.ticket.internal.TicketMapper;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Loads tickets for a change and saves what {@link Ticket} decided: the row, its history entries and its events, in
 * the caller's transaction, then lets the {@link TicketChangeParticipant}s derive theirs. The one place a ticket is
 * written.
 */
@Component
class TicketStore {

    private final TicketMapper tickets;
    private final EventLog events;
    private final ObjectProvider<TicketChangeParticipant> participants;
    private final Clock clock;

    // Participants come lazily: they read other features, which may change tickets through this store themselves.
    TicketStore(TicketMapper tickets, EventLog events, ObjectProvider<TicketChangeParticipant> participants, Clock clock) {
        this.tickets = tickets;
        this.events = events;
        this.participants = participants;
        this.clock = clock;
    }

    /** Now, as the database stores time (microseconds). */
    OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    long nextNumber() {
        return tickets.nextNumber();
    }

    /** The follow-up a requester's next reply on closed ticket {@code id} goes to, locked (see the mapper); null if none. */
    Ticket lockFollowUpOf(UUID id) {
        return tickets.lockFollowUpOf(id);
    }

    /** Writes the change; CONFLICT if the ticket was changed since it was read. Returns the events it recorded. */
    List<DomainEvent> save(TicketChange change) {
        Ticket after = change.after();
        if (change.before() == null) {
            tickets.insert(after);
        } else if (change.changesRow()) {
            VersionedWrites.requireApplied(tickets.update(after, change.before().version()),
                    "The ticket was changed by someone else. Reload it and try again.");
        }
        OffsetDateTime at = now();
        change.history().forEach(entry -> tickets.insertHistory(entry.at(at)));
        List<DomainEvent> recorded = change.events().stream().map(event -> events.append(after.id(), event.type(), event)).toList();
        participants.orderedStream().forEach(participant -> participant.changed(change, at).forEach(entry -> tickets.insertHistory(entry.at(at))));
        return recorded;
    }
}
