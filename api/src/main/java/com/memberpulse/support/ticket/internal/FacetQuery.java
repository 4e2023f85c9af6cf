package com.memberpulse.support.ticket.internal;

/** The counts of one dimension of a queue (see {@link TicketQueueSql#facet}). */
public record FacetQuery(QueueQuery query, QueueQuery.Dimension dimension) {

    /** The most values a dimension lists. */
    public static final int LIMIT = 50;

    /** One value and how many tickets have it (null value: unassigned). */
    public record Count(String value, long count) {
    }
}
