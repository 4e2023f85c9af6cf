package com.memberpulse.support.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.memberpulse.support.ApiIntegrationTest;
import com.memberpulse.support.devstack.KeycloakServer;
import com.memberpulse.support.support.ApiResponse;
import com.memberpulse.support.support.TestStack;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** A real login: the password grant on Keycloak's token endpoint, then {@code me} through the API. */
class KeycloakEndToEndTest extends ApiIntegrationTest {

    @Test
    void aDemoUserSignsInWithKeycloakAndTheApiKnowsWhoAndWhere() throws Exception {
        asPlatformAdmin(() -> tenantService.provision("demo", "Demo Association"));

        String token = passwordGrant("demo.agent");
        ApiResponse response = api.graphql(token, "{ me { username roles tenant email } }");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.data("me").path("username").asString()).isEqualTo("demo.agent");
        assertThat(response.data("me").path("tenant").asString()).isEqualTo("demo");
        assertThat(response.data("me").path("roles").toString()).contains("CLIENT_USER");
    }

    @Test
    void aKeycloakUserOfAnUnprovisionedTenantIsForbidden() throws Exception {
        asPlatformAdmin(() -> tenantService.provision("acme", "ACME Society"));
        asPlatformAdmin(() -> tenantService.deprovision("acme", false));

        ApiResponse response = api.graphql(passwordGrant("acme.member"), "{ me { tenant } }");

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.errorCode()).isEqualTo("FORBIDDEN");
        asPlatformAdmin(() -> tenantService.provision("acme", "ACME Society"));
    }

    private static String passwordGrant(String username) throws Exception {
        KeycloakServer keycloak = TestStack.get().keycloak();
        String form = "grant_type=password&client_id=" + KeycloakServer.APP_CLIENT_ID
                + "&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(KeycloakServer.DEMO_PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(keycloak.tokenEndpoint()))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(response.body()).path("access_token").asString();
    }
}
