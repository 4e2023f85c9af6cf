package com.memberpulse.support.search;

import com.memberpulse.support.ticket.TicketSearch;
import com.memberpulse.support.ticket.internal.QueueQuery;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A search of the mix: its words and the filter beside them (null or empty parts are left out). */
record SearchCase(String label, @Nullable String words, List<String> statuses, List<String> priorities, List<String> categoryIds,
                  List<String> assigneeIds, @Nullable String requesterType, List<String> tags) {

    static SearchCase words(String label, String words) {
        return new SearchCase(label, words, List.of(), List.of(), List.of(), List.of(), null, List.of());
    }

    Map<String, Object> filter() {
        Map<String, Object> filter = new LinkedHashMap<>();
        if (words != null) {
            filter.put("search", words);
        }
        put(filter, "status", statuses);
        put(filter, "priority", priorities);
        put(filter, "categoryId", categoryIds);
        put(filter, "tag", tags);
        if (!assigneeIds.isEmpty()) {
            filter.put("assignee", Map.of("ids", assigneeIds));
        }
        if (requesterType != null) {
            filter.put("requesterType", requesterType);
        }
        return filter;
    }

    TicketSearch.Query query() {
        return new TicketSearch.Query(words, null, statuses, priorities, categoryIds, assigneeIds, false, requesterType, null, null, null,
                null, tags);
    }

    /** The queue's own query (as {@code QueueQueries} makes it), newest first or, with words, best match first. */
    QueueQuery queueQuery(int limit) {
        return new QueueQuery(array(statuses), array(priorities), array(categoryIds), array(assigneeIds), false, requesterType, null,
                null, null, null, null, null, array(tags), OffsetDateTime.now(ZoneOffset.UTC), words, null,
                words == null ? QueueQuery.OrderKey.CREATED_AT : QueueQuery.OrderKey.RELEVANCE, true, null, limit);
    }

    private static String @Nullable [] array(List<String> values) {
        return values.isEmpty() ? null : values.stream().sorted().toArray(String[]::new);
    }

    private static void put(Map<String, Object> filter, String name, List<String> values) {
        if (!values.isEmpty()) {
            filter.put(name, values);
        }
    }
}
