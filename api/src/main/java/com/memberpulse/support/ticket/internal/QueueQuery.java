package com.memberpulse.support.ticket.internal;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One page of tickets: the filter (null or empty parts match everything), the order and the keyset position
 * to continue after. Arrays, because MyBatis binds them as SQL arrays for {@code = any(...)}.
 *
 * @param requesterId only this requester's tickets (a requester's own list), or null for the staff queue
 * @param assigneeIds tickets held by one of these agents ...
 * @param unassigned  ... or by nobody, when true
 * @param slaStates   tickets whose deciding SLA clock is in one of these states (the SLA feature's {@code sla_clock}
 *                    table, read here as the queue's contract with it)
 * @param tags        tickets with any of these tags
 * @param now         the instant SLA states are judged at
 * @param search      the words searched for (null: no search); part of what a cursor is bound to
 * @param matches     with a search, the tickets the search index matched, best first: only these are read, and
 *                    RELEVANCE orders by their place in this list
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
        String[] tags,
        OffsetDateTime now,
        @Nullable String search,
        UUID @Nullable [] matches,
        OrderKey order,
        boolean descending,
        Keyset after,
        int limit) {

    /** The columns a page is ordered by, always ending with the id so that every position is unique. */
    public enum OrderKey { CREATED_AT, UPDATED_AT, PRIORITY, SLA_DUE, RELEVANCE }

    /** The dimensions the queue is counted by (facets). */
    public enum Dimension { STATUS, PRIORITY, CATEGORY, ASSIGNEE, TAG }

    /**
     * The position of the last ticket of the previous page. {@code rank} is used by the PRIORITY order (the priority's
     * rank) and the RELEVANCE order (the place among the matches) only.
     */
    public record Keyset(OffsetDateTime time, Integer rank, UUID id) {
    }

    /** The same query, continuing after {@code position}. */
    public QueueQuery after(Keyset position) {
        return new QueueQuery(statuses, priorities, categoryIds, assigneeIds, unassigned, requesterType, requesterId, createdFrom, createdTo,
                updatedFrom, updatedTo, slaStates, tags, now, search, matches, order, descending, position, limit);
    }

    /** The same query among the tickets a search matched, best first. */
    public QueueQuery among(UUID[] matched) {
        return new QueueQuery(statuses, priorities, categoryIds, assigneeIds, unassigned, requesterType, requesterId, createdFrom, createdTo,
                updatedFrom, updatedTo, slaStates, tags, now, search, matched, order, descending, after, limit);
    }

    /** The same filter without its part on {@code dimension}: what that dimension's counts are taken under. */
    public QueueQuery without(Dimension dimension) {
        return new QueueQuery(
                dimension == Dimension.STATUS ? null : statuses,
                dimension == Dimension.PRIORITY ? null : priorities,
                dimension == Dimension.CATEGORY ? null : categoryIds,
                dimension == Dimension.ASSIGNEE ? null : assigneeIds,
                dimension != Dimension.ASSIGNEE && unassigned,
                requesterType, requesterId, createdFrom, createdTo, updatedFrom, updatedTo, slaStates,
                dimension == Dimension.TAG ? null : tags,
                now, search, matches, order, descending, null, limit);
    }

    /** Everything that decides which tickets match and in what order, as text: what a cursor is bound to. */
    public String describe() {
        return String.join("|", join(statuses), join(priorities), join(categoryIds), join(assigneeIds),
                String.valueOf(unassigned), String.valueOf(requesterType), String.valueOf(requesterId),
                String.valueOf(createdFrom), String.valueOf(createdTo), String.valueOf(updatedFrom), String.valueOf(updatedTo),
                join(slaStates), join(tags), search == null ? "-" : "search:" + search, order.name(), descending ? "desc" : "asc");
    }

    private static String join(String[] values) {
        return values == null ? "-" : String.join(",", values);
    }

    /** Whether the ticket's deciding SLA clock is read (its state filtered on, or its due time ordered by). */
    public boolean readsSla() {
        return order == OrderKey.SLA_DUE || (slaStates != null && slaStates.length > 0);
    }

    /** Whether only the tickets a search matched are read. */
    public boolean readsMatches() {
        return matches != null;
    }

    public boolean hasAssigneeFilter() {
        return unassigned || (assigneeIds != null && assigneeIds.length > 0);
    }
}
