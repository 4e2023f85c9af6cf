package com.memberpulse.support.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.memberpulse.support.ApiIntegrationTest;
import com.memberpulse.support.assignment.SupportTeamService;
import com.memberpulse.support.devstack.KeycloakServer;
import com.memberpulse.support.support.KeycloakUiClient;
import com.memberpulse.support.support.KeycloakUsers;
import com.memberpulse.support.support.TestStack;
import com.memberpulse.support.tenant.Tenant;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the browser walkthroughs ({@code ui/e2e}, Playwright in Debian's Chromium) against this test JVM's service and
 * its shared stack: a fresh tenant with its own Keycloak users (password {@value #PASSWORD}) who sign in on Keycloak's
 * real login page. The stack is started once, as for every other test; the walkthroughs read where it is from
 * {@code ui/target/e2e/stack.json}.
 *
 * <p>{@code -De2e.grep=member} runs only the walkthroughs whose title matches; {@code -De2e.hold=true} starts
 * everything, writes stack.json and waits (until {@code ui/target/e2e/stack.json} is deleted) so that
 * {@code npx playwright test} can be run by hand; the screens are then served from {@code ui/target/classes}, so
 * {@code npm run build} shows at the next reload.
 */
class BrowserWalkthroughsTest extends ApiIntegrationTest {

    static final String PASSWORD = "walkthrough-Pa55";
    /**
     * The origins of the plain host page the embedding walkthrough mounts a screen in (it serves the page itself on a
     * free port). Loopback: Chromium lets a page reach a loopback API only from the same address space.
     */
    static final String HOST_ORIGINS = "http://localhost:[*]";
    private static final Path UI = Path.of("..", "ui").toAbsolutePath().normalize();
    private static final Duration LIMIT = Duration.ofMinutes(20);
    private static final Pattern FAILURE_HEADER = Pattern.compile("^\\s+\\d+\\) ");
    private static final Pattern SUMMARY_LINE = Pattern.compile("^\\s+\\d+ (failed|flaky|passed)");
    private static final Pattern DETAIL_LINE =
            Pattern.compile("^\\s*(Error:|Locator:|Expected|Received|> *\\d+ \\||at .*e2e/)");

    @LocalServerPort
    int port;

    @Autowired
    SupportTeamService supportTeam;

    @DynamicPropertySource
    static void servedFromTheBuild(DynamicPropertyRegistry registry) {
        registry.add("memberpulse.security.allowed-origins", () -> HOST_ORIGINS);
        registry.add("memberpulse.ui.graphiql", () -> "true");
        if (Boolean.getBoolean("e2e.hold")) {
            registry.add("memberpulse.ui.location", () -> UI.resolve("target/classes/META-INF/resources/app").toUri().toString());
        }
    }

    @Test
    void everyWalkthroughPassesInARealBrowser() throws Exception {
        String baseUrl = "http://127.0.0.1:" + port;
        KeycloakServer keycloak = TestStack.get().keycloak();
        KeycloakUiClient.ensure(keycloak.baseUrl(), KeycloakServer.BOOTSTRAP_ADMIN, KeycloakServer.BOOTSTRAP_PASSWORD, baseUrl);

        Tenant tenant = newTenant();
        Map<String, Object> users = new LinkedHashMap<>();
        users.put("member", user(tenant, "member", "Maria", "Member", "ROLE_MEMBER"));
        users.put("member2", user(tenant, "member2", "Oliver", "Other", "ROLE_MEMBER"));
        users.put("sponsor", user(tenant, "sponsor", "Sam", "Sponsor", "ROLE_SPONSOR_USER"));
        users.put("agent", user(tenant, "agent", "Alex", "Agent", "ROLE_CLIENT_USER"));
        users.put("agent2", user(tenant, "agent2", "Avery", "Agent", "ROLE_CLIENT_USER"));
        users.put("admin", user(tenant, "admin", "Ada", "Admin", "ROLE_CLIENT_ADMIN"));
        users.put("platformAdmin", user(null, "platform-" + tenant.slug(), "Pat", "Platform", "ROLE_PLATFORM_ADMIN"));
        asPlatformAdmin(() -> {
            supportTeam.syncAllTenants();
            return null;
        });

        Map<String, Object> stack = new LinkedHashMap<>();
        stack.put("baseUrl", baseUrl);
        stack.put("keycloakUrl", keycloak.baseUrl());
        stack.put("realm", KeycloakServer.REALM);
        // The devstack's master admin: walkthroughs end a user's Keycloak sessions to play an expired session.
        stack.put("keycloakAdmin", Map.of("username", KeycloakServer.BOOTSTRAP_ADMIN, "password", KeycloakServer.BOOTSTRAP_PASSWORD));
        stack.put("tokenClientId", KeycloakServer.APP_CLIENT_ID);
        stack.put("tenant", tenant.slug());
        stack.put("password", PASSWORD);
        stack.put("users", users);
        Path stackFile = UI.resolve("target/e2e/stack.json");
        Files.createDirectories(stackFile.getParent());
        Files.writeString(stackFile, JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(stack));

        if (Boolean.getBoolean("e2e.hold")) {
            System.out.println("\nBrowser walkthroughs: the stack is up at " + baseUrl + " (" + stackFile + ").\n"
                    + "Run `cd ui && npx playwright test` as often as you like; delete stack.json to stop.\n");
            while (Files.exists(stackFile)) {
                Thread.sleep(1000);
            }
            return;
        }
        List<String> report = Collections.synchronizedList(new ArrayList<>());
        int exitCode = playwright(report);
        assertThat(exitCode).as("Playwright's exit code; what failed:%n%s", failures(report)).isZero();
    }

    private Map<String, String> user(Tenant tenant, String role, String firstName, String lastName, String realmRole) {
        String username = role.startsWith("platform") ? role : tenant.slug() + "." + role;
        String id = KeycloakUsers.create(tenant == null ? null : tenant.slug(), username, firstName, lastName, realmRole);
        KeycloakUsers.setPassword(id, PASSWORD);
        return Map.of("id", id, "username", username, "name", firstName + " " + lastName, "email", username + "@example.org");
    }

    /**
     * The failed walkthroughs with their first error lines, for the assertion message: a CI log is often cut to its
     * tail, and Playwright prints its report long before Surefire's summary.
     */
    static String failures(List<String> report) {
        List<String> lines;
        synchronized (report) {
            lines = List.copyOf(report);
        }
        StringBuilder summary = new StringBuilder();
        boolean inFailure = false;
        for (String line : lines) {
            if (FAILURE_HEADER.matcher(line).find()) {
                inFailure = true;
                summary.append(line.strip()).append('\n');
            } else if (SUMMARY_LINE.matcher(line).find()) {
                inFailure = false;
            } else if (inFailure && DETAIL_LINE.matcher(line).find()) {
                summary.append("    ").append(line.strip()).append('\n');
            }
        }
        return summary.isEmpty() ? "(nothing reported: see Playwright's output above)" : summary.toString();
    }

    private int playwright(List<String> report) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("npx", "playwright", "test"));
        String grep = System.getProperty("e2e.grep");
        if (grep != null && !grep.isBlank()) {
            command.addAll(List.of("--grep", grep));
        }
        // Output through this JVM's System.out (inheriting the descriptors would write into Surefire's channel).
        ProcessBuilder builder = new ProcessBuilder(command).directory(UI.toFile()).redirectErrorStream(true);
        builder.environment().put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        builder.environment().put("E2E_STACK", UI.resolve("target/e2e/stack.json").toString());
        Process process = builder.start();
        process.getOutputStream().close();
        Thread reader = Thread.ofVirtual().start(() -> process.inputReader().lines().forEach(line -> {
            System.out.println(line);
            report.add(line);
        }));
        if (!process.waitFor(LIMIT.toMinutes(), TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("The walkthroughs did not finish within " + LIMIT);
        }
        reader.join(Duration.ofSeconds(10));
        return process.exitValue();
    }
}
