package com.memberpulse.support.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Highlight;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.util.NamedValue;
import com.memberpulse.support.ticket.TicketSearch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The queue's searches as Elasticsearch queries, in plain Java (no client calls): the words over the ticket's texts,
 * the filter as term and range clauses, the facets as one filtered {@code terms} aggregation per dimension. Mirrors the
 * queue's SQL filter ({@code TicketQueueSql}); {@code SearchQueueTest} checks that both count the same.
 */
final class SearchRequests {

    /** The dimensions counted, by aggregation name, with the field each counts. */
    static final Map<String, String> DIMENSIONS = dimensions();
    static final String UNASSIGNED = "unassigned";
    private static final int FACET_SIZE = 50;
    private static final List<String> STAFF_FIELDS = List.of("reference^10", "subject^3", "description", "replies", "notes");
    private static final List<String> STAFF_EXACT_FIELDS = List.of("subject.exact^2", "description.exact", "replies.exact", "notes.exact");

    private SearchRequests() {
    }

    private static Map<String, String> dimensions() {
        Map<String, String> dimensions = new LinkedHashMap<>();
        dimensions.put("status", "status");
        dimensions.put("priority", "priority");
        dimensions.put("category", "categoryId");
        dimensions.put("assignee", "assigneeId");
        dimensions.put("tag", "tags");
        return dimensions;
    }

    /**
     * The words (every one must match in some field; English forms and accents folded; a quoted phrase as a phrase) plus a
     * bonus for matching them as written; the filter as non-scoring clauses. Members' searches never look at notes.
     */
    static Query matching(TicketSearch.Query query) {
        return Query.of(q -> q.bool(b -> {
            words(query).ifPresent(words -> b.must(words).should(exactWords(query)));
            return b.filter(filters(query, null));
        }));
    }

    /** The words only (facets filter per dimension, see {@link #facets}). */
    static Query wordsOnly(TicketSearch.Query query) {
        return words(query).orElseGet(() -> Query.of(q -> q.matchAll(all -> all)));
    }

    private static Optional<Query> words(TicketSearch.Query query) {
        if (query.words() == null) {
            return Optional.empty();
        }
        return Optional.of(Query.of(q -> q.simpleQueryString(s -> s.query(query.words()).fields(fields(STAFF_FIELDS, query))
                .defaultOperator(Operator.And))));
    }

    private static Query exactWords(TicketSearch.Query query) {
        return Query.of(q -> q.simpleQueryString(s -> s.query(query.words()).fields(fields(STAFF_EXACT_FIELDS, query))
                .defaultOperator(Operator.And)));
    }

    private static List<String> fields(List<String> staffFields, TicketSearch.Query query) {
        return query.includesNotes() ? staffFields : staffFields.stream().filter(field -> !field.startsWith("notes")).toList();
    }

    /**
     * The filter's clauses; {@code except} names a dimension (of {@link #DIMENSIONS}) whose own part is left out. The
     * requester's scope is never left out.
     */
    static List<Query> filters(TicketSearch.Query query, @Nullable String except) {
        List<Query> filters = new ArrayList<>();
        if (query.requesterId() != null) {
            filters.add(term("requesterId", query.requesterId()));
        }
        addTerms(filters, except, "status", query.statuses());
        addTerms(filters, except, "priority", query.priorities());
        addTerms(filters, except, "category", query.categoryIds());
        addTerms(filters, except, "tag", query.tags());
        if (!"assignee".equals(except) && (query.unassigned() || !query.assigneeIds().isEmpty())) {
            filters.add(Query.of(q -> q.bool(b -> {
                if (!query.assigneeIds().isEmpty()) {
                    b.should(terms("assigneeId", query.assigneeIds()));
                }
                if (query.unassigned()) {
                    b.should(s -> s.bool(none -> none.mustNot(m -> m.exists(e -> e.field("assigneeId")))));
                }
                return b.minimumShouldMatch("1");
            })));
        }
        if (query.requesterType() != null) {
            filters.add(term("requesterType", query.requesterType()));
        }
        range(filters, "createdAt", query.createdFrom(), query.createdTo());
        range(filters, "updatedAt", query.updatedFrom(), query.updatedTo());
        return filters;
    }

    /**
     * One {@code filter} aggregation per dimension (the filter without its own part) around a {@code terms} aggregation
     * of its field, and for the assignee a {@code missing} one (unassigned tickets).
     */
    static Map<String, Aggregation> facets(TicketSearch.Query query) {
        Map<String, Aggregation> aggregations = new LinkedHashMap<>();
        DIMENSIONS.forEach((name, field) -> aggregations.put(name, Aggregation.of(a -> {
            Aggregation.Builder.ContainerBuilder filtered = a.filter(f -> f.bool(b -> b.filter(filters(query, name))))
                    .aggregations("values", v -> v.terms(t -> t.field(field).size(FACET_SIZE)));
            return name.equals("assignee") ? filtered.aggregations(UNASSIGNED, m -> m.missing(missing -> missing.field(field))) : filtered;
        })));
        return aggregations;
    }

    /** Where the words matched: HTML-escaped passages with the words in {@code <mark>}; subjects whole. */
    static Highlight highlight(TicketSearch.Query query) {
        return Highlight.of(h -> {
            h.encoder(HighlighterEncoder.Html).preTags("<mark>").postTags("</mark>").requireFieldMatch(false);
            List<NamedValue<HighlightField>> fields = new ArrayList<>();
            fields.add(NamedValue.of("reference", HighlightField.of(f -> f.numberOfFragments(0))));
            fields.add(NamedValue.of("subject", HighlightField.of(f -> f.numberOfFragments(0))));
            for (String field : query.includesNotes() ? List.of("description", "replies", "notes") : List.of("description", "replies")) {
                fields.add(NamedValue.of(field, HighlightField.of(f -> f.fragmentSize(150).numberOfFragments(3))));
            }
            return h.fields(fields);
        });
    }

    private static void addTerms(List<Query> filters, @Nullable String except, String dimension, List<String> values) {
        if (!dimension.equals(except) && !values.isEmpty()) {
            filters.add(terms(DIMENSIONS.get(dimension), values));
        }
    }

    private static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }

    private static Query terms(String field, List<String> values) {
        List<FieldValue> fieldValues = values.stream().map(FieldValue::of).toList();
        return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(fieldValues))));
    }

    private static void range(List<Query> filters, String field, java.time.@Nullable OffsetDateTime from, java.time.@Nullable OffsetDateTime to) {
        if (from == null && to == null) {
            return;
        }
        filters.add(Query.of(q -> q.range(r -> r.date(d -> {
            d.field(field);
            if (from != null) {
                d.gte(from.toInstant().toString());
            }
            if (to != null) {
                d.lt(to.toInstant().toString());
            }
            return d;
        }))));
    }
}
