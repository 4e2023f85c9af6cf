package com.memberpulse.support.ticket;

/** Where a ticket stands: {@code OPEN → IN_PROGRESS → WAITING (on the member) → RESOLVED → CLOSED}. */
public enum TicketStatus {
    OPEN, IN_PROGRESS, WAITING, RESOLVED, CLOSED
}
