package com.memberpulse.support.ticket;

import com.memberpulse.support.common.error.SupportException;
import com.memberpulse.support.ticket.internal.QueueQuery;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** Turns the GraphQL filter and order into the query the mapper runs, refusing contradictions on their field. */
final class QueueQueries {

    private QueueQueries() {
    }

    static QueueQuery of(TicketFilter filter, TicketOrder order, String callerId, String requesterId, OffsetDateTime now, int limit) {
        TicketFilter f = filter != null ? filter : new TicketFilter(null, null, null, null, null, null, null, null, null, null);
        TicketOrder o = order != null ? order : TicketOrder.NEWEST_FIRST;
        checkRange(f.createdFrom(), f.createdTo(), "filter.createdTo");
        checkRange(f.updatedFrom(), f.updatedTo(), "filter.updatedTo");
        List<String> assignees = new ArrayList<>();
        boolean unassigned = false;
        if (f.assignee() != null) {
            if (f.assignee().ids() != null) {
                assignees.addAll(f.assignee().ids());
            }
            if (Boolean.TRUE.equals(f.assignee().me())) {
                assignees.add(callerId);
            }
            unassigned = Boolean.TRUE.equals(f.assignee().unassigned());
        }
        return new QueueQuery(
                sortedNames(f.status(), Enum::name),
                sortedNames(f.priority(), Enum::name),
                sortedNames(f.categoryId(), Object::toString),
                assignees.isEmpty() ? null : assignees.stream().distinct().sorted().toArray(String[]::new),
                unassigned,
                f.requesterType() == null ? null : f.requesterType().name(),
                requesterId,
                f.createdFrom(), f.createdTo(), f.updatedFrom(), f.updatedTo(),
                sortedNames(f.slaState(), Function.identity()), now,
                QueueQuery.OrderKey.valueOf(o.field().name()),
                o.direction() != TicketOrder.Direction.ASC,
                null,
                limit);
    }

    private static <T> String[] sortedNames(List<T> values, Function<T, String> name) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        return values.stream().filter(Objects::nonNull).map(name).distinct().sorted().toArray(String[]::new);
    }

    private static void checkRange(OffsetDateTime from, OffsetDateTime to, String field) {
        if (from != null && to != null && !to.isAfter(from)) {
            throw SupportException.validation(field, "The end of a date range must be after its start.");
        }
    }
}
