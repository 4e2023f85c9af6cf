package com.memberpulse.support.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

class KeycloakServerTest {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static KeycloakServer keycloak;

    @BeforeAll
    static void startKeycloak() {
        keycloak = KeycloakServer.start("devstack-test", 0, true);
    }

    @AfterAll
    static void stopKeycloak() {
        if (keycloak != null) {
            keycloak.close();
        }
    }

    @Test
    void agentTokenCarriesAudienceTenantAndRoles() throws Exception {
        JsonNode claims = accessTokenClaims(passwordGrant("demo.agent"));

        assertThat(claims.get("iss").asString()).isEqualTo(keycloak.issuerUri());
        assertThat(audiences(claims)).contains(KeycloakServer.API_CLIENT_ID);
        assertThat(claims.get("tenant").asString()).isEqualTo("demo");
        assertThat(realmRoles(claims)).contains("ROLE_CLIENT_USER").doesNotContain("ROLE_CLIENT_ADMIN");
        assertThat(claims.get("preferred_username").asString()).isEqualTo("demo.agent");
        assertThat(claims.get("email").asString()).isEqualTo("demo.agent@demo.example.org");
        assertThat(claims.get("name").asString()).isNotBlank();
    }

    @Test
    void platformAdminHasNoTenant() throws Exception {
        JsonNode claims = accessTokenClaims(passwordGrant("platform.admin"));

        assertThat(claims.has("tenant")).isFalse();
        assertThat(realmRoles(claims)).contains("ROLE_PLATFORM_ADMIN");
        assertThat(audiences(claims)).contains(KeycloakServer.API_CLIENT_ID);
    }

    @Test
    void otherTenantsUserCarriesItsOwnTenant() throws Exception {
        JsonNode claims = accessTokenClaims(passwordGrant("acme.admin"));

        assertThat(claims.get("tenant").asString()).isEqualTo("acme");
        assertThat(realmRoles(claims)).contains("ROLE_CLIENT_ADMIN");
    }

    @Test
    void adminServiceAccountReadsTheTenantGroups() throws Exception {
        JsonNode token = tokenRequest(Map.of(
                "grant_type", "client_credentials",
                "client_id", KeycloakServer.ADMIN_CLIENT_ID,
                "client_secret", KeycloakServer.ADMIN_CLIENT_SECRET));

        HttpResponse<String> groups = HTTP.send(HttpRequest.newBuilder(
                        URI.create(keycloak.baseUrl() + "/admin/realms/" + KeycloakServer.REALM + "/groups"))
                .header("Authorization", "Bearer " + token.get("access_token").asString())
                .GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(groups.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(groups.body()).findValuesAsString("name")).contains("tenant-demo", "tenant-acme");
    }

    private static JsonNode passwordGrant(String username) throws IOException, InterruptedException {
        return tokenRequest(Map.of(
                "grant_type", "password",
                "client_id", KeycloakServer.APP_CLIENT_ID,
                "username", username,
                "password", KeycloakServer.DEMO_PASSWORD,
                "scope", "openid"));
    }

    private static JsonNode tokenRequest(Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(keycloak.tokenEndpoint()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static JsonNode accessTokenClaims(JsonNode tokenResponse) {
        String payload = tokenResponse.get("access_token").asString().split("\\.")[1];
        return JSON.readTree(Base64.getUrlDecoder().decode(payload));
    }

    /** {@code aud} is a string for one audience and an array for several. */
    private static List<String> audiences(JsonNode claims) {
        JsonNode aud = claims.get("aud");
        return aud.isArray() ? aud.valueStream().map(JsonNode::asString).toList() : List.of(aud.asString());
    }

    private static List<String> realmRoles(JsonNode claims) {
        return claims.path("realm_access").path("roles").valueStream().map(JsonNode::asString).toList();
    }
}
