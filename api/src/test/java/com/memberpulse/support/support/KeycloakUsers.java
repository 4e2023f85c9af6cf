package com.memberpulse.support.support;

import com.memberpulse.support.devstack.KeycloakServer;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Users in the test stack's real Keycloak, made through its admin API as the platform would: a tenant attribute and
 * realm roles. User names are unique per call, so tests in many tenants never collide.
 */
public final class KeycloakUsers {

    private static Keycloak admin;

    private KeycloakUsers() {
    }

    /** Creates an enabled user of {@code tenant} (null: none) with these realm roles; returns their id. */
    public static String create(String tenant, String username, String firstName, String lastName, String... roles) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEmail(username + "@example.org");
        user.setEmailVerified(true);
        user.setEnabled(true);
        if (tenant != null) {
            user.setAttributes(Map.of("tenant", List.of(tenant)));
        }
        String id;
        try (Response response = realm().users().create(user)) {
            id = CreatedResponseUtil.getCreatedId(response);
        }
        if (roles.length > 0) {
            realm().users().get(id).roles().realmLevel().add(roles(roles));
        }
        return id;
    }

    /** Gives the user a permanent password, so they can sign in on Keycloak's own page (the browser tests). */
    public static void setPassword(String id, String password) {
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(password);
        credential.setTemporary(false);
        realm().users().get(id).resetPassword(credential);
    }

    public static void disable(String id) {
        UserRepresentation user = realm().users().get(id).toRepresentation();
        user.setEnabled(false);
        realm().users().get(id).update(user);
    }

    public static void removeRoles(String id, String... roles) {
        realm().users().get(id).roles().realmLevel().remove(roles(roles));
    }

    public static void delete(String id) {
        realm().users().delete(id).close();
    }

    private static List<RoleRepresentation> roles(String... names) {
        return java.util.Arrays.stream(names).map(name -> realm().roles().get(name).toRepresentation()).toList();
    }

    private static synchronized RealmResource realm() {
        if (admin == null) {
            KeycloakServer server = TestStack.get().keycloak();
            admin = KeycloakBuilder.builder()
                    .serverUrl(server.baseUrl()).realm("master").clientId("admin-cli")
                    .username(server.bootstrapAdminUsername()).password(server.bootstrapAdminPassword())
                    .build();
        }
        return admin.realm(KeycloakServer.REALM);
    }
}
