package com.memberpulse.support.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import com.memberpulse.support.ApiIntegrationTest;
import com.memberpulse.support.devstack.KeycloakServer;
import com.memberpulse.support.support.ApiResponse;
import com.memberpulse.support.support.TestStack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;

/** provisionTenant, deprovisionTenant and tenants over GraphQL, as the platform admin and as everyone else. */
class TenantProvisioningTest extends ApiIntegrationTest {

    private static final String PROVISION = """
            mutation($slug: String!, $name: String!) {
              provisionTenant(input: {slug: $slug, name: $name}) { slug name state schemaVersion createdAt }
            }""";
    private static final String DEPROVISION = """
            mutation($slug: String!, $drop: Boolean) {
              deprovisionTenant(input: {slug: $slug, dropData: $drop}) { slug state schemaVersion disabledAt }
            }""";
    private static final String TENANTS = """
            query($first: Int, $after: String, $all: Boolean) {
              tenants(first: $first, after: $after, includeDeleted: $all) {
                totalCount edges { cursor node { slug state } } pageInfo { hasNextPage endCursor }
              }
            }""";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPlatformAdminProvisionsATenantWithSchemaRegistryAndKeycloakGroup() {
        String slug = uniqueSlug();

        ApiResponse response = api.graphql(platformAdmin(), PROVISION, Map.of("slug", slug, "name", "Society of " + slug));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.hasErrors()).as(response.body().toString()).isFalse();
        assertThat(response.data("provisionTenant").path("state").asString()).isEqualTo("ACTIVE");
        assertThat(response.data("provisionTenant").path("schemaVersion").asString()).isEqualTo(latestTenantVersion());
        assertThat(schemaExists(slug)).isTrue();
        assertThat(jdbc.queryForObject("select display_name from tenant_" + slug.replace('-', '_') + ".tenant_profile", String.class))
                .isEqualTo("Society of " + slug);
        assertThat(keycloakGroupExists("tenant-" + slug)).isTrue();

        ApiResponse again = api.graphql(platformAdmin(), PROVISION, Map.of("slug", slug, "name", "Society of " + slug));
        assertThat(again.hasErrors()).isFalse();
        assertThat(again.data("provisionTenant").path("createdAt").asString())
                .isEqualTo(response.data("provisionTenant").path("createdAt").asString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "Upper", "has_underscore", "1starts-with-digit", "trailing-", "double--hyphen",
            "tenant_x; drop schema support_control cascade", "x23456789012345678901234567890123456789012"})
    void badSlugsAreRefusedAndLeaveNothingBehind(String slug) {
        long before = jdbc.queryForObject("select count(*) from information_schema.schemata", Long.class);

        ApiResponse response = api.graphql(platformAdmin(), PROVISION, Map.of("slug", slug, "name", "Bad"));

        assertThat(response.errorCode()).isEqualTo("VALIDATION_FAILED");
        assertThat(response.errorField()).isEqualTo("input.slug");
        assertThat(response.data("provisionTenant").isMissingNode() || response.data("provisionTenant").isNull()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from information_schema.schemata", Long.class)).isEqualTo(before);
    }

    @Test
    void aBlankNameIsRefusedOnItsField() {
        ApiResponse response = api.graphql(platformAdmin(), PROVISION, Map.of("slug", uniqueSlug(), "name", "   "));

        assertThat(response.errorCode()).isEqualTo("VALIDATION_FAILED");
        assertThat(response.errorField()).isEqualTo("input.name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ROLE_MEMBER", "ROLE_SPONSOR_USER", "ROLE_SPONSOR_ADMIN", "ROLE_CLIENT_USER", "ROLE_CLIENT_ADMIN"})
    void noTenantRoleMayProvisionDeprovisionOrListTenants(String role) {
        Tenant own = newTenant();
        String token = tokens.token(own.slug(), role);
        String slug = uniqueSlug();

        assertThat(api.graphql(token, PROVISION, Map.of("slug", slug, "name", "X")).errorCode()).isEqualTo("FORBIDDEN");
        assertThat(api.graphql(token, DEPROVISION, Map.of("slug", own.slug(), "drop", true)).errorCode()).isEqualTo("FORBIDDEN");
        assertThat(api.graphql(token, TENANTS, Map.of()).errorCode()).isEqualTo("FORBIDDEN");
        assertThat(schemaExists(slug)).isFalse();
        assertThat(tenantService.find(own.slug()).orElseThrow().state()).isEqualTo(Tenant.State.ACTIVE);
    }

    @Test
    void deprovisionKeepsDataUnlessAskedAndDropDataRemovesTheSchema() {
        Tenant tenant = newTenant();

        ApiResponse disabled = api.graphql(platformAdmin(), DEPROVISION, Map.of("slug", tenant.slug()));
        assertThat(disabled.data("deprovisionTenant").path("state").asString()).isEqualTo("DISABLED");
        assertThat(schemaExists(tenant.slug())).isTrue();

        ApiResponse again = api.graphql(platformAdmin(), PROVISION, Map.of("slug", tenant.slug(), "name", "Back"));
        assertThat(again.data("provisionTenant").path("state").asString()).isEqualTo("ACTIVE");

        ApiResponse dropped = api.graphql(platformAdmin(), DEPROVISION, Map.of("slug", tenant.slug(), "drop", true));
        assertThat(dropped.data("deprovisionTenant").path("state").asString()).isEqualTo("DELETED");
        assertThat(dropped.data("deprovisionTenant").path("schemaVersion").isNull()).isTrue();
        assertThat(schemaExists(tenant.slug())).isFalse();
    }

    @Test
    void deprovisioningAnUnknownTenantIsNotFound() {
        assertThat(api.graphql(platformAdmin(), DEPROVISION, Map.of("slug", uniqueSlug())).errorCode()).isEqualTo("NOT_FOUND");
    }

    @Test
    void tenantsArePagedWithSignedCursorsBoundToTheirQuery() {
        for (int i = 0; i < 3; i++) {
            newTenant();
        }
        List<String> walked = new ArrayList<>();
        String after = null;
        long total;
        do {
            Map<String, Object> variables = new java.util.HashMap<>(Map.of("first", 2));
            if (after != null) {
                variables.put("after", after);
            }
            ApiResponse page = api.graphql(platformAdmin(), TENANTS, variables);
            assertThat(page.hasErrors()).as(page.body().toString()).isFalse();
            var tenants = page.data("tenants");
            total = tenants.path("totalCount").asLong();
            tenants.path("edges").forEach(edge -> walked.add(edge.path("node").path("slug").asString()));
            after = tenants.path("pageInfo").path("hasNextPage").asBoolean() ? tenants.path("pageInfo").path("endCursor").asString() : null;
        } while (after != null);

        assertThat(walked).doesNotHaveDuplicates().isSorted().hasSize((int) total);

        String cursor = api.graphql(platformAdmin(), TENANTS, Map.of("first", 1)).data("tenants").path("pageInfo").path("endCursor").asString();
        assertThat(api.graphql(platformAdmin(), TENANTS, Map.of("first", 1, "after", cursor, "all", true)).errorField()).isEqualTo("after");
        assertThat(api.graphql(platformAdmin(), TENANTS, Map.of("first", 1, "after", cursor + "x")).errorCode()).isEqualTo("VALIDATION_FAILED");
        assertThat(api.graphql(platformAdmin(), TENANTS, Map.of("first", 101)).errorField()).isEqualTo("first");
    }

    /** The highest version among the tenant migrations on the classpath. */
    private static String latestTenantVersion() {
        try {
            return String.valueOf(Arrays.stream(new PathMatchingResourcePatternResolver().getResources("classpath*:db/tenant/V*__*.sql"))
                    .map(Resource::getFilename)
                    .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                    .max().orElseThrow());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String platformAdmin() {
        return tokens.token(null, "ROLE_PLATFORM_ADMIN");
    }

    private static String uniqueSlug() {
        return "p-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private boolean schemaExists(String slug) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from information_schema.schemata where schema_name = ?)",
                Boolean.class, "tenant_" + slug.replace('-', '_')));
    }

    private static boolean keycloakGroupExists(String name) {
        KeycloakServer server = TestStack.get().keycloak();
        try (Keycloak admin = KeycloakBuilder.builder().serverUrl(server.baseUrl()).realm("master").clientId("admin-cli")
                .username(server.bootstrapAdminUsername()).password(server.bootstrapAdminPassword()).build()) {
            return !admin.realm(KeycloakServer.REALM).groups().groups(name, true, 0, 1, true).isEmpty();
        }
    }
}
