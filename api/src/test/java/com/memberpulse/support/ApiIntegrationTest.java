package com.memberpulse.support;

import com.memberpulse.support.support.ApiClient;
import com.memberpulse.support.support.SqlStatementCounter;
import com.memberpulse.support.support.TestClock;
import com.memberpulse.support.support.TestStack;
import com.memberpulse.support.support.TestTokens;
import com.memberpulse.support.tenant.Tenant;
import com.memberpulse.support.tenant.TenantService;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Base of the tests that run the whole service on a random port against the shared test stack (real
 * PostgreSQL, Elasticsearch and Keycloak, started once per JVM). Tests isolate themselves by tenant:
 * each makes its own with {@link #newTenant()}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({SqlStatementCounter.class, TestClock.Configuration.class})
public abstract class ApiIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    protected TenantService tenantService;

    protected ApiClient api;
    protected TestTokens tokens;

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        TestStack.register(registry);
    }

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
        tokens = TestTokens.get();
    }

    /** Spring GraphQL's tester against the running server, as the holder of {@code token}. */
    protected HttpGraphQlTester graphQl(String token) {
        return HttpGraphQlTester.create(WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port + "/graphql").build())
                .mutate().headers(headers -> headers.setBearerAuth(token)).build();
    }

    /** Provisions a fresh tenant through the service, as a platform admin would. */
    protected Tenant newTenant() {
        String slug = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        return asPlatformAdmin(() -> tenantService.provision(slug, "Test tenant " + slug));
    }

    protected <T> T asPlatformAdmin(java.util.function.Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new TestingAuthenticationToken("test-platform-admin", "n/a", List.of(
                new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_PLATFORM_ADMIN"))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
