package com.memberpulse.support.ticket;

/**
 * A ticket as a live subscriber is sent it after a change: as the subscriber may see it, and whether it matches the
 * subscriber's filter now (false: the change took it out of the filter, which it matched before).
 */
public record WatchedTicket(Ticket ticket, boolean matchesFilter) {
}
