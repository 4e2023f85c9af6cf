package com.memberpulse.support.ticket;

import com.memberpulse.support.common.paging.Connection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A page of tickets as GraphQL's {@code TicketConnection}: its edges carry where a search matched, and the total and
 * the facets are computed only if the client asks for them (each costs more than the page).
 */
public record TicketPage(List<Edge> edges, Connection.PageInfo pageInfo, LongSupplier counter, Supplier<TicketSearch.Facets> facetCounter) {

    /** A ticket, its cursor, and the highlights of its page (looked up once for the whole page, when first asked for). */
    public record Edge(Ticket node, String cursor, Supplier<Map<UUID, List<TicketSearch.Highlight>>> highlightsOfPage) {

        public List<TicketSearch.Highlight> highlights() {
            return highlightsOfPage.get().getOrDefault(node.id(), List.of());
        }
    }

    public long totalCount() {
        return counter.getAsLong();
    }

    public TicketSearch.Facets facets() {
        return facetCounter.get();
    }
}
