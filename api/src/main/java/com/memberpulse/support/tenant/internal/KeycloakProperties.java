package com.memberpulse.support.tenant.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the service reaches Keycloak's admin API: a confidential client with a service account in the
 * realm (client credentials), allowed to manage groups and read users. Every call is bounded: connecting by
 * {@code connectTimeout}, waiting for the answer by {@code readTimeout}.
 */
@ConfigurationProperties("memberpulse.keycloak")
public record KeycloakProperties(
        String serverUrl,
        @DefaultValue("memberpulse") String realm,
        @DefaultValue("memberpulse-support-admin") String adminClientId,
        String adminClientSecret,
        @DefaultValue("3s") Duration connectTimeout,
        @DefaultValue("10s") Duration readTimeout) {
}
