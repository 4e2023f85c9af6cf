package com.memberpulse.support.security;

import com.memberpulse.support.common.error.ErrorCode;
import com.memberpulse.support.common.error.SupportException;
import com.memberpulse.support.common.graphql.WebSocketConnections;
import com.memberpulse.support.tenant.Tenant;
import com.memberpulse.support.tenant.TenantContext;
import io.micrometer.context.ContextSnapshot;
import io.micrometer.context.ContextSnapshotFactory;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlInterceptor;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.server.WebSocketSessionInfo;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Who is calling over GraphQL's WebSocket, decided once per connection from the token in its {@code connection_init}
 * payload ({@code Authorization: Bearer ...}, or {@code token}), exactly as over HTTP: the same JWT decoder
 * (signature, issuer, audience, lifetime), the same roles, the same tenant rule ({@link TenantResolution}; a platform
 * admin names the tenant under the tenant header's name, audited). Refused: close code 4401 for the token, 4403 for
 * the tenant. An accepted connection is closed with 4401 when its token expires. Every operation on the connection
 * then runs as that caller, in that tenant.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class GraphQlWebSocketAuthentication implements WebSocketGraphQlInterceptor {

    static final int UNAUTHORIZED = 4401;
    static final int FORBIDDEN = 4403;
    private static final String CALLER = GraphQlWebSocketAuthentication.class.getName() + ".caller";

    private final JwtDecoder jwtDecoder;
    private final TenantResolution tenantResolution;
    private final SecurityProperties properties;
    private final WebSocketConnections connections;
    private final ContextSnapshotFactory snapshots = ContextSnapshotFactory.builder().build();

    GraphQlWebSocketAuthentication(JwtDecoder jwtDecoder, TenantResolution tenantResolution, SecurityProperties properties,
                                   WebSocketConnections connections) {
        this.jwtDecoder = jwtDecoder;
        this.tenantResolution = tenantResolution;
        this.properties = properties;
        this.connections = connections;
    }

    /** The caller of a connection: their authentication and the tenant they act in (null: a platform admin in none). */
    private record Caller(SecurityContext security, @Nullable Tenant tenant) {
    }

    @Override
    public Mono<Object> handleConnectionInitialization(WebSocketSessionInfo session, Map<String, Object> payload) {
        String token = token(payload);
        if (token == null) {
            return refusedToken("no token in connection_init");
        }
        Jwt jwt;
        try {
            jwt = jwtDecoder.decode(token);
        } catch (JwtException e) {
            return refusedToken(e.getMessage());
        }
        JwtAuthenticationToken authentication = (JwtAuthenticationToken) SecurityConfiguration.jwtAuthenticationConverter().convert(jwt);
        TenantResolution.Outcome outcome = tenantResolution.resolve(authentication, named(payload), "WEBSOCKET", session.getUri().getPath());
        if (outcome.refusal() != null) {
            connections.refuse(session.getId(), FORBIDDEN, outcome.refusal());
            return Mono.error(new SupportException(ErrorCode.FORBIDDEN, outcome.refusal()));
        }
        session.getAttributes().put(CALLER, new Caller(new SecurityContextImpl(authentication), outcome.tenant()));
        if (jwt.getExpiresAt() != null) {
            connections.closeAt(session.getId(), jwt.getExpiresAt(), UNAUTHORIZED, "Token expired");
        }
        return Mono.empty();
    }

    /** Runs the operation as the connection's caller, in their tenant (the Reactor context reaches every data fetcher). */
    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        if (!(request instanceof WebSocketGraphQlRequest webSocket)) {
            return chain.next(request);
        }
        if (!(webSocket.getSessionInfo().getAttributes().get(CALLER) instanceof Caller caller)) {
            return Mono.error(new SupportException(ErrorCode.UNAUTHENTICATED, "Send connection_init with a token first."));
        }
        ContextSnapshot snapshot = as(caller);
        return chain.next(request).contextWrite(snapshot::updateContext);
    }

    private ContextSnapshot as(Caller caller) {
        SecurityContext previous = SecurityContextHolder.getContext();
        Tenant previousTenant = TenantContext.current().orElse(null);
        try {
            SecurityContextHolder.setContext(caller.security());
            if (caller.tenant() != null) {
                TenantContext.set(caller.tenant());
            } else {
                TenantContext.clear();
            }
            return snapshots.captureAll();
        } finally {
            SecurityContextHolder.setContext(previous);
            if (previousTenant != null) {
                TenantContext.set(previousTenant);
            } else {
                TenantContext.clear();
            }
        }
    }

    private static Mono<Object> refusedToken(@Nullable String why) {
        return Mono.error(new SupportException(ErrorCode.UNAUTHENTICATED, "The token is missing or not valid: " + why));
    }

    private static @Nullable String token(Map<String, Object> payload) {
        String authorization = value(payload, "Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authorization.substring(7).strip();
        }
        String token = value(payload, "token");
        return token == null || token.isBlank() ? null : token.strip();
    }

    /** The tenant a platform admin names: under the tenant header's name, or {@code tenant}. */
    private @Nullable String named(Map<String, Object> payload) {
        String named = value(payload, properties.tenantHeader());
        return named != null ? named : value(payload, "tenant");
    }

    /** A string value of the payload by key, ignoring the key's case (as HTTP header names are). */
    private static @Nullable String value(Map<String, Object> payload, String key) {
        return payload.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(key) && entry.getValue() instanceof String)
                .map(entry -> (String) entry.getValue())
                .findFirst().orElse(null);
    }
}
