/**
 * Search (SPEC sections 4 and 10): tickets copied into Elasticsearch by a consumer of the event backbone, through the
 * {@code search-indexer} module's indices and per-tenant aliases ({@code SearchIndexer}), the queue's searches,
 * highlights and facets ({@code IndexedTicketSearch}, the ticket feature's {@code TicketSearch}), rebuilds
 * ({@code SearchRebuild}) and the drift check ({@link com.memberpulse.support.search.SearchDrift}). PostgreSQL stays the
 * one source of truth.
 */
@NullMarked
package com.memberpulse.support.search;

import org.jspecify.annotations.NullMarked;
