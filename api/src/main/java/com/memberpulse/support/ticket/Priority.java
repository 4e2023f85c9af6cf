package com.memberpulse.support.ticket;

/** How urgent a ticket is. The rank orders the queue (higher first when descending). */
public enum Priority {
    LOW(1), MEDIUM(2), HIGH(3);

    private final int rank;

    Priority(int rank) {
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }
}
