package com.memberpulse.support.common.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import com.memberpulse.support.ApiIntegrationTest;
import com.memberpulse.support.support.ApiResponse;
import com.memberpulse.support.tenant.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Requests that are not valid GraphQL, too big or too deep get 400/413 with the common error body. */
class GraphQlConventionsTest extends ApiIntegrationTest {

    private String token;

    @BeforeEach
    void token() {
        Tenant tenant = newTenant();
        token = tokens.token(tenant.slug(), "ROLE_CLIENT_USER");
    }

    @Test
    void aSyntaxErrorIsABadRequest() {
        ApiResponse response = api.graphql(token, "{ me { userId ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorCode()).isEqualTo("INVALID_QUERY");
        assertThat(response.body().has("data")).isFalse();
    }

    @Test
    void anUnknownFieldIsABadRequest() {
        ApiResponse response = api.graphql(token, "{ me { userId passwordHash } }");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorCode()).isEqualTo("INVALID_QUERY");
        assertThat(response.errorMessage()).contains("passwordHash");
    }

    @Test
    void aBodyThatIsNotJsonIsABadRequest() {
        ApiResponse response = api.postJson("/graphql", token, "{\"query\": ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorCode()).isEqualTo("INVALID_QUERY");
    }

    @Test
    void aRequestWithoutQueryIsABadRequest() {
        ApiResponse response = api.postJson("/graphql", token, "{\"variables\": {}}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorCode()).isEqualTo("INVALID_QUERY");
    }

    @Test
    void anOversizedRequestIsRefusedWith413() {
        String padding = "x".repeat(70_000);
        ApiResponse response = api.graphql(token, "{ me { userId } } # " + padding);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.errorCode()).isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    void introspectionAndGraphiqlAreOffOutsideTheLocalProfile() {
        ApiResponse introspection = api.graphql(token, "{ __schema { queryType { name } } }");
        assertThat(introspection.hasErrors()).isTrue();
        assertThat(introspection.body().path("data").path("__schema").isMissingNode()
                || introspection.body().path("data").path("__schema").isNull()).isTrue();

        assertThat(api.get("/graphiql", null).status()).isEqualTo(404);
        assertThat(api.get("/app/graphiql.html", null).status()).isEqualTo(404);
    }
}
