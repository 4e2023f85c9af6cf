package com.memberpulse.support.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import com.memberpulse.support.ApiIntegrationTest;
import com.memberpulse.support.support.ApiResponse;
import com.memberpulse.support.support.KeycloakUsers;
import com.memberpulse.support.tenant.Tenant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A fresh tenant per test with real staff users in the test stack's Keycloak, synced into the service, and the
 * GraphQL calls the assignment tests share.
 */
abstract class AssignmentTestBase extends ApiIntegrationTest {

    static final String AGENT_FIELDS = "id username name email role active availability capacity openLoad openTickets version teams { id name }";
    static final String TICKET_FIELDS = "id number status priority version assignee { id name }";
    static final String RULE_FIELDS = "id name position enabled categories { id } priorities requesterTypes keywords targetAgent { id } "
            + "targetTeam { id name } strategy version";

    Tenant tenant;
    String admin;
    String member;
    List<String> categoryIds;

    void setUpTenant() {
        tenant = newTenant();
        admin = tokens.token(tenant.slug(), List.of("ROLE_CLIENT_ADMIN"), c -> c.subject("admin-" + tenant.slug()).claim("name", "Ada Admin"));
        member = tokens.token(tenant.slug(), List.of("ROLE_MEMBER"), c -> c.subject("member-" + tenant.slug()).claim("name", "Mia Member"));
        categoryIds = ok(admin, "{ ticketCategories { id } }", Map.of()).path("ticketCategories").valueStream()
                .map(category -> category.path("id").asString()).toList();
    }

    /** A real agent of the test tenant in Keycloak (first name decides the rotation order); returns their id. */
    String keycloakAgent(String firstName) {
        return KeycloakUsers.create(tenant.slug(), firstName.toLowerCase() + "." + tenant.slug(), firstName, "Agent", "ROLE_CLIENT_USER");
    }

    JsonNode sync() {
        return ok(admin, "mutation { syncSupportAgents { added updated deactivated ticketsReleased agents { " + AGENT_FIELDS + " } } }", Map.of())
                .path("syncSupportAgents");
    }

    /** Agents synced from Keycloak, in a new team, with a rule sending every ticket to that team; returns the rule. */
    JsonNode teamRule(String teamName, String strategy, List<String> agentIds) {
        String teamId = createTeam(teamName);
        agentIds.forEach(agentId -> setTeams(agentId, List.of(teamId)));
        return createRule(Map.of("name", teamName + " rule", "teamId", teamId, "strategy", strategy));
    }

    String createTeam(String name) {
        return ok(admin, "mutation($input: CreateSupportTeamInput!) { createSupportTeam(input: $input) { id } }", Map.of("input", Map.of("name", name)))
                .path("createSupportTeam").path("id").asString();
    }

    JsonNode createRule(Map<String, Object> input) {
        return ok(admin, "mutation($input: AssignmentRuleInput!) { createAssignmentRule(input: $input) { " + RULE_FIELDS + " } }",
                Map.of("input", input)).path("createAssignmentRule");
    }

    JsonNode agent(String id) {
        return ok(admin, "{ supportAgents(includeInactive: true) { " + AGENT_FIELDS + " } }", Map.of()).path("supportAgents").valueStream()
                .filter(agent -> agent.path("id").asString().equals(id)).findFirst().orElse(null);
    }

    /** Changes an agent's settings at their current version; fails the test on an error. */
    JsonNode updateAgent(String token, String id, Map<String, Object> changes) {
        ApiResponse response = updateAgentRaw(token, id, changes);
        assertThat(response.hasErrors()).as(response.body().toString()).isFalse();
        return response.data("updateSupportAgent");
    }

    /** The same, answering whatever the service answers. */
    ApiResponse updateAgentRaw(String token, String id, Map<String, Object> changes) {
        Map<String, Object> input = new HashMap<>(changes);
        input.put("id", id);
        input.put("version", agent(id).path("version").asInt());
        return api.graphql(token, "mutation($input: UpdateSupportAgentInput!) { updateSupportAgent(input: $input) { " + AGENT_FIELDS + " } }",
                Map.of("input", input));
    }

    void setTeams(String agentId, List<String> teamIds) {
        updateAgent(admin, agentId, Map.of("teamIds", teamIds));
    }

    JsonNode createTicket(String token, String subject) {
        return createTicket(token, subject, "<p>Please help.</p>", categoryIds.getFirst());
    }

    JsonNode createTicket(String token, String subject, String description, String categoryId) {
        return ok(token, "mutation($input: CreateTicketInput!) { createTicket(input: $input) { " + TICKET_FIELDS + " } }",
                Map.of("input", Map.of("subject", subject, "description", description, "categoryId", categoryId))).path("createTicket");
    }

    JsonNode ticket(String id) {
        return ok(admin, "query($id: ID!) { ticket(id: $id) { " + TICKET_FIELDS + " } }", Map.of("id", id)).path("ticket");
    }

    String assigneeOf(String ticketId) {
        JsonNode assignee = ticket(ticketId).path("assignee");
        return assignee.isNull() || assignee.isMissingNode() ? null : assignee.path("id").asString();
    }

    List<JsonNode> assigneeHistory(String ticketId) {
        return ok(admin, "query($id: ID!) { ticket(id: $id) { history { field fromValue toValue note actor { type id name } } } }", Map.of("id", ticketId))
                .path("ticket").path("history").valueStream().filter(entry -> entry.path("field").asString().equals("ASSIGNEE")).toList();
    }

    JsonNode changeStatus(String ticketId, String status) {
        int version = ticket(ticketId).path("version").asInt();
        return ok(admin, "mutation($input: ChangeTicketStatusInput!) { changeTicketStatus(input: $input) { id status version } }",
                Map.of("input", Map.of("id", ticketId, "version", version, "status", status))).path("changeTicketStatus");
    }

    JsonNode ok(String token, String query, Map<String, ?> variables) {
        ApiResponse response = api.graphql(token, query, variables);
        assertThat(response.hasErrors()).as(response.body().toString()).isFalse();
        return response.body().path("data");
    }
}
