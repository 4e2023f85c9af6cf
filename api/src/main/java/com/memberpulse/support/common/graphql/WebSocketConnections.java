package com.memberpulse.support.common.graphql;

import java.time.Instant;

/**
 * The open GraphQL WebSocket connections of this instance, by id (the id a subscription's GraphQL context holds under
 * {@link #CONNECTION_ID}), for closing one with a close code the client can act on. Closing never blocks the caller.
 */
public interface WebSocketConnections {

    /** The GraphQL context key of the id of the WebSocket connection an operation came over (absent over HTTP). */
    String CONNECTION_ID = "memberpulse.websocket-connection";

    /** Closes the connection, if it is still open, with {@code code} and {@code reason} (at most 123 bytes of UTF-8). */
    void close(String connectionId, int code, String reason);

    /**
     * Closes the connection at once on the caller's thread: for the handling of the connection's own first message
     * ({@code connection_init}), when nothing can be being sent on it yet.
     */
    void refuse(String connectionId, int code, String reason);

    /** Closes the connection at {@code when} (at once if that has passed), unless it has closed before. */
    void closeAt(String connectionId, Instant when, int code, String reason);
}
