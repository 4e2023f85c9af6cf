package com.memberpulse.support.live;

import com.memberpulse.support.ticket.Ticket;
import java.time.OffsetDateTime;

/** One change to a ticket as a subscriber is sent it (GraphQL type {@code TicketUpdate}). */
record TicketUpdate(Kind kind, Ticket ticket, boolean matchesFilter, OffsetDateTime occurredAt) {

    /** GraphQL enum {@code TicketUpdateKind}. */
    enum Kind { CREATED, CHANGED, MESSAGE_ADDED }
}
