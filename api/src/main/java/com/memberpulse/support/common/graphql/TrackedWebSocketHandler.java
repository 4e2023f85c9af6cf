package com.memberpulse.support.common.graphql;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlWebSocketHandler;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketSession;

/** Spring GraphQL's graphql-ws handler, keeping {@link WebSocketSessions} up to date so that sessions can be closed with our codes. */
class TrackedWebSocketHandler extends GraphQlWebSocketHandler {

    private final WebSocketSessions sessions;

    TrackedWebSocketHandler(WebGraphQlHandler graphQlHandler, HttpMessageConverter<Object> converter, Duration connectionInitTimeout,
                            @Nullable Duration keepAlive, CorsConfiguration origins, WebSocketSessions sessions) {
        super(graphQlHandler, converter, connectionInitTimeout, keepAlive, origins);
        this.sessions = sessions;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        sessions.opened(session);
        super.afterConnectionEstablished(session);
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus closeStatus) {
        sessions.closed(session);
        super.afterConnectionClosed(session, closeStatus);
    }
}
