package com.memberpulse.support.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.FilterAggregate;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.memberpulse.support.search.index.TicketIndices;
import com.memberpulse.support.tenant.TenantContext;
import com.memberpulse.support.ticket.TicketSearch;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The queue's searches, highlights and facets, run through the current tenant's alias (so no query can reach another
 * tenant's tickets). An index that cannot be reached is {@code SEARCH_UNAVAILABLE}; a tenant without an alias yet (its
 * first ticket not indexed) has no matches.
 */
@Component
class IndexedTicketSearch implements TicketSearch {

    private static final int NOT_FOUND = 404;
    private static final Map<String, Highlight.Field> HIGHLIGHTED = Map.of("reference", Highlight.Field.NUMBER, "subject", Highlight.Field.SUBJECT,
            "description", Highlight.Field.DESCRIPTION, "replies", Highlight.Field.REPLIES, "notes", Highlight.Field.NOTES);

    private final ElasticsearchClient client;
    private final TicketIndices indices;

    IndexedTicketSearch(ElasticsearchClient client, TicketIndices indices) {
        this.client = client;
        this.indices = indices;
    }

    @Override
    public List<UUID> matching(Query query) {
        SearchResponse<Void> response = search(s -> s.size(MAX_MATCHES).source(source -> source.fetch(false)).trackTotalHits(t -> t.enabled(false))
                .query(SearchRequests.matching(query))
                .sort(sort -> sort.score(score -> score.order(SortOrder.Desc))).sort(sort -> sort.field(f -> f.field("number").order(SortOrder.Desc))));
        return response == null ? List.of() : response.hits().hits().stream().map(hit -> ticketId(hit.id())).toList();
    }

    @Override
    public Map<UUID, List<Highlight>> highlights(Query query, Collection<UUID> ticketIds) {
        List<String> ids = ticketIds.stream().map(UUID::toString).toList();
        // The words only: a ticket whose document changed since the page was read still shows where they matched.
        SearchResponse<Void> response = search(s -> s.size(ids.size()).source(source -> source.fetch(false))
                .query(q -> q.bool(b -> b.must(SearchRequests.wordsOnly(query)).filter(f -> f.terms(t -> t.field("id")
                        .terms(v -> v.value(ids.stream().map(co.elastic.clients.elasticsearch._types.FieldValue::of).toList()))))))
                .highlight(SearchRequests.highlight(query)));
        Map<UUID, List<Highlight>> result = new HashMap<>();
        if (response != null) {
            for (Hit<Void> hit : response.hits().hits()) {
                List<Highlight> highlights = new ArrayList<>();
                hit.highlight().forEach((field, fragments) -> {
                    Highlight.Field named = HIGHLIGHTED.get(field);
                    if (named != null && !fragments.isEmpty()) {
                        highlights.add(new Highlight(named, fragments));
                    }
                });
                highlights.sort(java.util.Comparator.comparing(Highlight::field));
                result.put(ticketId(hit.id()), highlights);
            }
        }
        return result;
    }

    @Override
    public Facets facets(Query query) {
        SearchResponse<Void> response = search(s -> s.size(0).query(SearchRequests.wordsOnly(query)).aggregations(SearchRequests.facets(query)));
        if (response == null) {
            return new Facets(List.of(), List.of(), List.of(), List.of(), List.of());
        }
        Map<String, Aggregate> aggregations = response.aggregations();
        return new Facets(counts(aggregations.get("status").filter()), counts(aggregations.get("priority").filter()),
                counts(aggregations.get("category").filter()), counts(aggregations.get("assignee").filter()), counts(aggregations.get("tag").filter()));
    }

    private static List<FacetCount> counts(FilterAggregate facet) {
        List<FacetCount> counts = new ArrayList<>();
        facet.aggregations().get("values").sterms().buckets().array()
                .forEach(bucket -> counts.add(new FacetCount(bucket.key().stringValue(), bucket.docCount())));
        Aggregate unassigned = facet.aggregations().get(SearchRequests.UNASSIGNED);
        if (unassigned != null && unassigned.missing().docCount() > 0) {
            counts.add(new FacetCount(null, unassigned.missing().docCount()));
            counts.sort(java.util.Comparator.comparingLong(FacetCount::count).reversed());
        }
        return counts;
    }

    /** The search through the tenant's alias; null when the tenant has no alias yet; SEARCH_UNAVAILABLE when unreachable. */
    private SearchResponse<Void> search(java.util.function.Function<co.elastic.clients.elasticsearch.core.SearchRequest.Builder,
            co.elastic.clients.util.ObjectBuilder<co.elastic.clients.elasticsearch.core.SearchRequest>> request) {
        String alias = indices.aliasOf(TenantContext.require().slug());
        try {
            return client.search(s -> request.apply(s.index(alias)), Void.class);
        } catch (ElasticsearchException e) {
            if (e.status() == NOT_FOUND) {
                return null;
            }
            throw SearchFailures.unavailable(e);
        } catch (IOException e) {
            throw SearchFailures.unavailable(e);
        }
    }

    /** Documents are named {@code <tenant>:<ticket id>}. */
    private static UUID ticketId(String documentId) {
        return UUID.fromString(documentId.substring(documentId.indexOf(':') + 1));
    }
}
