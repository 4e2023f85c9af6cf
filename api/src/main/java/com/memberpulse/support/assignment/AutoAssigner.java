package com.memberpulse.support.assignment;

import com.memberpulse.support.assignment.internal.AgentMapper;
import com.memberpulse.support.assignment.internal.QueueMapper;
import com.memberpulse.support.assignment.internal.RuleMapper;
import com.memberpulse.support.ticket.Actor;
import com.memberpulse.support.ticket.Assignee;
import com.memberpulse.support.ticket.Ticket;
import com.memberpulse.support.ticket.TicketAssignment;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Automatic assignment: places queued tickets with the first matching rule's agent, in the current tenant.
 * <p>
 * Every pass runs in a transaction of its own holding the tenant's assignment lock ({@link QueueMapper#lockTenant}),
 * so turns, loads and capacities are read and written by one pass at a time, on any number of instances. Each
 * queued ticket is either assigned (history names the rule), left waiting (a rule matched but nobody can take
 * it now: it is tried again whenever someone frees up, soonest due first), or dropped from the queue (no rule matches,
 * or it no longer needs an agent).
 */
@Component
class AutoAssigner {

    private static final int BATCH = 100;

    private final QueueMapper queue;
    private final RuleMapper rules;
    private final AgentMapper agents;
    private final TicketAssignment tickets;
    private final TransactionTemplate ownTransaction;
    private final Timer placements;

    AutoAssigner(QueueMapper queue, RuleMapper rules, AgentMapper agents, TicketAssignment tickets,
                 PlatformTransactionManager transactionManager, MeterRegistry meters) {
        this.placements = Timer.builder("memberpulse.assignment.placement")
                .description("Placing a ticket that wants an agent, right after the change that queued it (what automatic assignment adds to a request)")
                .publishPercentiles(0.5, 0.9, 0.99)
                .register(meters);
        this.queue = queue;
        this.rules = rules;
        this.agents = agents;
        this.tickets = tickets;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Queues a ticket that wants an agent and places it now if it can be (waiting for it if another transaction holds it). */
    void queueAndPlace(UUID ticketId, OffsetDateTime ticketCreatedAt) {
        placements.record(() -> ownTransaction.execute(status -> {
            queue.enqueue(ticketId, ticketCreatedAt);
            return placeBatch(List.of(ticketId), false);
        }));
    }

    /** The ticket no longer wants an agent (someone took it, or it was resolved or closed). */
    void settled(UUID ticketId) {
        ownTransaction.executeWithoutResult(status -> queue.remove(ticketId));
    }

    /**
     * Goes through the whole queue, soonest due first, placing whatever can be placed now; returns how many were.
     * Tickets someone is changing at this moment are skipped: their change's events bring them back if they still
     * need an agent, or take them out of the queue if they do not.
     */
    int drain() {
        int assigned = 0;
        OffsetDateTime afterPlaceBy = null;
        UUID afterId = null;
        while (true) {
            OffsetDateTime fromPlaceBy = afterPlaceBy;
            UUID fromId = afterId;
            Pass pass = ownTransaction.execute(status -> {
                List<QueueMapper.Queued> batch = queue.next(fromPlaceBy, fromId, BATCH);
                int placed = placeBatch(batch.stream().map(QueueMapper.Queued::ticketId).toList(), true);
                return new Pass(batch.isEmpty() ? null : batch.getLast(), batch.size(), placed);
            });
            assigned += pass.assigned();
            if (pass.size() < BATCH) {
                return assigned;
            }
            afterPlaceBy = pass.last().placeBy();
            afterId = pass.last().ticketId();
        }
    }

    private record Pass(QueueMapper.Queued last, int size, int assigned) {
    }

    /**
     * Matches the tickets to rules first, holding only their row locks; then takes the tenant's assignment lock for
     * what must be decided one at a time (turns, loads, capacity) and written at once, so the lock is held for a few
     * statements and the commit.
     */
    private int placeBatch(List<UUID> ticketIds, boolean skipLocked) {
        if (ticketIds.isEmpty()) {
            return 0;
        }
        List<AssignmentRule> inOrder = rules.list().stream().map(RuleMapper.RuleRow::toRule).filter(AssignmentRule::enabled).toList();
        if (inOrder.isEmpty()) {
            ticketIds.forEach(queue::remove);
            return 0;
        }
        // In the queue's order (soonest due first), not the order the tickets were locked in.
        List<Ticket> assignable = tickets.lockAssignable(ticketIds, skipLocked).stream()
                .sorted(Comparator.comparingInt(ticket -> ticketIds.indexOf(ticket.id()))).toList();
        if (!skipLocked) {
            // Waited for every one: those missing no longer want an agent (assigned by hand, resolved, closed).
            Set<UUID> found = new HashSet<>();
            assignable.forEach(ticket -> found.add(ticket.id()));
            ticketIds.stream().filter(id -> !found.contains(id)).forEach(queue::remove);
        }
        List<Match> matched = new ArrayList<>();
        for (Ticket ticket : assignable) {
            AssignmentRule rule = AssignmentRule.firstMatch(inOrder, ticket);
            if (rule == null) {
                queue.remove(ticket.id());
            } else {
                matched.add(new Match(ticket, rule));
            }
        }
        if (matched.isEmpty()) {
            return 0;
        }
        queue.lockTenant();
        Targets targets = new Targets();
        int assigned = 0;
        for (Match match : matched) {
            Ticket ticket = match.ticket();
            AssignmentRule rule = match.rule();
            int weight = ticket.priority().rank();
            Optional<Choice> choice = targets.choose(rule, weight);
            if (choice.isEmpty()) {
                queue.markWaiting(ticket.id(), rule.id());
                continue;
            }
            AgentChoice.Candidate agent = choice.get().agent();
            tickets.assignAutomatically(ticket, new Assignee(agent.agentId(), agent.name()),
                    Actor.rule(rule.id().toString(), rule.name()), choice.get().how());
            queue.recordPlacement(ticket.id(), agent.agentId(), rule.strategy() == AssignmentStrategy.ROUND_ROBIN ? rule.targetTeamId() : null);
            targets.assigned(rule, agent, weight);
            assigned++;
        }
        return assigned;
    }

    private record Match(Ticket ticket, AssignmentRule rule) {
    }

    private record Choice(AgentChoice.Candidate agent, String how) {
    }

    /** The agents and turns this pass has read, updated as it assigns, so one pass reads each team once. */
    private final class Targets {

        private final Map<String, AgentChoice.Candidate> agentsById = new HashMap<>();
        private final Map<UUID, List<String>> rotations = new HashMap<>();
        private final Map<UUID, String> lastTurns = new HashMap<>();
        private final Map<UUID, String> teamNames = new HashMap<>();

        Optional<Choice> choose(AssignmentRule rule, int weight) {
            if (rule.targetAgentId() != null) {
                return AgentChoice.single(agent(rule.targetAgentId()), weight).map(agent -> new Choice(agent, "Rule target"));
            }
            List<AgentChoice.Candidate> team = team(rule.targetTeamId());
            String teamName = teamNames.getOrDefault(rule.targetTeamId(), "?");
            return switch (rule.strategy()) {
                case ROUND_ROBIN -> AgentChoice.roundRobin(team, lastTurns.get(rule.targetTeamId()), weight)
                        .map(agent -> new Choice(agent, "Round-robin in team " + teamName));
                case WORKLOAD_BALANCING -> AgentChoice.leastLoaded(team, weight)
                        .map(agent -> new Choice(agent, "Workload balancing in team " + teamName + " (load " + agent.load()
                                + " of " + agent.capacity() + ")"));
            };
        }

        void assigned(AssignmentRule rule, AgentChoice.Candidate agent, int weight) {
            agentsById.put(agent.agentId(), new AgentChoice.Candidate(agent.agentId(), agent.name(), agent.active(), agent.available(),
                    agent.capacity(), agent.load() + weight, OffsetDateTime.now()));
            if (rule.strategy() == AssignmentStrategy.ROUND_ROBIN) {
                lastTurns.put(rule.targetTeamId(), agent.agentId());
            }
        }

        private AgentChoice.Candidate agent(String id) {
            if (!agentsById.containsKey(id)) {
                SupportAgent agent = agents.find(id);
                agentsById.put(id, agent == null ? null : candidate(agent));
            }
            return agentsById.get(id);
        }

        private List<AgentChoice.Candidate> team(UUID teamId) {
            List<String> rotation = rotations.computeIfAbsent(teamId, id -> {
                List<String> ids = new ArrayList<>();
                for (AgentMapper.RotationRow row : agents.rotation(id)) {
                    teamNames.put(id, row.teamName());
                    lastTurns.put(id, row.lastAgentId());
                    if (row.id() != null) {
                        agentsById.putIfAbsent(row.id(), new AgentChoice.Candidate(row.id(), row.name(), row.active(),
                                SupportAgent.Availability.AVAILABLE.name().equals(row.availability()), row.capacity(), row.openLoad(),
                                row.lastAssignedAt()));
                        ids.add(row.id());
                    }
                }
                return ids;
            });
            return rotation.stream().map(agentsById::get).toList();
        }

        private static AgentChoice.Candidate candidate(SupportAgent agent) {
            return new AgentChoice.Candidate(agent.id(), agent.name(), agent.active(),
                    agent.availability() == SupportAgent.Availability.AVAILABLE, agent.capacity(), agent.openLoad(), agent.lastAssignedAt());
        }
    }
}
