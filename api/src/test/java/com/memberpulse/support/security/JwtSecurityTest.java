package com.memberpulse.support.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.memberpulse.support.ApiIntegrationTest;
import com.memberpulse.support.support.ApiResponse;
import com.memberpulse.support.tenant.Tenant;
import com.nimbusds.jwt.JWTClaimsSet;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad token is refused with 401 or 403 and the JSON error body, never with data. */
class JwtSecurityTest extends ApiIntegrationTest {

    private static final String ME = "{ me { userId username roles tenant actingAsPlatformAdmin } }";
    private Tenant tenant;

    @BeforeEach
    void tenant() {
        tenant = newTenant();
    }

    @Test
    void aValidTokenOfTheTenantGetsItsCaller() {
        ApiResponse response = api.graphql(tokens.token(tenant.slug(), "ROLE_CLIENT_USER"), ME);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.hasErrors()).isFalse();
        assertThat(response.data("me").path("tenant").asString()).isEqualTo(tenant.slug());
        assertThat(response.data("me").path("roles").get(0).asString()).isEqualTo("CLIENT_USER");
        assertThat(response.data("me").path("actingAsPlatformAdmin").asBoolean()).isFalse();
    }

    @Test
    void noTokenIsUnauthenticated() {
        assertRefused(api.graphql(null, ME), 401, "UNAUTHENTICATED");
    }

    @Test
    void aMalformedTokenIsUnauthenticated() {
        assertRefused(api.graphql("not.a.jwt", ME), 401, "UNAUTHENTICATED");
        assertRefused(api.graphql("garbage", ME), 401, "UNAUTHENTICATED");
    }

    @Test
    void anUnsignedTokenIsUnauthenticated() {
        assertRefused(api.graphql(tokens.unsigned(valid()), ME), 401, "UNAUTHENTICATED");
    }

    @Test
    void aTokenSignedWithAnotherKeyIsUnauthenticated() {
        assertRefused(api.graphql(tokens.signWithUnknownKey(valid()), ME), 401, "UNAUTHENTICATED");
    }

    @Test
    void anHs256TokenKeyedWithThePublicKeyIsUnauthenticated() {
        assertRefused(api.graphql(tokens.hs256WithPublicKey(valid()), ME), 401, "UNAUTHENTICATED");
    }

    static List<UnaryOperator<JWTClaimsSet.Builder>> badClaims() {
        long now = System.currentTimeMillis();
        return List.of(
                named("expired", c -> c.issueTime(new Date(now - 900_000)).notBeforeTime(new Date(now - 900_000)).expirationTime(new Date(now - 600_000))),
                named("not yet valid", c -> c.notBeforeTime(new Date(now + 600_000))),
                named("wrong issuer", c -> c.issuer("http://127.0.0.1:1/realms/memberpulse")),
                named("only aud account", c -> c.audience("account")),
                named("no audience", c -> c.audience((String) null)));
    }

    @ParameterizedTest
    @MethodSource("badClaims")
    void aTokenWithBadClaimsIsUnauthenticated(UnaryOperator<JWTClaimsSet.Builder> change) {
        String token = tokens.token(tenant.slug(), List.of("ROLE_MEMBER"), change);
        assertRefused(api.graphql(token, ME), 401, "UNAUTHENTICATED");
    }

    @Test
    void aTenantUserWithoutTenantClaimIsForbidden() {
        assertRefused(api.graphql(tokens.token(null, "ROLE_MEMBER"), ME), 403, "FORBIDDEN");
    }

    @Test
    void anUnknownTenantIsForbidden() {
        assertRefused(api.graphql(tokens.token("no-such-tenant", "ROLE_CLIENT_ADMIN"), ME), 403, "FORBIDDEN");
        assertRefused(api.graphql(tokens.token("Not A Slug!", "ROLE_CLIENT_ADMIN"), ME), 403, "FORBIDDEN");
    }

    @Test
    void aDeprovisionedTenantIsForbiddenAtOnce() {
        String token = tokens.token(tenant.slug(), "ROLE_CLIENT_ADMIN");
        assertThat(api.graphql(token, ME).status()).isEqualTo(200);

        asPlatformAdmin(() -> tenantService.deprovision(tenant.slug(), false));

        assertRefused(api.graphql(token, ME), 403, "FORBIDDEN");
    }

    @Test
    void onlyPlatformAdminsMayNameATenantInTheHeader() {
        Tenant other = newTenant();
        String token = tokens.token(tenant.slug(), "ROLE_CLIENT_ADMIN");

        assertRefused(api.graphql(token, ME, null, "X-MemberPulse-Tenant", other.slug()), 403, "FORBIDDEN");
    }

    @Test
    void aPlatformAdminActsInNoTenantUnlessNamedAndEveryNamedAccessIsAudited() {
        String token = tokens.token(null, "ROLE_PLATFORM_ADMIN");

        ApiResponse outside = api.graphql(token, ME);
        assertThat(outside.status()).isEqualTo(200);
        assertThat(outside.data("me").path("tenant").isNull()).isTrue();
        assertThat(auditedAccesses(tenant.slug())).isZero();

        ApiResponse inside = api.graphql(token, ME, null, "X-MemberPulse-Tenant", tenant.slug());
        assertThat(inside.status()).isEqualTo(200);
        assertThat(inside.data("me").path("tenant").asString()).isEqualTo(tenant.slug());
        assertThat(inside.data("me").path("actingAsPlatformAdmin").asBoolean()).isTrue();
        assertThat(auditedAccesses(tenant.slug())).isEqualTo(1);

        assertRefused(api.graphql(token, ME, null, "X-MemberPulse-Tenant", "no-such-tenant"), 403, "FORBIDDEN");
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private long auditedAccesses(String slug) {
        return jdbc.queryForObject("select count(*) from support_control.platform_access_audit where tenant_slug = ?", Long.class, slug);
    }

    private JWTClaimsSet valid() {
        return tokens.claims(tenant.slug(), "ROLE_CLIENT_ADMIN").build();
    }

    private static void assertRefused(ApiResponse response, int status, String code) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.errorCode()).isEqualTo(code);
        assertThat(response.errorMessage()).isNotBlank();
        assertThat(response.body().has("data")).isFalse();
    }

    private static UnaryOperator<JWTClaimsSet.Builder> named(String name, UnaryOperator<JWTClaimsSet.Builder> change) {
        return new UnaryOperator<>() {
            @Override
            public JWTClaimsSet.Builder apply(JWTClaimsSet.Builder builder) {
                return change.apply(builder);
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }
}
