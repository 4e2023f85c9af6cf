package com.memberpulse.support.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import com.memberpulse.support.support.ApiResponse;
import com.memberpulse.support.support.KeycloakUsers;
import com.memberpulse.support.tenant.Tenant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The support team from the real Keycloak of the test stack, agent settings, teams, manual assignment and the rules'
 * administration: per role, with validation, stale versions and another tenant's ids.
 */
class SupportTeamApiTest extends AssignmentTestBase {

    static final String ASSIGN = "mutation($input: AssignTicketInput!) { assignTicket(input: $input) { " + TICKET_FIELDS + " } }";
    static final String UNASSIGN = "mutation($input: UnassignTicketInput!) { unassignTicket(input: $input) { " + TICKET_FIELDS + " } }";

    String agentToken;
    @Autowired
    SupportTeamService teamService;

    @BeforeEach
    void tenantAndStaff() {
        setUpTenant();
        agentToken = tokens.token(tenant.slug(), List.of("ROLE_CLIENT_USER"), c -> c.subject("agent-" + tenant.slug()));
    }

    @Test
    void aSyncBringsInTheTenantsStaffFromKeycloakWithTheirRolesAndNobodyElse() {
        String agent = KeycloakUsers.create(tenant.slug(), "zoe." + tenant.slug(), "Zoe", "Zimmer", "ROLE_CLIENT_USER");
        String boss = KeycloakUsers.create(tenant.slug(), "yan." + tenant.slug(), "Yan", "Young", "ROLE_CLIENT_ADMIN");
        String both = KeycloakUsers.create(tenant.slug(), "xia." + tenant.slug(), "Xia", "Xu", "ROLE_CLIENT_USER", "ROLE_CLIENT_ADMIN");
        String memberUser = KeycloakUsers.create(tenant.slug(), "wes." + tenant.slug(), "Wes", "West", "ROLE_MEMBER");
        String noRole = KeycloakUsers.create(tenant.slug(), "val." + tenant.slug(), "Val", "Vance");
        Tenant other = newTenant();
        String stranger = KeycloakUsers.create(other.slug(), "uma." + other.slug(), "Uma", "Ulm", "ROLE_CLIENT_USER");
        String noTenant = KeycloakUsers.create(null, "tom." + tenant.slug(), "Tom", "Tate", "ROLE_CLIENT_USER");

        JsonNode result = sync();
        assertThat(result.path("added").asInt()).isEqualTo(3);
        JsonNode agents = ok(admin, "{ supportAgents { " + AGENT_FIELDS + " } }", Map.of()).path("supportAgents");
        assertThat(agents.valueStream().map(a -> a.path("id").asString()).toList()).containsExactly(both, boss, agent);
        JsonNode zoe = agent(agent);
        assertThat(zoe.path("name").asString()).isEqualTo("Zoe Zimmer");
        assertThat(zoe.path("username").asString()).isEqualTo("zoe." + tenant.slug());
        assertThat(zoe.path("email").asString()).isEqualTo("zoe." + tenant.slug() + "@example.org");
        assertThat(zoe.path("role").asString()).isEqualTo("AGENT");
        assertThat(zoe.path("active").asBoolean()).isTrue();
        assertThat(zoe.path("availability").asString()).isEqualTo("AVAILABLE");
        assertThat(zoe.path("capacity").asInt()).isEqualTo(20);
        assertThat(agent(boss).path("role").asString()).isEqualTo("ADMIN");
        assertThat(agent(both).path("role").asString()).isEqualTo("ADMIN");
        assertThat(agent(memberUser)).isNull();
        assertThat(agent(noRole)).isNull();
        assertThat(agent(stranger)).isNull();
        assertThat(agent(noTenant)).isNull();

        // The other tenant's sync sees only its own.
        String otherAdmin = tokens.token(other.slug(), "ROLE_CLIENT_ADMIN");
        JsonNode otherAgents = ok(otherAdmin, "mutation { syncSupportAgents { agents { id } } }", Map.of()).path("syncSupportAgents").path("agents");
        assertThat(otherAgents.valueStream().map(a -> a.path("id").asString()).toList()).containsExactly(stranger);

        // A second sync with nothing changed changes nothing.
        JsonNode again = sync();
        assertThat(List.of(again.path("added").asInt(), again.path("updated").asInt(), again.path("deactivated").asInt())).containsExactly(0, 0, 0);
    }

    @Test
    void thePeriodicSyncReadsEveryTenantsStaffInOnePass() {
        Tenant other = newTenant();
        String here = KeycloakUsers.create(tenant.slug(), "pia." + tenant.slug(), "Pia", "Park", "ROLE_CLIENT_USER");
        String there = KeycloakUsers.create(other.slug(), "pia." + other.slug(), "Pia", "Pine", "ROLE_CLIENT_ADMIN");

        teamService.syncAllTenants();

        assertThat(agent(here).path("active").asBoolean()).isTrue();
        String otherAdmin = tokens.token(other.slug(), "ROLE_CLIENT_ADMIN");
        JsonNode theirs = ok(otherAdmin, "{ supportAgents { id role } }", Map.of()).path("supportAgents");
        assertThat(theirs.valueStream().map(a -> a.path("id").asString()).toList()).containsExactly(there);
        assertThat(theirs.get(0).path("role").asString()).isEqualTo("ADMIN");

        // A user deleted from Keycloak leaves the team at the next periodic sync.
        KeycloakUsers.delete(here);
        teamService.syncAllTenants();
        assertThat(agent(here).path("active").asBoolean()).isFalse();
    }

    @Test
    void staffWhoLeaveKeycloakBecomeInactiveAndTheirOpenTicketsGoBackToThePoolWithTheReason() {
        String leaver = keycloakAgent("Lena");
        String demoted = keycloakAgent("Dora");
        String stayer = keycloakAgent("Sam");
        sync();
        JsonNode open = assign(createTicket(member, "Open one"), leaver);
        JsonNode resolved = assign(createTicket(member, "Done one"), leaver);
        changeStatus(resolved.path("id").asString(), "RESOLVED");
        JsonNode demotedsTicket = assign(createTicket(member, "Dora's"), demoted);
        createRule(Map.of("name", "Pool", "agentId", stayer));

        KeycloakUsers.disable(leaver);
        KeycloakUsers.removeRoles(demoted, "ROLE_CLIENT_USER");
        JsonNode result = sync();

        assertThat(result.path("deactivated").asInt()).isEqualTo(2);
        assertThat(result.path("ticketsReleased").asInt()).isEqualTo(2);
        assertThat(agent(leaver).path("active").asBoolean()).isFalse();
        assertThat(agent(demoted).path("active").asBoolean()).isFalse();
        assertThat(ok(admin, "{ supportAgents { id } }", Map.of()).path("supportAgents").valueStream().map(a -> a.path("id").asString()).toList())
                .containsExactly(stayer);
        // Open tickets went back to the pool and the rules placed them; the resolved one stays with its agent.
        assertThat(assigneeOf(open.path("id").asString())).isEqualTo(stayer);
        assertThat(assigneeOf(demotedsTicket.path("id").asString())).isEqualTo(stayer);
        assertThat(assigneeOf(resolved.path("id").asString())).isEqualTo(leaver);
        List<JsonNode> history = assigneeHistory(open.path("id").asString());
        assertThat(history).hasSize(3);
        assertThat(history.get(1).path("actor").path("type").asString()).isEqualTo("SYSTEM");
        assertThat(history.get(1).path("fromValue").asString()).isEqualTo(leaver);
        assertThat(history.get(1).path("toValue").isNull()).isTrue();
        assertThat(history.get(1).path("note").asString()).isEqualTo("Lena Agent was disabled in Keycloak");
        assertThat(assigneeHistory(demotedsTicket.path("id").asString()).get(1).path("note").asString())
                .isEqualTo("Dora Agent is no longer support staff of this association in Keycloak");
        assertThat(history.get(2).path("actor").path("type").asString()).isEqualTo("RULE");

        // An inactive agent cannot be given tickets, by hand or by a new rule.
        ApiResponse refused = api.graphql(admin, ASSIGN, Map.of("input", Map.of("id", open.path("id").asString(),
                "version", ticket(open.path("id").asString()).path("version").asInt(), "agentId", leaver)));
        assertThat(refused.errorCode()).isEqualTo("VALIDATION_FAILED");
        assertThat(refused.errorField()).isEqualTo("input.agentId");
        ApiResponse rule = api.graphql(admin, "mutation($input: AssignmentRuleInput!) { createAssignmentRule(input: $input) { id } }",
                Map.of("input", Map.of("name", "To the leaver", "agentId", leaver)));
        assertThat(rule.errorField()).isEqualTo("input.agentId");
    }

    @Test
    void adminsAssignReassignAndUnassignWithAReasonInTheHistory() {
        String ann = keycloakAgent("Ann");
        String ben = keycloakAgent("Ben");
        sync();
        JsonNode ticket = createTicket(member, "Help");

        JsonNode assigned = assign(ticket, ann, "Knows billing");
        assertThat(assigned.path("assignee").path("id").asString()).isEqualTo(ann);
        assertThat(assigned.path("assignee").path("name").asString()).isEqualTo("Ann Agent");
        JsonNode reassigned = assign(assigned, ben, null);
        JsonNode unassigned = ok(admin, UNASSIGN, Map.of("input", Map.of("id", ticket.path("id").asString(), "version", reassigned.path("version").asInt(),
                "reason", "Back to the queue"))).path("unassignTicket");
        assertThat(unassigned.path("assignee").isNull()).isTrue();

        List<JsonNode> history = assigneeHistory(ticket.path("id").asString());
        assertThat(history).extracting(entry -> entry.path("toValue").isNull() ? null : entry.path("toValue").asString())
                .containsExactly(ann, ben, null);
        assertThat(history.get(0).path("note").asString()).isEqualTo("Knows billing");
        assertThat(history.get(0).path("actor").path("type").asString()).isEqualTo("USER");
        assertThat(history.get(0).path("actor").path("id").asString()).isEqualTo("admin-" + tenant.slug());
        assertThat(history.get(1).path("fromValue").asString()).isEqualTo(ann);
        assertThat(history.get(2).path("note").asString()).isEqualTo("Back to the queue");
        assertThat(agent(ann).path("openTickets").asInt()).isZero();
    }

    @Test
    void assignmentIsRefusedToAgentsAndRequestersAndChecksItsInput() {
        String ann = keycloakAgent("Ann");
        sync();
        JsonNode ticket = createTicket(member, "Help");
        Map<String, Object> input = Map.of("id", ticket.path("id").asString(), "version", 0, "agentId", ann);

        assertThat(api.graphql(agentToken, ASSIGN, Map.of("input", input)).errorCode()).isEqualTo("FORBIDDEN");
        assertThat(api.graphql(member, ASSIGN, Map.of("input", input)).errorCode()).isEqualTo("FORBIDDEN");
        assertThat(api.graphql(agentToken, UNASSIGN, Map.of("input", Map.of("id", ticket.path("id").asString(), "version", 0))).errorCode())
                .isEqualTo("FORBIDDEN");
        assertThat(ticket(ticket.path("id").asString()).path("assignee").isNull()).isTrue();

        ApiResponse unknownAgent = api.graphql(admin, ASSIGN, Map.of("input", Map.of("id", ticket.path("id").asString(), "version", 0, "agentId", "nobody")));
        assertThat(unknownAgent.errorCode()).isEqualTo("NOT_FOUND");
        assertThat(unknownAgent.errorField()).isEqualTo("input.agentId");
        ApiResponse stale = api.graphql(admin, ASSIGN, Map.of("input", Map.of("id", ticket.path("id").asString(), "version", 7, "agentId", ann)));
        assertThat(stale.errorCode()).isEqualTo("CONFLICT");

        // An agent of another tenant is unknown here, and this tenant's ticket is unknown there.
        Tenant other = newTenant();
        String stranger = KeycloakUsers.create(other.slug(), "sid." + other.slug(), "Sid", "Stone", "ROLE_CLIENT_USER");
        String otherAdmin = tokens.token(other.slug(), "ROLE_CLIENT_ADMIN");
        ok(otherAdmin, "mutation { syncSupportAgents { added } }", Map.of());
        assertThat(api.graphql(admin, ASSIGN, Map.of("input", Map.of("id", ticket.path("id").asString(), "version", 0, "agentId", stranger))).errorCode())
                .isEqualTo("NOT_FOUND");
        assertThat(api.graphql(otherAdmin, ASSIGN, Map.of("input", Map.of("id", ticket.path("id").asString(), "version", 0, "agentId", stranger))).errorCode())
                .isEqualTo("NOT_FOUND");
        assertThat(api.graphql(otherAdmin, UNASSIGN, Map.of("input", Map.of("id", ticket.path("id").asString(), "version", 0))).errorCode())
                .isEqualTo("NOT_FOUND");

        // Closed tickets are final.
        changeStatus(ticket.path("id").asString(), "CLOSED");
        ApiResponse closed = api.graphql(admin, ASSIGN, Map.of("input", Map.of("id", ticket.path("id").asString(),
                "version", ticket(ticket.path("id").asString()).path("version").asInt(), "agentId", ann)));
        assertThat(closed.errorCode()).isEqualTo("INVALID_TRANSITION");

        // A platform admin naming the tenant acts as its admin.
        JsonNode fresh = createTicket(member, "Another");
        String platformAdmin = tokens.token(null, "ROLE_PLATFORM_ADMIN");
        ApiResponse byOperator = api.graphql(platformAdmin, ASSIGN, Map.of("input", Map.of("id", fresh.path("id").asString(), "version", 0, "agentId", ann)),
                "X-MemberPulse-Tenant", tenant.slug());
        assertThat(byOperator.data("assignTicket").path("assignee").path("id").asString()).isEqualTo(ann);
    }

    @Test
    void agentsSetOnlyTheirOwnAvailabilityAndAdminsSetEverything() {
        String me = keycloakAgent("Mo");
        String colleague = keycloakAgent("Cy");
        sync();
        String myToken = tokens.token(tenant.slug(), List.of("ROLE_CLIENT_USER"), c -> c.subject(me));
        String teamId = createTeam("Billing desk");

        assertThat(updateAgent(myToken, me, Map.of("availability", "AWAY")).path("availability").asString()).isEqualTo("AWAY");
        assertThat(updateAgentRaw(myToken, me, Map.of("capacity", 50)).errorCode()).isEqualTo("FORBIDDEN");
        assertThat(updateAgentRaw(myToken, me, Map.of("teamIds", List.of(teamId))).errorCode()).isEqualTo("FORBIDDEN");
        assertThat(updateAgentRaw(myToken, colleague, Map.of("availability", "AWAY")).errorCode()).isEqualTo("FORBIDDEN");
        assertThat(agent(colleague).path("availability").asString()).isEqualTo("AVAILABLE");
        assertThat(agent(me).path("capacity").asInt()).isEqualTo(20);

        JsonNode set = updateAgent(admin, colleague, Map.of("capacity", 12, "teamIds", List.of(teamId), "availability", "AWAY"));
        assertThat(set.path("capacity").asInt()).isEqualTo(12);
        assertThat(set.path("availability").asString()).isEqualTo("AWAY");
        assertThat(set.path("teams").get(0).path("name").asString()).isEqualTo("Billing desk");
        JsonNode teams = ok(agentToken, "{ supportTeams { id name members { id } } }", Map.of()).path("supportTeams");
        assertThat(teams.get(0).path("members").get(0).path("id").asString()).isEqualTo(colleague);

        ApiResponse zero = updateAgentRaw(admin, colleague, Map.of("capacity", 0));
        assertThat(zero.errorCode()).isEqualTo("VALIDATION_FAILED");
        assertThat(zero.errorField()).isEqualTo("input.capacity");
        ApiResponse unknownTeam = updateAgentRaw(admin, colleague, Map.of("teamIds", List.of("00000000-0000-0000-0000-000000000001")));
        assertThat(unknownTeam.errorCode()).isEqualTo("NOT_FOUND");
        assertThat(unknownTeam.errorField()).isEqualTo("input.teamIds");
        assertThat(agent(colleague).path("teams").size()).as("nothing half-written").isEqualTo(1);
        ApiResponse stale = api.graphql(admin, "mutation($input: UpdateSupportAgentInput!) { updateSupportAgent(input: $input) { id } }",
                Map.of("input", Map.of("id", colleague, "version", 0, "capacity", 5)));
        assertThat(stale.errorCode()).isEqualTo("CONFLICT");
        assertThat(api.graphql(admin, "mutation { updateSupportAgent(input: {id: \"nobody\", version: 0}) { id } }").errorCode()).isEqualTo("NOT_FOUND");
    }

    @Test
    void teamsHaveUniqueNamesAndCannotBeDeletedWhileARuleTargetsThem() {
        String teamId = createTeam("Events team");
        ApiResponse duplicate = api.graphql(admin, "mutation { createSupportTeam(input: {name: \" events  TEAM \"}) { id } }");
        assertThat(duplicate.errorCode()).isEqualTo("VALIDATION_FAILED");
        assertThat(duplicate.errorField()).isEqualTo("input.name");
        assertThat(api.graphql(agentToken, "mutation { createSupportTeam(input: {name: \"Mine\"}) { id } }").errorCode()).isEqualTo("FORBIDDEN");

        JsonNode renamed = ok(admin, "mutation($id: ID!) { updateSupportTeam(input: {id: $id, version: 0, name: \"Events\", description: \"Conferences\"}) { name description version } }",
                Map.of("id", teamId)).path("updateSupportTeam");
        assertThat(renamed.path("name").asString()).isEqualTo("Events");
        assertThat(api.graphql(admin, "mutation($id: ID!) { updateSupportTeam(input: {id: $id, version: 0, name: \"Stale\"}) { name } }",
                Map.of("id", teamId)).errorCode()).isEqualTo("CONFLICT");

        JsonNode rule = createRule(Map.of("name", "Events rule", "teamId", teamId, "strategy", "ROUND_ROBIN"));
        ApiResponse inUse = api.graphql(admin, "mutation($id: ID!) { deleteSupportTeam(id: $id) }", Map.of("id", teamId));
        assertThat(inUse.errorCode()).isEqualTo("CONFLICT");
        assertThat(inUse.errorMessage()).contains("Events rule");
        ok(admin, "mutation($id: ID!) { deleteAssignmentRule(id: $id) }", Map.of("id", rule.path("id").asString()));
        ok(admin, "mutation($id: ID!) { deleteSupportTeam(id: $id) }", Map.of("id", teamId));
        assertThat(ok(admin, "{ supportTeams { id } }", Map.of()).path("supportTeams").size()).isZero();

        // Another tenant's team is unknown here.
        Tenant other = newTenant();
        String otherAdmin = tokens.token(other.slug(), "ROLE_CLIENT_ADMIN");
        String othersTeam = ok(otherAdmin, "mutation { createSupportTeam(input: {name: \"Theirs\"}) { id } }", Map.of()).path("createSupportTeam").path("id").asString();
        assertThat(api.graphql(admin, "mutation($id: ID!) { deleteSupportTeam(id: $id) }", Map.of("id", othersTeam)).errorCode()).isEqualTo("NOT_FOUND");
        assertThat(api.graphql(admin, "mutation($id: ID!) { updateSupportTeam(input: {id: $id, version: 0, name: \"Mine now\"}) { id } }",
                Map.of("id", othersTeam)).errorCode()).isEqualTo("NOT_FOUND");
        ApiResponse ruleToTheirTeam = api.graphql(admin, "mutation($t: ID!) { createAssignmentRule(input: {name: \"x\", teamId: $t, strategy: ROUND_ROBIN}) { id } }",
                Map.of("t", othersTeam));
        assertThat(ruleToTheirTeam.errorCode()).isEqualTo("NOT_FOUND");
        assertThat(ruleToTheirTeam.errorField()).isEqualTo("input.teamId");
    }

    @Test
    void rulesAreAdminOnlyValidatedVersionedAndReordered() {
        String ann = keycloakAgent("Ann");
        sync();
        String teamId = createTeam("Desk");
        JsonNode first = createRule(Map.of("name", "  Refunds  ", "keywords", List.of(" Refund ", "REFUND", "charge back"), "agentId", ann,
                "categoryIds", List.of(categoryIds.get(0)), "priorities", List.of("HIGH", "LOW"), "requesterTypes", List.of("SPONSOR")));
        assertThat(first.path("name").asString()).isEqualTo("Refunds");
        assertThat(first.path("keywords").valueStream().map(JsonNode::asString).toList()).containsExactly("refund", "charge back");
        assertThat(first.path("position").asInt()).isEqualTo(1);
        assertThat(first.path("targetAgent").path("id").asString()).isEqualTo(ann);
        assertThat(first.path("strategy").isNull()).isTrue();
        assertThat(first.path("categories").get(0).path("id").asString()).isEqualTo(categoryIds.get(0));
        JsonNode second = createRule(Map.of("name", "Desk", "teamId", teamId, "strategy", "WORKLOAD_BALANCING"));
        assertThat(second.path("position").asInt()).isEqualTo(2);
        assertThat(second.path("targetTeam").path("name").asString()).isEqualTo("Desk");

        assertThat(ruleError(Map.of("name", "No target"))).containsExactly("VALIDATION_FAILED", "input.agentId");
        assertThat(ruleError(Map.of("name", "Both", "agentId", ann, "teamId", teamId, "strategy", "ROUND_ROBIN"))).containsExactly("VALIDATION_FAILED", "input.agentId");
        assertThat(ruleError(Map.of("name", "No strategy", "teamId", teamId))).containsExactly("VALIDATION_FAILED", "input.strategy");
        assertThat(ruleError(Map.of("name", "", "agentId", ann))).containsExactly("VALIDATION_FAILED", "input.name");
        assertThat(ruleError(Map.of("name", "Blank keyword", "agentId", ann, "keywords", List.of(" ")))).containsExactly("VALIDATION_FAILED", "input.keywords");
        assertThat(ruleError(Map.of("name", "Bad category", "agentId", ann, "categoryIds", List.of("00000000-0000-0000-0000-000000000001"))))
                .containsExactly("NOT_FOUND", "input.categoryIds");
        assertThat(ruleError(Map.of("name", "Unknown agent", "agentId", "nobody"))).containsExactly("NOT_FOUND", "input.agentId");
        assertThat(ok(admin, "{ assignmentRules { id } }", Map.of()).path("assignmentRules").size()).as("nothing half-written").isEqualTo(2);

        for (String token : List.of(agentToken, member)) {
            assertThat(api.graphql(token, "{ assignmentRules { id } }").errorCode()).isEqualTo("FORBIDDEN");
            assertThat(api.graphql(token, "mutation($a: ID!) { createAssignmentRule(input: {name: \"x\", agentId: $a}) { id } }", Map.of("a", ann))
                    .errorCode()).isEqualTo("FORBIDDEN");
            assertThat(api.graphql(token, "mutation($id: ID!) { deleteAssignmentRule(id: $id) }", Map.of("id", first.path("id").asString())).errorCode())
                    .isEqualTo("FORBIDDEN");
        }

        JsonNode updated = ok(admin, "mutation($input: UpdateAssignmentRuleInput!) { updateAssignmentRule(input: $input) { " + RULE_FIELDS + " } }",
                Map.of("input", Map.of("id", first.path("id").asString(), "version", first.path("version").asInt(), "name", "Refunds v2",
                        "agentId", ann, "enabled", false))).path("updateAssignmentRule");
        assertThat(updated.path("enabled").asBoolean()).isFalse();
        assertThat(updated.path("keywords").size()).as("an update replaces the conditions").isZero();
        assertThat(updated.path("position").asInt()).isEqualTo(1);
        assertThat(api.graphql(admin, "mutation($input: UpdateAssignmentRuleInput!) { updateAssignmentRule(input: $input) { id } }",
                Map.of("input", Map.of("id", first.path("id").asString(), "version", first.path("version").asInt(), "name", "Stale", "agentId", ann)))
                .errorCode()).isEqualTo("CONFLICT");

        String reorder = "mutation($ids: [ID!]!) { reorderAssignmentRules(ids: $ids) { id position } }";
        JsonNode reordered = ok(admin, reorder, Map.of("ids", List.of(second.path("id").asString(), first.path("id").asString())))
                .path("reorderAssignmentRules");
        assertThat(reordered.get(0).path("id").asString()).isEqualTo(second.path("id").asString());
        assertThat(reordered.get(0).path("position").asInt()).isEqualTo(1);
        assertThat(api.graphql(admin, reorder, Map.of("ids", List.of(second.path("id").asString()))).errorField()).isEqualTo("ids");
        assertThat(api.graphql(admin, reorder, Map.of("ids", List.of(second.path("id").asString(), second.path("id").asString()))).errorField())
                .isEqualTo("ids");

        // Another tenant's rule ids are unknown here.
        Tenant other = newTenant();
        String otherAdmin = tokens.token(other.slug(), "ROLE_CLIENT_ADMIN");
        assertThat(api.graphql(otherAdmin, "mutation($id: ID!) { deleteAssignmentRule(id: $id) }", Map.of("id", first.path("id").asString())).errorCode())
                .isEqualTo("NOT_FOUND");
        assertThat(api.graphql(otherAdmin, "mutation($input: UpdateAssignmentRuleInput!) { updateAssignmentRule(input: $input) { id } }",
                Map.of("input", Map.of("id", first.path("id").asString(), "version", 1, "name", "Mine", "agentId", ann))).errorCode()).isEqualTo("NOT_FOUND");
        assertThat(ok(otherAdmin, "{ assignmentRules { id } }", Map.of()).path("assignmentRules").size()).isZero();
        assertThat(ok(admin, "{ assignmentRules { id } }", Map.of()).path("assignmentRules").size()).isEqualTo(2);
    }

    @Test
    void membersSeeNoneOfTheTeamAndAgentsSeeAgentsAndTeams() {
        for (String query : List.of("{ supportAgents { id } }", "{ supportTeams { id } }", "mutation { syncSupportAgents { added } }")) {
            assertThat(api.graphql(member, query).errorCode()).as(query).isEqualTo("FORBIDDEN");
        }
        String sponsor = tokens.token(tenant.slug(), "ROLE_SPONSOR_ADMIN");
        assertThat(api.graphql(sponsor, "{ supportAgents { id } }").errorCode()).isEqualTo("FORBIDDEN");
        assertThat(api.graphql(agentToken, "{ supportAgents { id } supportTeams { id } }").hasErrors()).isFalse();
        assertThat(api.graphql(agentToken, "mutation { syncSupportAgents { added } }").errorCode()).isEqualTo("FORBIDDEN");
        assertThat(api.graphql(tokens.token(null, "ROLE_PLATFORM_ADMIN"), "{ supportAgents { id } }").errorCode()).isEqualTo("FORBIDDEN");
    }

    private JsonNode assign(JsonNode ticket, String agentId) {
        return assign(ticket, agentId, null);
    }

    private JsonNode assign(JsonNode ticket, String agentId, String reason) {
        Map<String, Object> input = new java.util.HashMap<>(Map.of("id", ticket.path("id").asString(),
                "version", ticket(ticket.path("id").asString()).path("version").asInt(), "agentId", agentId));
        if (reason != null) {
            input.put("reason", reason);
        }
        return ok(admin, ASSIGN, Map.of("input", input)).path("assignTicket");
    }

    private List<String> ruleError(Map<String, Object> input) {
        ApiResponse response = api.graphql(admin, "mutation($input: AssignmentRuleInput!) { createAssignmentRule(input: $input) { id } }",
                Map.of("input", input));
        return java.util.Arrays.asList(response.errorCode(), response.errorField());
    }
}
