package com.memberpulse.support.ticket;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The queue's filter: every part that is set must match (lists match any of their values). Date ranges are [from, to).
 * {@code search} are words to find in the search index; the rest is decided in PostgreSQL.
 */
public record TicketFilter(List<TicketStatus> status, List<Priority> priority, List<UUID> categoryId, AssigneeFilter assignee,
                           RequesterType requesterType, OffsetDateTime createdFrom, OffsetDateTime createdTo,
                           OffsetDateTime updatedFrom, OffsetDateTime updatedTo, List<String> slaState, List<String> tag,
                           String search) {

    /** Only these statuses (a requester's own list). */
    static TicketFilter ofStatus(List<TicketStatus> status) {
        return new TicketFilter(status, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The same filter with {@code search} as its words. */
    TicketFilter searching(String words) {
        return new TicketFilter(status, priority, categoryId, assignee, requesterType, createdFrom, createdTo, updatedFrom, updatedTo, slaState,
                tag, words);
    }

    /** Tickets held by any of these agents, by nobody, or by the caller: the parts that are set are alternatives. */
    public record AssigneeFilter(List<String> ids, Boolean unassigned, Boolean me) {
    }
}
