package com.memberpulse.support.ticket;

/** Where a ticket stands: {@code OPEN → IN_PROGRESS → WAITING (on the member) → RESOLVED → CLOSED}. */
public enum TicketStatus {
    OPEN, IN_PROGRESS, WAITING, RESOLVED, CLOSED;

    /**
     * Whether a ticket in this status is still work to do: it counts towards its holder's load (and capacity) and can
     * be assigned automatically. RESOLVED and CLOSED tickets are not. SQL has the same rule once, as the tenant
     * schema's {@code ticket_is_open(status)} function (a test checks that both agree).
     */
    public boolean isOpen() {
        return switch (this) {
            case OPEN, IN_PROGRESS, WAITING -> true;
            case RESOLVED, CLOSED -> false;
        };
    }
}
