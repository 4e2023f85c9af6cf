package com.memberpulse.support.common.graphql;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.cors.CorsConfiguration;
import tools.jackson.databind.json.JsonMapper;

/**
 * GraphQL over WebSocket (graphql-ws) at {@code spring.graphql.websocket.path}: Spring Boot's endpoint with our handler
 * ({@link TrackedWebSocketHandler}, so that connections can be closed with our codes: {@link WebSocketSessions}), accepting the page's own origin
 * and the embedding hosts of {@code memberpulse.security.allowed-origins}, as CORS does for HTTP.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class GraphQlWebSocketConfiguration {

    @Bean
    WebSocketSessions webSocketSessions() {
        return new WebSocketSessions();
    }

    @Bean
    TrackedWebSocketHandler graphQlWebSocketHandler(WebGraphQlHandler handler, GraphQlProperties properties, JsonMapper jsonMapper,
                                                    @Value("${memberpulse.security.allowed-origins:}") List<String> allowedOrigins,
                                                    WebSocketSessions sessions) {
        CorsConfiguration origins = new CorsConfiguration();
        if (!allowedOrigins.isEmpty()) {
            origins.setAllowedOriginPatterns(allowedOrigins);
        }
        return new TrackedWebSocketHandler(handler, new JacksonJsonHttpMessageConverter(jsonMapper),
                properties.getWebsocket().getConnectionInitTimeout(), properties.getWebsocket().getKeepAlive(), origins, sessions);
    }

    @Bean
    WebSocketRequests webSocketRequests() {
        return new WebSocketRequests();
    }
}
