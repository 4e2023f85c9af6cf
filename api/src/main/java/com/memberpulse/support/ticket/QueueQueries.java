package com.memberpulse.support.ticket;

import com.memberpulse.support.common.error.SupportException;
import com.memberpulse.support.common.text.TextInput;
import com.memberpulse.support.ticket.internal.QueueQuery;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Turns the GraphQL filter and order into the query the mapper runs, refusing contradictions on their field. */
final class QueueQueries {

    static final int MIN_SEARCH = 2;
    static final int MAX_SEARCH = 200;
    /** A ticket's number is a search at any length ({@code 7}). */
    private static final java.util.regex.Pattern TICKET_NUMBER = java.util.regex.Pattern.compile("#?\\d+");

    private QueueQueries() {
    }

    static QueueQuery of(TicketFilter filter, TicketOrder order, String callerId, String requesterId, OffsetDateTime now, int limit) {
        TicketFilter f = filter != null ? filter : TicketFilter.ofStatus(null);
        String search = words(f.search());
        if (order != null && order.field() == TicketOrder.Field.RELEVANCE && search == null) {
            throw SupportException.validation("orderBy", "Order by relevance only with a search (filter.search).");
        }
        TicketOrder o = order != null ? order : search != null ? TicketOrder.BEST_MATCH_FIRST : TicketOrder.NEWEST_FIRST;
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
                sortedNames(f.slaState(), Function.identity()),
                f.tag() == null || f.tag().isEmpty() ? null : TicketTags.normalised(f.tag(), "filter.tag").toArray(String[]::new),
                now,
                search, null,
                QueueQuery.OrderKey.valueOf(o.field().name()),
                o.direction() != TicketOrder.Direction.ASC,
                null,
                limit);
    }

    /** The query as the search index reads it (its SLA state part aside: clocks are not indexed). */
    static TicketSearch.Query searchQuery(QueueQuery q) {
        return new TicketSearch.Query(q.search(), q.requesterId(), list(q.statuses()), list(q.priorities()), list(q.categoryIds()),
                list(q.assigneeIds()), q.unassigned(), q.requesterType(), q.createdFrom(), q.createdTo(), q.updatedFrom(), q.updatedTo(),
                list(q.tags()));
    }

    /** The words of a search as typed (one line, 2 to 200 characters); none for a missing or blank one. */
    private static @Nullable String words(@Nullable String raw) {
        if (raw == null || TextInput.isBlank(raw)) {
            return null;
        }
        String words = TextInput.line(raw, "filter.search", MAX_SEARCH, "A search");
        if (words.codePointCount(0, words.length()) < MIN_SEARCH && !TICKET_NUMBER.matcher(words).matches()) {
            throw SupportException.validation("filter.search", "Search for at least " + MIN_SEARCH + " characters.");
        }
        return words;
    }

    private static List<String> list(String @Nullable [] values) {
        return values == null ? List.of() : Arrays.asList(values);
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
