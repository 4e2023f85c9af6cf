package com.memberpulse.support.search;

import com.memberpulse.support.ApiIntegrationTest;
import com.memberpulse.support.tenant.Tenant;
import com.memberpulse.support.tenant.TenantContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.springframework.beans.factory.annotation.Autowired;

/** A tenant with a member, an agent and an admin, tickets raised through the API, and waiting for the index to catch up. */
abstract class SearchTestBase extends ApiIntegrationTest {

    @Autowired
    SearchDrift drift;

    Tenant tenant;
    String member;
    String otherMember;
    String agent;
    String admin;
    String category;

    void newSearchTenant() {
        tenant = newTenant();
        member = tokens.token(tenant.slug(), List.of("ROLE_MEMBER"), c -> c.subject("member-1").claim("name", "Mia Member"));
        otherMember = tokens.token(tenant.slug(), List.of("ROLE_MEMBER"), c -> c.subject("member-2").claim("name", "Max Member"));
        agent = tokens.token(tenant.slug(), List.of("ROLE_CLIENT_USER"), c -> c.subject("agent-1").claim("name", "Ava Agent"));
        admin = tokens.token(tenant.slug(), List.of("ROLE_CLIENT_ADMIN"), c -> c.subject("admin-1").claim("name", "Ada Admin"));
        category = api.graphql(member, "{ ticketCategories { id } }").data("ticketCategories").get(0).path("id").asString();
    }

    String raise(String token, String subject, String description) {
        return api.graphql(token, "mutation($s: String!, $d: String!, $c: ID!) { createTicket(input: {subject: $s, description: $d, categoryId: $c}) { id } }",
                Map.of("s", subject, "d", description, "c", category)).data("createTicket").path("id").asString();
    }

    void reply(String token, String ticketId, String body) {
        api.graphql(token, "mutation($id: ID!, $b: String!) { replyToTicket(input: {ticketId: $id, body: $b}) { ticket { id } } }",
                Map.of("id", ticketId, "b", body));
    }

    void note(String ticketId, String body) {
        api.graphql(agent, "mutation($id: ID!, $b: String!) { addInternalNote(input: {ticketId: $id, body: $b}) { id } }", Map.of("id", ticketId, "b", body));
    }

    /** Waits until the tenant's documents are the tickets as they are now: the drift check finds nothing. */
    void awaitIndexed() {
        awaitIndexed(tenant);
    }

    void awaitIndexed(Tenant which) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> driftOf(which, false).isClean());
    }

    SearchDrift.Report driftOf(Tenant which, boolean repair) {
        return TenantContext.callIn(which, () -> {
            try {
                return drift.check(repair);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
