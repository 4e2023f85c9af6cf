package com.memberpulse.support.common.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import com.memberpulse.support.ApiIntegrationTest;
import com.memberpulse.support.support.ApiResponse;
import com.memberpulse.support.tenant.Tenant;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** Depth and complexity limits refuse a query before it runs (tight limits here, so the small schema can reach them). */
@TestPropertySource(properties = {"memberpulse.graphql.max-depth=2", "memberpulse.graphql.max-complexity=4"})
class GraphQlLimitsTest extends ApiIntegrationTest {

    @Test
    void aQueryDeeperThanTheLimitIsRefusedBeforeItRuns() {
        ApiResponse response = api.graphql(tokens.token(null, "ROLE_PLATFORM_ADMIN"), "{ tenants { edges { node { slug } } } }");

        assertThat(response.errorCode()).as(response.body().toString()).isEqualTo("QUERY_TOO_COMPLEX");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().has("data")).isFalse();
    }

    @Test
    void aQueryWithMoreFieldsThanTheLimitIsRefusedBeforeItRuns() {
        Tenant tenant = newTenant();
        ApiResponse response = api.graphql(tokens.token(tenant.slug(), "ROLE_CLIENT_USER"),
                "{ a: me { userId } b: me { userId } c: me { userId } }");

        assertThat(response.errorCode()).as(response.body().toString()).isEqualTo("QUERY_TOO_COMPLEX");
        assertThat(response.status()).isEqualTo(400);
    }
}
