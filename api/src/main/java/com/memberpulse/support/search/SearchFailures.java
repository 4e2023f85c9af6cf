package com.memberpulse.support.search;

import com.memberpulse.support.common.error.ErrorCode;
import com.memberpulse.support.common.error.SupportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Elasticsearch not answering, as clients see it: {@code SEARCH_UNAVAILABLE}, the cause in the log only. */
final class SearchFailures {

    private static final Logger log = LoggerFactory.getLogger(SearchFailures.class);

    private SearchFailures() {
    }

    static SupportException unavailable(Exception cause) {
        log.warn("Search failed: {}", cause.toString());
        return new SupportException(ErrorCode.SEARCH_UNAVAILABLE, "Search is unavailable right now. The queue works without a search; try again shortly.");
    }
}
