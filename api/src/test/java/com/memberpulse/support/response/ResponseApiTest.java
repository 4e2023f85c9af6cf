package com.memberpulse.support.response;

import static org.assertj.core.api.Assertions.assertThat;

import com.memberpulse.support.ApiIntegrationTest;
import com.memberpulse.support.support.ApiResponse;
import com.memberpulse.support.tenant.Tenant;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;

/** What the canned-response and template tests share: a fresh tenant with a user of every role, tickets, assertions. */
abstract class ResponseApiTest extends ApiIntegrationTest {

    static final String TENANT_HEADER = "X-MemberPulse-Tenant";
    static final String CREATE_TICKET = "mutation($input: CreateTicketInput!) { createTicket(input: $input) { id number } }";

    Tenant tenant;
    String member;
    String agent;
    String otherAgent;
    String admin;

    @BeforeEach
    void tenantWithUsers() {
        tenant = newTenant();
        member = user(tenant, "member-1", "Mia Member", "ROLE_MEMBER");
        agent = user(tenant, "agent-1", "Ann Agent", "ROLE_CLIENT_USER");
        otherAgent = user(tenant, "agent-2", "Bob Agent", "ROLE_CLIENT_USER");
        admin = user(tenant, "admin-1", "Ada Admin", "ROLE_CLIENT_ADMIN");
    }

    String user(Tenant in, String subject, String name, String role) {
        return tokens.token(in.slug(), List.of(role), c -> c.subject(subject).claim("name", name).claim("email", subject + "@example.org"));
    }

    /** Performs a request as one caller: a token, and for a platform admin the tenant header. */
    @FunctionalInterface
    interface Caller {
        ApiResponse call(String query, Map<String, ?> variables);
    }

    Caller as(String token) {
        return (query, variables) -> api.graphql(token, query, variables);
    }

    Caller asPlatformAdminIn(Tenant in) {
        String token = tokens.token(null, "ROLE_PLATFORM_ADMIN");
        return (query, variables) -> api.graphql(token, query, variables, TENANT_HEADER, in.slug());
    }

    /** A ticket raised by a member of {@code in} with this display name; returns its id and number. */
    JsonNode ticket(Tenant in, String memberName, String subject) {
        String requester = tokens.token(in.slug(), List.of("ROLE_MEMBER"), c -> c.subject("requester-" + memberName.hashCode())
                .claim("name", memberName).claim("email", "requester@example.org"));
        Map<String, Object> input = Map.of("subject", subject, "description", "<p>Please help.</p>",
                "categoryId", categoryId(in, "Billing"));
        return ok(api.graphql(requester, CREATE_TICKET, Map.of("input", input)), "createTicket");
    }

    String categoryId(Tenant in, String name) {
        JsonNode categories = ok(api.graphql(tokens.token(in.slug(), "ROLE_CLIENT_ADMIN"), "{ ticketCategories { id name } }"),
                "ticketCategories");
        return elements(categories).stream().filter(c -> c.path("name").asString().equals(name)).findFirst()
                .orElseThrow().path("id").asString();
    }

    static JsonNode ok(ApiResponse response, String field) {
        assertThat(response.hasErrors()).as(response.body().toString()).isFalse();
        return response.data(field);
    }

    static void assertRefused(ApiResponse response, String code, String field) {
        assertThat(response.errorCode()).as(response.body().toString()).isEqualTo(code);
        assertThat(response.errorField()).as(response.body().toString()).isEqualTo(field);
    }

    static List<JsonNode> elements(Iterable<JsonNode> array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    /** One field of each element, in order: the titles of a list, the names of its categories. */
    static List<String> strings(Iterable<JsonNode> array, String field) {
        return elements(array).stream().map(node -> node.path(field).asString()).toList();
    }
}
