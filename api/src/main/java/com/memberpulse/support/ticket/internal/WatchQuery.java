package com.memberpulse.support.ticket.internal;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Whether one ticket matches a queue's filter now, and whether it did before a change of one column.
 *
 * @param changedColumn the column the change set ({@code status}, {@code priority}, {@code category_id},
 *                      {@code assignee_id}), or null when no column changed (before is then now)
 * @param previousValue that column's value before the change (null: none, e.g. unassigned)
 */
public record WatchQuery(QueueQuery query, UUID ticketId, @Nullable String changedColumn, @Nullable String previousValue) {

    /** The two answers. */
    public record Match(boolean matchesNow, boolean matchedBefore) {
    }
}
