package com.memberpulse.support.security;

import com.memberpulse.support.common.error.ErrorBody;
import com.memberpulse.support.common.error.ErrorCode;
import com.memberpulse.support.tenant.TenantService;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stateless OAuth2 resource server. The JWT decoder itself is Spring Boot's, configured by
 * {@code spring.security.oauth2.resourceserver.jwt.*}: keys from the realm's JWKS, RS256 only, issuer and
 * audience checked. Roles come from {@code realm_access.roles}; per-operation rules sit on the services
 * ({@code @PreAuthorize}), so they hold whichever controller calls them.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableMethodSecurity
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

    @Bean
    TenantResolution tenantResolution(TenantService tenants, SecurityProperties properties) {
        return new TenantResolution(tenants, properties);
    }

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, JsonMapper jsonMapper, TenantResolution tenantResolution, SecurityProperties properties,
                                    @Value("${spring.graphql.websocket.path:/graphql}") String webSocketPath) throws Exception {
        BearerTokenAuthenticationEntryPoint bearerEntryPoint = new BearerTokenAuthenticationEntryPoint();
        http
                .csrf(csrf -> csrf.disable())
                .cors(cors -> cors.configurationSource(embeddingHosts(properties)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/graphiql", "/error").permitAll()
                        // The screens: public pages that sign in with Keycloak themselves and call the API with a token.
                        .requestMatchers("/app", "/app/**").permitAll()
                        // The unsubscribe link of member e-mails: its signed token is the proof, no sign-in.
                        .requestMatchers("/notifications/unsubscribe").permitAll()
                        // Live updates (GraphQL over WebSocket): a browser cannot put a bearer header on a WebSocket, so the
                        // upgrade itself goes through unauthenticated, and the token in the first message (connection_init) is
                        // checked as strictly as a header (GraphQlWebSocketAuthentication); nothing runs before it is.
                        .requestMatchers(webSocketUpgrade(webSocketPath)).permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(jwtAuthenticationConverter()))
                        .authenticationEntryPoint((request, response, exception) -> {
                            bearerEntryPoint.commence(request, response, exception);
                            ErrorBody.write(response, jsonMapper, ErrorCode.UNAUTHENTICATED,
                                    request.getHeader("Authorization") == null
                                            ? "Sign in first: send a bearer token from Keycloak in the Authorization header."
                                            : "The bearer token is not valid (signature, issuer, audience or lifetime). Get a new one from Keycloak.");
                        }))
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler((request, response, denied) ->
                        ErrorBody.write(response, jsonMapper, ErrorCode.FORBIDDEN, "You are not allowed to do this.")))
                .addFilterAfter(new TenantResolutionFilter(tenantResolution, properties, jsonMapper), AuthorizationFilter.class);
        return http.build();
    }

    /** A WebSocket upgrade (GET with {@code Upgrade: websocket}) of the GraphQL WebSocket path, and nothing else. */
    private static RequestMatcher webSocketUpgrade(String path) {
        return request -> "GET".equals(request.getMethod()) && path.equals(request.getRequestURI())
                && "websocket".equalsIgnoreCase(request.getHeader("Upgrade"));
    }

    /**
     * Host pages that embed the screens call the API from their own origin. Only origins named in configuration, and
     * only with a bearer token (no cookies: nothing here is a session), so CORS opens no door a token did not.
     */
    private static CorsConfigurationSource embeddingHosts(SecurityProperties properties) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        if (!properties.allowedOrigins().isEmpty()) {
            CorsConfiguration embedding = new CorsConfiguration();
            embedding.setAllowedOriginPatterns(properties.allowedOrigins());
            embedding.setAllowedMethods(List.of("GET", "POST"));
            embedding.setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept", properties.tenantHeader()));
            embedding.setAllowCredentials(false);
            embedding.setMaxAge(Duration.ofHours(1));
            source.registerCorsConfiguration("/graphql", embedding);
            source.registerCorsConfiguration("/attachments/**", embedding);
            source.registerCorsConfiguration("/attachments", embedding);
            // The library's module script is fetched in CORS mode too.
            source.registerCorsConfiguration("/app/lib/**", embedding);
        }
        return source;
    }

    static JwtAuthenticationConverter jwtAuthenticationConverter() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(SecurityConfiguration::realmRoles);
        return converter;
    }

    /** Keycloak puts realm roles in {@code realm_access.roles}; ours already carry the ROLE_ prefix. */
    private static Collection<GrantedAuthority> realmRoles(Jwt jwt) {
        Map<String, Object> realmAccess = jwt.getClaimAsMap("realm_access");
        if (realmAccess == null || !(realmAccess.get("roles") instanceof Collection<?> roles)) {
            return List.of();
        }
        return roles.stream()
                .map(String::valueOf)
                .filter(role -> Role.fromAuthority(role).isPresent())
                .<GrantedAuthority>map(SimpleGrantedAuthority::new)
                .toList();
    }
}
