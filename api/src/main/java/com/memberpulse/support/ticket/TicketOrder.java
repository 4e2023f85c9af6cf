package com.memberpulse.support.ticket;

/** The queue's order; ties are broken by the ticket id, so pagination never skips or repeats a ticket. */
public record TicketOrder(Field field, Direction direction) {

    public static final TicketOrder NEWEST_FIRST = new TicketOrder(Field.CREATED_AT, Direction.DESC);

    /** The order of a search when none is asked for: best match first. */
    public static final TicketOrder BEST_MATCH_FIRST = new TicketOrder(Field.RELEVANCE, Direction.DESC);

    public enum Field { CREATED_AT, UPDATED_AT, PRIORITY, SLA_DUE, RELEVANCE }

    public enum Direction { ASC, DESC }
}
