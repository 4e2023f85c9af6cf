package com.memberpulse.support.common.graphql;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketSession;

/**
 * The open GraphQL WebSocket sessions of this instance ({@link TrackedWebSocketHandler} keeps it up to date). A close
 * runs on a virtual thread: while a send to a client that stopped reading is blocked, the close frame waits behind it
 * (Tomcat gives up on such a send after 20 s and closes the socket).
 */
class WebSocketSessions implements WebSocketConnections {

    private static final Logger log = LoggerFactory.getLogger(WebSocketSessions.class);

    private final Map<String, WebSocketSession> sessions = new ConcurrentHashMap<>();
    private final Map<String, ScheduledFuture<?>> deadlines = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("websocket-deadlines").factory());

    void opened(WebSocketSession session) {
        sessions.put(session.getId(), session);
    }

    void closed(WebSocketSession session) {
        sessions.remove(session.getId());
        ScheduledFuture<?> deadline = deadlines.remove(session.getId());
        if (deadline != null) {
            deadline.cancel(false);
        }
    }

    @Override
    public void close(String connectionId, int code, String reason) {
        if (sessions.containsKey(connectionId)) {
            Thread.startVirtualThread(() -> refuse(connectionId, code, reason));
        }
    }

    @Override
    public void refuse(String connectionId, int code, String reason) {
        WebSocketSession session = sessions.get(connectionId);
        try {
            if (session != null && session.isOpen()) {
                session.close(new CloseStatus(code, reason));
            }
        } catch (IOException | RuntimeException e) {
            log.debug("Closing WebSocket connection {} with {} failed", connectionId, code, e);
        }
    }

    @Override
    public void closeAt(String connectionId, Instant when, int code, String reason) {
        long delay = Math.max(0, Duration.between(Instant.now(), when).toMillis());
        deadlines.compute(connectionId, (id, previous) -> {
            if (previous != null) {
                previous.cancel(false);
            }
            return timer.schedule(() -> {
                deadlines.remove(id);
                close(id, code, reason);
            }, delay, TimeUnit.MILLISECONDS);
        });
    }
}
