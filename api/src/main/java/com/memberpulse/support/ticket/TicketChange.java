package com.memberpulse.support.ticket;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one change of a ticket amounts to, decided in plain Java by {@link Ticket}: the ticket after it (null
 * {@code before} for a new ticket), the history entries it writes and the events it announces. The ticket store saves
 * it as it is: the row (if it changed; refused with CONFLICT if {@code before}'s version is no longer the stored one),
 * the entries and the events, in one transaction. A new consequence of a change (an SLA clock, say) is one more
 * event or field decided here.
 */
public record TicketChange(@Nullable Ticket before, Ticket after, List<HistoryEntry> history, List<TicketEvent> events) {

    public TicketChange {
        history = List.copyOf(history);
        events = List.copyOf(events);
    }

    /** Nothing happens: the ticket stays as it is. */
    static TicketChange none(Ticket ticket) {
        return new TicketChange(ticket, ticket, List.of(), List.of());
    }

    /** Whether the stored row changes (as opposed to history or events only). */
    public boolean changesRow() {
        return before == null || !before.equals(after);
    }

    /** Whether nothing at all is written. */
    public boolean isNone() {
        return !changesRow() && history.isEmpty() && events.isEmpty();
    }

    /** The same change announcing one more event. */
    TicketChange and(TicketEvent event) {
        List<TicketEvent> more = new ArrayList<>(events);
        more.add(event);
        return new TicketChange(before, after, history, more);
    }
}
