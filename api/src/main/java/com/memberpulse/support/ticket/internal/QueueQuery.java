package com.memberpulse.support.ticket.internal;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One page of tickets: the filter (null or empty parts match everything), the order and the keyset position
 * to continue after. Arrays, because MyBatis binds them as SQL arrays for {@code = any(...)}.
 *
 * @param requesterId only this requester's tickets (a requester's own list), or null for the staff queue
 * @param assigneeIds tickets held by one of these agents ...
 * @param unassigned  ... or by nobody, when true
 * @param slaStates   tickets whose deciding SLA clock is in one of these states (the SLA feature's {@code sla_clock}
 *                    table, read here as the queue's contract with it)
 * @param now         the instant SLA states are judged at
 */
public record QueueQuery(
        String[] statuses,
        String[] priorities,
        String[] categoryIds,
        String[] assigneeIds,
        boolean unassigned,
        String requesterType,
        String requesterId,
        OffsetDateTime createdFrom,
        OffsetDateTime createdTo,
        OffsetDateTime updatedFrom,
        OffsetDateTime updatedTo,
        String[] slaStates,
        OffsetDateTime now,
        OrderKey order,
        boolean descending,
        Keyset after,
        int limit) {

    /** The columns a page is ordered by, always ending with the id so that every position is unique. */
    public enum OrderKey { CREATED_AT, UPDATED_AT, PRIORITY, SLA_DUE }

    /** The position of the last ticket of the previous page. {@code rank} is used by the PRIORITY order only. */
    public record Keyset(OffsetDateTime time, Integer rank, UUID id) {
    }

    /** The same query, continuing after {@code position}. */
    public QueueQuery after(Keyset position) {
        return new QueueQuery(statuses, priorities, categoryIds, assigneeIds, unassigned, requesterType, requesterId,
                createdFrom, createdTo, updatedFrom, updatedTo, slaStates, now, order, descending, position, limit);
    }

    /** Everything that decides which tickets match and in what order, as text: what a cursor is bound to. */
    public String describe() {
        return String.join("|", join(statuses), join(priorities), join(categoryIds), join(assigneeIds),
                String.valueOf(unassigned), String.valueOf(requesterType), String.valueOf(requesterId),
                String.valueOf(createdFrom), String.valueOf(createdTo), String.valueOf(updatedFrom), String.valueOf(updatedTo),
                join(slaStates), order.name(), descending ? "desc" : "asc");
    }

    private static String join(String[] values) {
        return values == null ? "-" : String.join(",", values);
    }

    /** Whether the ticket's deciding SLA clock is read (its state filtered on, or its due time ordered by). */
    public boolean readsSla() {
        return order == OrderKey.SLA_DUE || (slaStates != null && slaStates.length > 0);
    }

    public boolean hasAssigneeFilter() {
        return unassigned || (assigneeIds != null && assigneeIds.length > 0);
    }
}
