package com.memberpulse.support.assignment;

import com.memberpulse.support.category.Category;
import com.memberpulse.support.category.CategoryService;
import com.memberpulse.support.common.input.Ids;
import com.memberpulse.support.events.EventRelay;
import com.memberpulse.support.ticket.Priority;
import com.memberpulse.support.ticket.RequesterType;
import com.memberpulse.support.ticket.Ticket;
import com.memberpulse.support.ticket.TicketService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The support team and assignment over GraphQL. Who may do what is decided in the services. */
@Controller
class AssignmentController {

    private final SupportTeamService team;
    private final AssignmentRuleService rules;
    private final AssignmentService assignment;
    private final TicketService tickets;
    private final CategoryService categories;
    private final EventRelay relay;

    AssignmentController(SupportTeamService team, AssignmentRuleService rules, AssignmentService assignment, TicketService tickets,
                         CategoryService categories, EventRelay relay) {
        this.relay = relay;
        this.team = team;
        this.rules = rules;
        this.assignment = assignment;
        this.tickets = tickets;
        this.categories = categories;
    }

    @QueryMapping
    List<SupportAgent> supportAgents(@Argument Boolean includeInactive) {
        return team.agents(Boolean.TRUE.equals(includeInactive));
    }

    @QueryMapping
    List<SupportTeam> supportTeams() {
        return team.teams();
    }

    @QueryMapping
    List<AssignmentRule> assignmentRules() {
        return rules.list();
    }

    @MutationMapping
    Ticket assignTicket(@Argument AssignTicketInput input) {
        return relay.deliverNow(assignment.assign(Ids.of(input.id()), input.version(), input.agentId(), input.reason()));
    }

    @MutationMapping
    Ticket unassignTicket(@Argument UnassignTicketInput input) {
        boolean automatically = Boolean.TRUE.equals(input.reassignAutomatically());
        Ticket ticket = relay.deliverNow(assignment.unassign(Ids.of(input.id()), input.version(), input.reason(), automatically));
        // Handed to the rules, which have just run: read the ticket again to show where it went.
        return automatically ? tickets.get(ticket.id()) : ticket;
    }

    @MutationMapping
    AssignmentRule createAssignmentRule(@Argument AssignmentRuleInput input) {
        return relay.deliverNow(rules.create(input.toRule()));
    }

    @MutationMapping
    AssignmentRule updateAssignmentRule(@Argument UpdateAssignmentRuleInput input) {
        return relay.deliverNow(rules.update(Ids.of(input.id()), input.version(), input.rule().toRule()));
    }

    @MutationMapping
    String deleteAssignmentRule(@Argument String id) {
        relay.deliverNow(rules.delete(Ids.of(id)));
        return id;
    }

    @MutationMapping
    List<AssignmentRule> reorderAssignmentRules(@Argument List<String> ids) {
        return relay.deliverNow(rules.reorder(Ids.all(ids)));
    }

    @MutationMapping
    SupportAgent updateSupportAgent(@Argument UpdateSupportAgentInput input) {
        return relay.deliverNow(team.updateAgent(input.id(), input.version(), input.availability(), input.capacity(),
                input.teamIds() == null ? null : Ids.all(input.teamIds())));
    }

    @MutationMapping
    SyncAnswer syncSupportAgents() {
        SupportTeamService.SyncResult result = relay.deliverNow(team.sync());
        return new SyncAnswer(result.added(), result.updated(), result.deactivated(), result.ticketsReleased(), team.agents(false));
    }

    @MutationMapping
    SupportTeam createSupportTeam(@Argument CreateSupportTeamInput input) {
        return team.createTeam(input.name(), input.description());
    }

    @MutationMapping
    SupportTeam updateSupportTeam(@Argument UpdateSupportTeamInput input) {
        return team.updateTeam(Ids.of(input.id()), input.version(), input.name(), input.description());
    }

    @MutationMapping
    String deleteSupportTeam(@Argument String id) {
        team.deleteTeam(Ids.of(id));
        return id;
    }

    @BatchMapping(typeName = "SupportAgent", field = "teams")
    Map<SupportAgent, List<SupportTeam>> teams(List<SupportAgent> agents) {
        Map<String, List<SupportTeam>> byAgent = team.teamsOf(agents.stream().map(SupportAgent::id).distinct().toList());
        return inOrder(agents, agent -> byAgent.getOrDefault(agent.id(), List.of()));
    }

    @BatchMapping(typeName = "SupportTeam", field = "members")
    Map<SupportTeam, List<SupportAgent>> members(List<SupportTeam> teams) {
        Map<UUID, List<SupportAgent>> byTeam = team.membersOf(teams.stream().map(SupportTeam::id).distinct().toList());
        return inOrder(teams, t -> byTeam.getOrDefault(t.id(), List.of()));
    }

    @BatchMapping(typeName = "AssignmentRule", field = "categories")
    Map<AssignmentRule, List<Category>> categories(List<AssignmentRule> page) {
        Map<UUID, Category> byId = categories.findAllById(page.stream().flatMap(rule -> rule.categoryIds().stream()).distinct().toList());
        return inOrder(page, rule -> rule.categoryIds().stream().map(byId::get).filter(Objects::nonNull).toList());
    }

    @BatchMapping(typeName = "AssignmentRule", field = "targetAgent")
    Map<AssignmentRule, SupportAgent> targetAgent(List<AssignmentRule> page) {
        Map<String, SupportAgent> byId = team.agents(true).stream().collect(Collectors.toMap(SupportAgent::id, Function.identity()));
        Map<AssignmentRule, SupportAgent> result = new LinkedHashMap<>();
        page.stream().filter(rule -> rule.targetAgentId() != null).forEach(rule -> result.put(rule, byId.get(rule.targetAgentId())));
        return result;
    }

    @BatchMapping(typeName = "AssignmentRule", field = "targetTeam")
    Map<AssignmentRule, SupportTeam> targetTeam(List<AssignmentRule> page) {
        Map<UUID, SupportTeam> byId = team.teams().stream().collect(Collectors.toMap(SupportTeam::id, Function.identity()));
        Map<AssignmentRule, SupportTeam> result = new LinkedHashMap<>();
        page.stream().filter(rule -> rule.targetTeamId() != null).forEach(rule -> result.put(rule, byId.get(rule.targetTeamId())));
        return result;
    }

    private static <K, V> Map<K, V> inOrder(List<K> keys, Function<K, V> value) {
        Map<K, V> result = new LinkedHashMap<>();
        keys.forEach(key -> result.put(key, value.apply(key)));
        return result;
    }

    record SyncAnswer(int added, int updated, int deactivated, int ticketsReleased, List<SupportAgent> agents) {
    }

    record AssignTicketInput(String id, int version, String agentId, String reason) {
    }

    record UnassignTicketInput(String id, int version, String reason, Boolean reassignAutomatically) {
    }

    record AssignmentRuleInput(String name, Boolean enabled, List<String> categoryIds, List<Priority> priorities,
                               List<RequesterType> requesterTypes, List<String> keywords, String agentId, String teamId,
                               AssignmentStrategy strategy) {

        AssignmentRuleService.RuleInput toRule() {
            return new AssignmentRuleService.RuleInput(name, enabled, categoryIds == null ? null : Ids.all(categoryIds), priorities,
                    requesterTypes, keywords, agentId, Ids.of(teamId), strategy);
        }
    }

    record UpdateAssignmentRuleInput(String id, int version, String name, Boolean enabled, List<String> categoryIds,
                                     List<Priority> priorities, List<RequesterType> requesterTypes, List<String> keywords,
                                     String agentId, String teamId, AssignmentStrategy strategy) {

        AssignmentRuleInput rule() {
            return new AssignmentRuleInput(name, enabled, categoryIds, priorities, requesterTypes, keywords, agentId, teamId, strategy);
        }
    }

    record UpdateSupportAgentInput(String id, int version, SupportAgent.Availability availability, Integer capacity, List<String> teamIds) {
    }

    record CreateSupportTeamInput(String name, String description) {
    }

    record UpdateSupportTeamInput(String id, int version, String name, String description) {
    }
}
