package com.memberpulse.support.common.paging;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * A Relay connection page, shaped as the schema's {@code XxxConnection} types. The total is counted only
 * if the client asks for {@code totalCount}, since counting a large filtered set costs more than the page.
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, LongSupplier counter) {

    public record Edge<T>(T node, String cursor) {
    }

    public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
    }

    /** How many items match over all pages (counted on demand). */
    public long totalCount() {
        return counter.getAsLong();
    }

    /**
     * Builds a page from up to {@code pageSize + 1} rows read after the cursor: the extra row, if present,
     * only tells that another page follows.
     */
    public static <T> Connection<T> of(List<T> rowsPlusOne, int pageSize, LongSupplier counter, Function<T, String> cursorOf) {
        boolean hasNext = rowsPlusOne.size() > pageSize;
        List<T> rows = hasNext ? rowsPlusOne.subList(0, pageSize) : rowsPlusOne;
        List<Edge<T>> edges = rows.stream().map(row -> new Edge<>(row, cursorOf.apply(row))).toList();
        PageInfo pageInfo = new PageInfo(hasNext, false,
                edges.isEmpty() ? null : edges.getFirst().cursor(),
                edges.isEmpty() ? null : edges.getLast().cursor());
        return new Connection<>(edges, pageInfo, counter);
    }
}
