package com.memberpulse.support.tenant.internal;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.GroupRepresentation;
import org.springframework.stereotype.Component;

/** Each tenant has a group in the realm ({@code tenant-<slug>}, attribute {@code tenant}) to hold its users. */
@Component
class KeycloakTenantGroups {

    private final KeycloakProperties properties;
    private final Keycloak keycloak;

    KeycloakTenantGroups(KeycloakProperties properties, Keycloak keycloak) {
        this.properties = properties;
        this.keycloak = keycloak;
    }

    /** Creates the tenant's group unless it exists; safe to repeat. */
    void ensureGroup(String slug) {
        String name = "tenant-" + slug;
        var groups = admin().realm(properties.realm()).groups();
        List<GroupRepresentation> existing = groups.groups(name, true, 0, 1, true);
        if (!existing.isEmpty()) {
            return;
        }
        GroupRepresentation group = new GroupRepresentation();
        group.setName(name);
        group.setAttributes(Map.of("tenant", List.of(slug)));
        try (Response response = groups.add(group)) {
            // 409: another instance created it first, which is what we wanted.
            if (response.getStatus() != 201 && response.getStatus() != 409) {
                throw new IllegalStateException("Keycloak refused to create group " + name + ": HTTP " + response.getStatus());
            }
        }
    }

    private Keycloak admin() {
        return keycloak;
    }
}
