package com.memberpulse.support.tenant.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the service reaches Keycloak's admin API: a confidential client with a service account in the
 * realm (client credentials), allowed to manage groups and read users.
 */
@ConfigurationProperties("memberpulse.keycloak")
public record KeycloakProperties(
        String serverUrl,
        @DefaultValue("memberpulse") String realm,
        @DefaultValue("memberpulse-support-admin") String adminClientId,
        String adminClientSecret) {
}
