/**
 * Search (SPEC sections 4 and 10): tickets copied into Elasticsearch by a consumer of the event backbone, through the
 * {@code search-indexer} module's indices and per-tenant aliases. PostgreSQL stays the one source of truth.
 */
@NullMarked
package com.memberpulse.support.search;

import org.jspecify.annotations.NullMarked;
