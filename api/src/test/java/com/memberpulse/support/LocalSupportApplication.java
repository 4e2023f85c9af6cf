package com.memberpulse.support;

import com.memberpulse.support.assignment.AssignmentRuleService;
import com.memberpulse.support.assignment.AssignmentStrategy;
import com.memberpulse.support.assignment.SupportAgent;
import com.memberpulse.support.assignment.SupportTeam;
import com.memberpulse.support.assignment.SupportTeamService;
import com.memberpulse.support.devstack.KeycloakServer;
import com.memberpulse.support.devstack.LocalStack;
import com.memberpulse.support.search.SearchDrift;
import com.memberpulse.support.support.KeycloakUiClient;
import com.memberpulse.support.tenant.Tenant;
import com.memberpulse.support.tenant.TenantContext;
import com.memberpulse.support.tenant.TenantService;
import com.memberpulse.support.ticket.RequesterType;
import java.util.List;
import java.util.Map;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The service on its embedded local stack: {@code ./mvnw -pl api -am spring-boot:test-run}.
 * Starts PostgreSQL, Elasticsearch, Keycloak and a mail server (data kept between runs; {@code MEMBERPULSE_RESET=true}
 * starts afresh), runs the API with the {@code local} profile, provisions the demo tenants and prints how
 * to use it.
 */
public final class LocalSupportApplication {

    static final List<String> DEMO_TENANTS = List.of("demo", "acme");
    private static final Map<String, String> DEMO_NAMES = Map.of("demo", "Demo Association", "acme", "ACME Society");

    private LocalSupportApplication() {
    }

    public static void main(String[] args) {
        long started = System.nanoTime();
        LocalStack stack = LocalStack.start(LocalStack.Settings.local(Boolean.parseBoolean(System.getenv("MEMBERPULSE_RESET"))));
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "local-stack-stop"));
        System.setProperty("spring.profiles.active", "local");
        System.setProperty("spring.datasource.url", stack.postgres().jdbcUrl());
        System.setProperty("spring.datasource.username", "postgres");
        System.setProperty("spring.datasource.password", stack.postgres().password());
        System.setProperty("memberpulse.keycloak.server-url", stack.keycloak().baseUrl());
        System.setProperty("memberpulse.keycloak.admin-client-secret", KeycloakServer.ADMIN_CLIENT_SECRET);
        System.setProperty("memberpulse.devstack.started-nanos", Long.toString(started));
        System.setProperty("memberpulse.devstack.elasticsearch-url", stack.elasticsearch().httpUrl());
        System.setProperty("memberpulse.search.url", stack.elasticsearch().httpUrl());
        System.setProperty("spring.mail.host", "127.0.0.1");
        System.setProperty("spring.mail.port", Integer.toString(stack.mail().smtpPort()));
        System.setProperty("memberpulse.devstack.imap-port", Integer.toString(stack.mail().imapPort()));
        SpringApplication.from(SupportApplication::main).with(DemoSetup.class).run(args);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class DemoSetup {

        /** Provisions the demo tenants idempotently, as the platform would, and gives them demo tickets once. */
        @Bean
        ApplicationRunner provisionDemoTenants(TenantService tenants, JdbcTemplate jdbc, TransactionTemplate transactions,
                                               Environment environment, SupportTeamService team, AssignmentRuleService rules,
                                               SearchDrift searchDrift) {
            return args -> {
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(new TestingAuthenticationToken("devstack", "n/a",
                        List.of(new SimpleGrantedAuthority("ROLE_PLATFORM_ADMIN"))));
                SecurityContextHolder.setContext(context);
                try (Keycloak keycloak = KeycloakBuilder.builder()
                        .serverUrl(environment.getProperty("memberpulse.keycloak.server-url")).realm(KeycloakServer.REALM)
                        .grantType("client_credentials").clientId(KeycloakServer.ADMIN_CLIENT_ID)
                        .clientSecret(KeycloakServer.ADMIN_CLIENT_SECRET).build()) {
                    for (String slug : DEMO_TENANTS) {
                        Tenant tenant = tenants.provision(slug, DEMO_NAMES.get(slug));
                        List<DemoData.Person> requesters = people(keycloak, slug, List.of("member", "sponsor", "sponsoradmin"));
                        List<DemoData.Person> agents = people(keycloak, slug, List.of("agent", "agent2", "admin"));
                        TenantContext.callIn(tenant, () -> transactions.execute(status -> {
                            DemoData.seed(jdbc, requesters, agents, 300);
                            return null;
                        }));
                        // The demo tickets are written by SQL, not through the event backbone: the drift check indexes them.
                        searchDrift.check(tenant, true);
                    }
                    team.syncAllTenants();
                    for (String slug : DEMO_TENANTS) {
                        TenantContext.callIn(tenants.find(slug).orElseThrow(), () -> {
                            demoAssignment(team, rules, slug);
                            return null;
                        });
                    }
                } finally {
                    SecurityContextHolder.clearContext();
                }
            };
        }

        /**
         * Once per tenant: a front desk team of the two demo agents taking turns on every new ticket, and sponsor
         * tickets straight to the admin, so that raising a ticket as the demo member shows assignment at work.
         */
        private static void demoAssignment(SupportTeamService team, AssignmentRuleService rules, String slug) {
            if (!team.teams().isEmpty()) {
                return;
            }
            SupportTeam frontDesk = team.createTeam("Front desk", "First line: every ticket, in turns.");
            SupportAgent admin = null;
            for (SupportAgent agent : team.agents(false)) {
                if (agent.username().equals(slug + ".admin")) {
                    admin = agent;
                } else {
                    // The demo tickets already give each agent a load far above the default capacity of 20.
                    team.updateAgent(agent.id(), agent.version(), null, agent.openLoad() + 40, List.of(frontDesk.id()));
                }
            }
            if (admin != null) {
                team.updateAgent(admin.id(), admin.version(), null, admin.openLoad() + 40, null);
                rules.create(new AssignmentRuleService.RuleInput("Sponsors to the admin", true, null, null, List.of(RequesterType.SPONSOR),
                        null, admin.id(), null, null));
            }
            rules.create(new AssignmentRuleService.RuleInput("Everything else: front desk", true, null, null, null, null, null,
                    frontDesk.id(), AssignmentStrategy.ROUND_ROBIN));
        }

        private static List<DemoData.Person> people(Keycloak keycloak, String slug, List<String> suffixes) {
            return suffixes.stream()
                    .flatMap(suffix -> keycloak.realm(KeycloakServer.REALM).users().search(slug + "." + suffix, true).stream())
                    .map(user -> new DemoData.Person(user.getId(), user.getFirstName() + " " + user.getLastName(), user.getEmail(),
                            user.getUsername().contains("sponsor")))
                    .toList();
        }

        @Bean
        ApplicationListener<ApplicationReadyEvent> printUsage(Environment environment) {
            return event -> {
                // The screens' client, with this port's redirect URIs, also in a realm imported before it existed.
                KeycloakUiClient.ensure(environment.getProperty("memberpulse.keycloak.server-url"), KeycloakServer.BOOTSTRAP_ADMIN,
                        KeycloakServer.BOOTSTRAP_PASSWORD, "http://127.0.0.1:" + environment.getProperty("local.server.port", "8080"));
                System.out.println(DevStackBanner.text(environment));
            };
        }
    }
}
