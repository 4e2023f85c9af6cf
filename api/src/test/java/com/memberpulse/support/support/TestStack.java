package com.memberpulse.support.support;

import com.memberpulse.support.devstack.KeycloakServer;
import com.memberpulse.support.devstack.LocalStack;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Points a test application context at the test JVM's shared local stack. */
public final class TestStack {

    private TestStack() {
    }

    public static LocalStack get() {
        return LocalStack.sharedForTests();
    }

    public static void register(DynamicPropertyRegistry registry) {
        LocalStack stack = get();
        registry.add("spring.datasource.url", () -> stack.postgres().jdbcUrl());
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> stack.postgres().password());
        registry.add("memberpulse.keycloak.server-url", () -> stack.keycloak().baseUrl());
        registry.add("memberpulse.keycloak.admin-client-secret", () -> KeycloakServer.ADMIN_CLIENT_SECRET);
        registry.add("memberpulse.cursor-secret", () -> "test-cursor-secret-0123456789abcdef0123456789");
        // Tests sync the support team when they mean to (a background sync would race their Keycloak changes).
        registry.add("memberpulse.assignment.sync-initial-delay", () -> "PT24H");
    }
}
