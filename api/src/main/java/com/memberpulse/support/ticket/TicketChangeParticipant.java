package com.memberpulse.support.ticket;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Work another feature must do in the transaction of every saved ticket change, so that what it derives from the
 * ticket commits or rolls back with it (the SLA clocks: their due times are what the queue filters and sorts by, and
 * what the escalation sweep acts on). The ticket store calls each participant after writing the row, history and
 * events of a change, and writes the history entries it returns.
 */
public interface TicketChangeParticipant {

    /** Derives what follows from {@code change}, made at {@code at}; returns history entries to add (often none). */
    List<HistoryEntry> changed(TicketChange change, OffsetDateTime at);
}
