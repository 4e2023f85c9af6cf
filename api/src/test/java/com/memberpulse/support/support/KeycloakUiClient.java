package com.memberpulse.support.support;

import com.memberpulse.support.devstack.KeycloakServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.ClientsResource;
import org.keycloak.representations.idm.ClientRepresentation;
import tools.jackson.databind.json.JsonMapper;

/**
 * The screens' Keycloak client as the realm file describes it, created or brought up to date in a running realm and
 * allowed to return to {@code appBaseUrl}: the realm import skips a realm that exists already, so a local stack made
 * before the client existed gets it at start, and a service on a random port (the browser tests) may sign in.
 */
public final class KeycloakUiClient {

    public static final String CLIENT_ID = "memberpulse-ui";

    private KeycloakUiClient() {
    }

    public static void ensure(String keycloakUrl, String adminUser, String adminPassword, String appBaseUrl) {
        ClientRepresentation wanted = fromRealmFile();
        Set<String> redirects = new LinkedHashSet<>(wanted.getRedirectUris());
        redirects.add(appBaseUrl + "/app/*");
        try (Keycloak admin = KeycloakBuilder.builder().serverUrl(keycloakUrl).realm("master").clientId("admin-cli")
                .username(adminUser).password(adminPassword).build()) {
            ClientsResource clients = admin.realm(KeycloakServer.REALM).clients();
            List<ClientRepresentation> existing = clients.findByClientId(CLIENT_ID);
            if (!existing.isEmpty()) {
                ClientRepresentation current = existing.getFirst();
                redirects.addAll(current.getRedirectUris());
                wanted.setId(current.getId());
                wanted.setProtocolMappers(null); // mappers are kept as they are (updating them needs their ids)
            }
            wanted.setRedirectUris(new ArrayList<>(redirects));
            Map<String, String> attributes = new LinkedHashMap<>(wanted.getAttributes());
            attributes.put("post.logout.redirect.uris", String.join("##", redirects));
            wanted.setAttributes(attributes);
            if (existing.isEmpty()) {
                clients.create(wanted).close();
            } else {
                clients.get(wanted.getId()).update(wanted);
            }
        }
    }

    private static ClientRepresentation fromRealmFile() {
        try (InputStream realm = KeycloakServer.class.getResourceAsStream("/keycloak/memberpulse-realm.json")) {
            if (realm == null) {
                throw new IllegalStateException("keycloak/memberpulse-realm.json is not on the classpath");
            }
            var tree = JsonMapper.builder().build().readTree(realm);
            for (var client : tree.path("clients")) {
                if (CLIENT_ID.equals(client.path("clientId").asString())) {
                    return JsonMapper.builder().build().treeToValue(client, ClientRepresentation.class);
                }
            }
            throw new IllegalStateException("The realm file has no client " + CLIENT_ID);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
