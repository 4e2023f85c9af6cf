package com.memberpulse.support.support;

import com.memberpulse.support.SupportApplication;
import com.memberpulse.support.devstack.KeycloakServer;
import com.memberpulse.support.devstack.LocalStack;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Points a test application context at the test JVM's shared local stack. */
public final class TestStack {

    private TestStack() {
    }

    public static LocalStack get() {
        return LocalStack.sharedForTests();
    }

    public static void register(DynamicPropertyRegistry registry) {
        for (String name : properties().keySet()) {
            registry.add(name, () -> properties().get(name));
        }
    }

    /** The settings that point the service at the stack (the stack starts on first use). */
    private static Map<String, String> properties() {
        LocalStack stack = get();
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", stack.postgres().jdbcUrl());
        properties.put("spring.datasource.username", "postgres");
        properties.put("spring.datasource.password", stack.postgres().password());
        properties.put("memberpulse.keycloak.server-url", stack.keycloak().baseUrl());
        properties.put("memberpulse.keycloak.admin-client-secret", KeycloakServer.ADMIN_CLIENT_SECRET);
        properties.put("memberpulse.search.url", stack.elasticsearch().httpUrl());
        // An indexer whose node is stopped by a test tries again within a second of its return.
        properties.put("memberpulse.search.retry-cap", "PT1S");
        // Searches page through their 4 best matches, so that tests see a broad search's limit at work (the search
        // benchmark runs with the deployment's 1,000: -Dmemberpulse.search.max-matches=1000).
        properties.put("memberpulse.search.max-matches", System.getProperty("memberpulse.search.max-matches", "4"));
        properties.put("spring.mail.host", "127.0.0.1");
        properties.put("spring.mail.port", Integer.toString(stack.mail().smtpPort()));
        // Notifications go out soon after a change and park after a few quick tries, so that tests of both are short.
        properties.put("memberpulse.notifications.coalesce-window", "PT2S");
        properties.put("memberpulse.notifications.retry.max-attempts", "6");
        properties.put("memberpulse.notifications.retry.backoff-base", "PT0.5S");
        properties.put("memberpulse.notifications.retry.backoff-cap", "PT2S");
        properties.put("memberpulse.cursor-secret", "test-cursor-secret-0123456789abcdef0123456789");
        // Tests sync the support team when they mean to (a background sync would race their Keycloak changes).
        properties.put("memberpulse.assignment.sync-initial-delay", "PT24H");
        return properties;
    }

    /**
     * Starts another instance of the service on the same stack and database, on a free port, as a second replica
     * would run: the test context has migrated every schema already. {@code settings} are extra properties
     * ({@code name=value}); {@code sources} extra beans (e.g. test consumers).
     */
    public static ConfigurableApplicationContext startAnotherInstance(List<String> settings, Class<?>... sources) {
        return start(Stream.concat(Stream.of("memberpulse.tenancy.migrate-on-start=false"), settings.stream()).toList(), sources);
    }

    /**
     * Starts an instance of the service on the stack and database, on a free port, migrating the schemas as any
     * instance does: for tests that run outside the Spring test context (jqwik properties).
     */
    public static ConfigurableApplicationContext startInstance(List<String> settings, Class<?>... sources) {
        return start(settings, sources);
    }

    private static ConfigurableApplicationContext start(List<String> settings, Class<?>... sources) {
        List<String> args = new ArrayList<>(List.of("--server.port=0"));
        // A setting replaces the stack's property of the same name (twice on the command line would make a list).
        java.util.Set<String> overridden = settings.stream().map(setting -> setting.split("=", 2)[0]).collect(java.util.stream.Collectors.toSet());
        properties().forEach((name, value) -> {
            if (!overridden.contains(name)) {
                args.add("--" + name + "=" + value);
            }
        });
        settings.forEach(setting -> args.add("--" + setting));
        Class<?>[] all = Stream.concat(Stream.of(SupportApplication.class), Stream.of(sources)).toArray(Class<?>[]::new);
        return new SpringApplicationBuilder(all).run(args.toArray(String[]::new));
    }
}
