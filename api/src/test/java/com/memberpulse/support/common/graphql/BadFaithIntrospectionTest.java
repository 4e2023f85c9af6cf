package com.memberpulse.support.common.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import com.memberpulse.support.ApiIntegrationTest;
import com.memberpulse.support.support.ApiResponse;
import com.memberpulse.support.tenant.Tenant;
import graphql.introspection.Introspection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** With introspection on (the local profile), a repetitive introspection query is refused in our terms, before it runs. */
@TestPropertySource(properties = "spring.graphql.schema.introspection.enabled=true")
class BadFaithIntrospectionTest extends ApiIntegrationTest {

    private boolean enabledBefore;

    /** Spring Boot turns introspection off JVM-wide when a context disables it, and the other tests' contexts do. */
    @BeforeEach
    void introspectionOn() {
        enabledBefore = Introspection.isEnabledJvmWide();
        Introspection.enabledJvmWide(true);
    }

    @AfterEach
    void introspectionAsBefore() {
        Introspection.enabledJvmWide(enabledBefore);
    }

    @Test
    void aRepetitiveIntrospectionQueryIsTooComplexNotAnInternalError() {
        Tenant tenant = newTenant();
        ApiResponse response = api.graphql(tokens.token(tenant.slug(), "ROLE_CLIENT_USER"),
                "{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }");

        assertThat(response.errorCode()).as(response.body().toString()).isEqualTo("QUERY_TOO_COMPLEX");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().toString()).doesNotContain("BadFaith", "graphql.");
        assertThat(response.body().path("errors").path(0).path("extensions").path("classification").asString()).isEqualTo("BAD_REQUEST");
    }
}
