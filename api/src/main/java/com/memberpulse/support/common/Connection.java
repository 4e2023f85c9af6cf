package com.memberpulse.support.common;

import java.util.List;
import java.util.function.Function;

/** A Relay connection page, shaped as the schema's {@code XxxConnection} types. */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, long totalCount) {

    public record Edge<T>(T node, String cursor) {
    }

    public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
    }

    /**
     * Builds a page from up to {@code pageSize + 1} rows read after the cursor: the extra row, if present,
     * only tells that another page follows.
     */
    public static <T> Connection<T> of(List<T> rowsPlusOne, int pageSize, long totalCount, Function<T, String> cursorOf) {
        boolean hasNext = rowsPlusOne.size() > pageSize;
        List<T> rows = hasNext ? rowsPlusOne.subList(0, pageSize) : rowsPlusOne;
        List<Edge<T>> edges = rows.stream().map(row -> new Edge<>(row, cursorOf.apply(row))).toList();
        PageInfo pageInfo = new PageInfo(hasNext, false,
                edges.isEmpty() ? null : edges.getFirst().cursor(),
                edges.isEmpty() ? null : edges.getLast().cursor());
        return new Connection<>(edges, pageInfo, totalCount);
    }
}
