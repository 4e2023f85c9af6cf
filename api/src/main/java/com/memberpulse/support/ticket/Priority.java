package com.memberpulse.support.ticket;

/**
 * How urgent a ticket is. The rank orders the queue (higher first when descending) and is what an open ticket weighs
 * on its holder's load. SQL has the same weights once, as the tenant schema's {@code ticket_load_weight(priority)}
 * function (used by the queue's {@code priority_rank} column and the load trigger; a test checks that both agree).
 */
public enum Priority {
    LOW(1), MEDIUM(2), HIGH(3);

    private final int rank;

    Priority(int rank) {
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }

    /** One step up (what an SLA escalation raises it to); HIGH stays HIGH. */
    public Priority higher() {
        return this == LOW ? MEDIUM : HIGH;
    }
}
