package com.memberpulse.support;

import com.memberpulse.support.devstack.KeycloakServer;
import org.springframework.core.env.Environment;

/** What the local stack prints once it is ready: where things are and how to get a token. */
final class DevStackBanner {

    private DevStackBanner() {
    }

    static String text(Environment environment) {
        String port = environment.getProperty("local.server.port", "8080");
        String api = "http://127.0.0.1:" + port;
        String keycloak = environment.getProperty("memberpulse.keycloak.server-url");
        String tokenUrl = keycloak + "/realms/" + KeycloakServer.REALM + "/protocol/openid-connect/token";
        long started = Long.parseLong(environment.getProperty("memberpulse.devstack.started-nanos", Long.toString(System.nanoTime())));
        StringBuilder text = new StringBuilder();
        text.append("\n==================== MemberPulse Support is ready (")
                .append((System.nanoTime() - started) / 1_000_000_000).append(" s) ====================\n")
                .append("Screens          : ").append(api).append("/app/  (sign in as any demo user below)\n")
                .append("GraphQL endpoint : ").append(api).append("/graphql\n")
                .append("GraphiQL (local) : ").append(api).append("/graphiql  (signs in like the screens)\n")
                .append("Keycloak         : ").append(keycloak).append("/admin  (admin / admin)\n")
                .append("Elasticsearch    : ").append(environment.getProperty("memberpulse.devstack.elasticsearch-url")).append('\n')
                .append("Mail (GreenMail) : SMTP 127.0.0.1:").append(environment.getProperty("spring.mail.port"))
                .append(", read with any IMAP client at 127.0.0.1:").append(environment.getProperty("memberpulse.devstack.imap-port"))
                .append(" (user and password: the address, e.g. demo.member@demo.example.org)\n")
                .append("PostgreSQL       : ").append(environment.getProperty("spring.datasource.url")).append("  (postgres / postgres)\n")
                .append("Demo tenants     : demo, acme. Users (password '").append(KeycloakServer.DEMO_PASSWORD).append("'):\n")
                .append("  demo.member demo.sponsor demo.sponsoradmin demo.agent demo.agent2 demo.admin (same for acme.*), platform.admin\n\n")
                .append("Get a token and ask who you are (swap the username for any demo user):\n\n")
                .append("  TOKEN=$(curl -s -d grant_type=password -d client_id=").append(KeycloakServer.APP_CLIENT_ID)
                .append(" -d username=demo.agent -d password=").append(KeycloakServer.DEMO_PASSWORD)
                .append(" ").append(tokenUrl).append(" | sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/')\n")
                .append("  curl -s -H \"Authorization: Bearer $TOKEN\" -H 'Content-Type: application/json' \\\n")
                .append("       -d '{\"query\":\"{ me { username roles tenant } }\"}' ").append(api).append("/graphql\n\n")
                .append("Platform admins name the tenant to act in with the header 'X-MemberPulse-Tenant: demo' (audited).\n")
                .append("==========================================================================================\n");
        return text.toString();
    }
}
