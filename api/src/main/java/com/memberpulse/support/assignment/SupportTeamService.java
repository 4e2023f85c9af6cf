package com.memberpulse.support.assignment;

import com.memberpulse.support.assignment.internal.AgentMapper;
import com.memberpulse.support.assignment.internal.KeycloakStaffDirectory;
import com.memberpulse.support.assignment.internal.KeycloakStaffDirectory.StaffUser;
import com.memberpulse.support.assignment.internal.QueueMapper;
import com.memberpulse.support.assignment.internal.RuleMapper;
import com.memberpulse.support.assignment.internal.TeamMapper;
import com.memberpulse.support.common.error.Echo;
import com.memberpulse.support.common.error.ErrorCode;
import com.memberpulse.support.common.error.SupportException;
import com.memberpulse.support.common.persistence.UniqueKeys;
import com.memberpulse.support.common.persistence.VersionedWrites;
import com.memberpulse.support.common.text.TextInput;
import com.memberpulse.support.events.DomainEvent;
import com.memberpulse.support.events.EventLog;
import com.memberpulse.support.events.Recorded;
import com.memberpulse.support.security.Access;
import com.memberpulse.support.security.CurrentUser;
import com.memberpulse.support.tenant.Tenant;
import com.memberpulse.support.tenant.TenantContext;
import com.memberpulse.support.tenant.TenantService;
import com.memberpulse.support.ticket.Actor;
import com.memberpulse.support.ticket.TicketAssignment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The support team (SPEC section 8): who the agents are comes from Keycloak (synced on demand and periodically);
 * their availability, capacity and teams are set here, by admins, or by an agent for their own availability.
 * An agent who leaves the staff in Keycloak (removed, disabled, role or tenant taken away) becomes inactive at the
 * next sync, and their open tickets go back to automatic assignment.
 */
@Service
public class SupportTeamService {

    private static final Logger log = LoggerFactory.getLogger(SupportTeamService.class);
    private static final int MAX_TEAM_NAME = 80;
    private static final int MAX_TEAM_DESCRIPTION = 500;

    private final AgentMapper agents;
    private final TeamMapper teams;
    private final RuleMapper rules;
    private final QueueMapper queue;
    private final KeycloakStaffDirectory directory;
    private final TicketAssignment tickets;
    private final TenantService tenants;
    private final Access access;
    private final EventLog events;
    private final TransactionTemplate transaction;

    SupportTeamService(AgentMapper agents, TeamMapper teams, RuleMapper rules, QueueMapper queue, KeycloakStaffDirectory directory,
                       TicketAssignment tickets, TenantService tenants, Access access, EventLog events,
                       PlatformTransactionManager transactionManager) {
        this.agents = agents;
        this.teams = teams;
        this.rules = rules;
        this.queue = queue;
        this.directory = directory;
        this.tickets = tickets;
        this.tenants = tenants;
        this.access = access;
        this.events = events;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** The tenant's agents by name, with their open loads; inactive ones only if asked. Staff only. */
    @PreAuthorize("@access.staff()")
    @Transactional(readOnly = true)
    public List<SupportAgent> agents(boolean includeInactive) {
        return agents.list(includeInactive);
    }

    /**
     * An active agent by id, for another feature's automatic work (an SLA escalation's reassignment): no user, so no
     * authorisation; empty if unknown or inactive.
     */
    @Transactional(readOnly = true)
    public Optional<SupportAgent> activeAgent(String id) {
        return Optional.ofNullable(agents.find(id)).filter(SupportAgent::active);
    }

    /** The tenant's active admins, for another feature's automatic work (telling them of an escalation): no authorisation. */
    @Transactional(readOnly = true)
    public List<SupportAgent> activeAdmins() {
        return agents.list(false).stream().filter(agent -> agent.role() == SupportAgent.Role.ADMIN).toList();
    }

    /**
     * For an SLA escalation's reassignment to a team: the member with the lowest load among those available, active and
     * with room for a ticket of {@code weight} (workload balancing, as a rule would), decided under the tenant's
     * assignment lock like every automatic placement; empty if nobody in the team can take it. No user: no
     * authorisation. Runs in the caller's transaction, which must go on to assign the ticket.
     */
    @Transactional
    public Optional<SupportAgent> leastLoadedMemberOf(UUID teamId, int weight) {
        queue.lockTenant();
        List<AgentChoice.Candidate> members = agents.rotation(teamId).stream().filter(row -> row.id() != null)
                .map(row -> new AgentChoice.Candidate(row.id(), row.name(), row.active(),
                        SupportAgent.Availability.AVAILABLE.name().equals(row.availability()), row.capacity(), row.openLoad(), row.lastAssignedAt()))
                .toList();
        return AgentChoice.leastLoaded(members, weight).map(chosen -> agents.find(chosen.agentId()));
    }

    /** The tenant's teams by name. Staff only. */
    @PreAuthorize("@access.staff()")
    @Transactional(readOnly = true)
    public List<SupportTeam> teams() {
        return teams.list();
    }

    /** The teams of each of these agents, in one query (GraphQL batch loading). */
    @Transactional(readOnly = true)
    public Map<String, List<SupportTeam>> teamsOf(List<String> agentIds) {
        Map<String, List<SupportTeam>> result = new HashMap<>();
        if (agentIds.isEmpty()) {
            return result;
        }
        List<TeamMapper.Membership> memberships = teams.membershipsOf(agentIds);
        Map<UUID, SupportTeam> byId = memberships.isEmpty() ? Map.of() : teams.findAll(memberships.stream().map(TeamMapper.Membership::teamId).distinct().toList())
                .stream().collect(Collectors.toMap(SupportTeam::id, team -> team));
        for (TeamMapper.Membership membership : memberships) {
            result.computeIfAbsent(membership.agentId(), id -> new ArrayList<>()).add(byId.get(membership.teamId()));
        }
        result.values().forEach(list -> list.sort((a, b) -> a.name().compareToIgnoreCase(b.name())));
        return result;
    }

    private Set<UUID> teamIdsOf(String agentId) {
        return teamsOf(List.of(agentId)).getOrDefault(agentId, List.of()).stream().map(SupportTeam::id).collect(Collectors.toSet());
    }

    /** The members of each of these teams, in rotation order (by name), in two queries (GraphQL batch loading). */
    @Transactional(readOnly = true)
    public Map<UUID, List<SupportAgent>> membersOf(List<UUID> teamIds) {
        Map<UUID, List<SupportAgent>> result = new HashMap<>();
        if (teamIds.isEmpty()) {
            return result;
        }
        Map<String, SupportAgent> everyone = agents.list(true).stream().collect(Collectors.toMap(SupportAgent::id, agent -> agent));
        for (TeamMapper.Membership membership : teams.membersOf(teamIds)) {
            result.computeIfAbsent(membership.teamId(), id -> new ArrayList<>()).add(everyone.get(membership.agentId()));
        }
        result.values().forEach(list -> list.sort((a, b) -> {
            int byName = a.name().compareToIgnoreCase(b.name());
            return byName != 0 ? byName : a.id().compareTo(b.id());
        }));
        return result;
    }

    /**
     * Changes an agent's availability, capacity and teams (each left out: unchanged). Admins change anyone's; an
     * agent only their own availability (anything else: FORBIDDEN). The change records that capacity was freed, since
     * the agent may now take waiting tickets.
     */
    @PreAuthorize("@access.staff()")
    @Transactional
    public Recorded<SupportAgent> updateAgent(@Nullable String id, int version, SupportAgent.@Nullable Availability availability,
                                              @Nullable Integer capacity, @Nullable List<UUID> teamIds) {
        SupportAgent agent = id == null ? null : agents.find(id);
        if (agent == null) {
            throw SupportException.notFound("Agent");
        }
        if (!access.admin()) {
            if (!agent.id().equals(CurrentUser.get().userId())) {
                throw SupportException.forbidden("Agents may change only their own availability; admins manage the team.");
            }
            if ((capacity != null && capacity != agent.capacity()) || (teamIds != null && !new HashSet<>(teamIds).equals(teamIdsOf(id)))) {
                throw SupportException.forbidden("Only admins change capacity and teams; you may change your availability.");
            }
        }
        int newCapacity = capacity == null ? agent.capacity() : capacity;
        if (newCapacity < 1 || newCapacity > 1000) {
            throw SupportException.validation("input.capacity", "Capacity is a weighted number of open tickets from 1 to 1000 (LOW 1, MEDIUM 2, HIGH 3 each).");
        }
        SupportAgent.Availability newAvailability = availability == null ? agent.availability() : availability;
        VersionedWrites.requireApplied(agents.updateSettings(id, version, newAvailability.name(), newCapacity),
                "Agent " + agent.name() + " was changed by someone else. Reload and try again.");
        if (teamIds != null) {
            List<UUID> distinct = List.copyOf(new LinkedHashSet<>(teamIds));
            if (!distinct.isEmpty() && teams.findAll(distinct).size() != distinct.size()) {
                throw new SupportException(ErrorCode.NOT_FOUND, "A team in input.teamIds was not found.", "input.teamIds");
            }
            teams.leaveAll(id);
            distinct.forEach(teamId -> teams.join(teamId, id));
        }
        return new Recorded<>(agents.find(id), List.of(capacityFreed()));
    }

    /** A new team, without members (add agents with {@link #updateAgent}). Admins only. */
    @PreAuthorize("@access.admin()")
    @Transactional
    public SupportTeam createTeam(@Nullable String name, @Nullable String description) {
        String validName = teamName(name);
        String validDescription = teamDescription(description);
        return uniqueName(validName, () -> teams.insert(validName, TextInput.key(validName), validDescription));
    }

    /** Renames or redescribes a team, if {@code version} is the current one. Admins only. */
    @PreAuthorize("@access.admin()")
    @Transactional
    public SupportTeam updateTeam(@Nullable UUID id, int version, @Nullable String name, @Nullable String description) {
        requireTeam(id);
        String validName = teamName(name);
        String validDescription = teamDescription(description);
        SupportTeam updated = uniqueName(validName, () -> teams.update(id, version, validName, TextInput.key(validName), validDescription));
        return VersionedWrites.requireApplied(updated, "The team was changed by someone else. Reload it and try again.");
    }

    /** Deletes a team no rule targets (CONFLICT naming the rules otherwise); its members stay agents. Admins only. */
    @PreAuthorize("@access.admin()")
    @Transactional
    public void deleteTeam(@Nullable UUID id) {
        SupportTeam team = requireTeam(id);
        List<String> targetedBy = rules.namesTargetingTeam(id);
        if (!targetedBy.isEmpty()) {
            throw SupportException.conflict("Team " + team.name() + " is the target of the assignment rules " + String.join(", ", targetedBy)
                    + ": point them elsewhere or delete them first.");
        }
        teams.delete(id);
    }

    /** Reads the tenant's staff from Keycloak now. Admins only. */
    @PreAuthorize("@access.admin()")
    public Recorded<SyncResult> sync() {
        Tenant tenant = TenantContext.require();
        return syncTenant(directory.byTenant().getOrDefault(tenant.slug(), List.of()));
    }

    /** Every active tenant's staff, from one read of Keycloak; a tenant that fails is logged and retried next time. */
    @Scheduled(initialDelayString = "${memberpulse.assignment.sync-initial-delay:PT15S}", fixedDelayString = "${memberpulse.assignment.sync-interval:PT15M}")
    public void syncAllTenants() {
        Map<String, List<StaffUser>> staff;
        try {
            staff = directory.byTenant();
        } catch (RuntimeException e) {
            log.warn("Could not read the support staff from Keycloak; the agents stay as they were", e);
            return;
        }
        tenants.forEachActive("sync the support staff", tenant -> syncTenant(staff.getOrDefault(tenant.slug(), List.of())));
    }

    /** What a sync changed. */
    public record SyncResult(int added, int updated, int deactivated, int ticketsReleased) {
    }

    private Recorded<SyncResult> syncTenant(List<StaffUser> staff) {
        return transaction.execute(status -> {
            List<DomainEvent> recorded = new ArrayList<>();
            // Releasing tickets changes loads: take the assignment lock first, like automatic assignment does.
            queue.lockTenant();
            Map<String, AgentMapper.KnownAgent> known = agents.known().stream().collect(Collectors.toMap(AgentMapper.KnownAgent::id, a -> a));
            int added = 0;
            int updated = 0;
            int deactivated = 0;
            int released = 0;
            boolean freed = false;
            Set<String> present = new HashSet<>();
            for (StaffUser user : staff) {
                AgentMapper.KnownAgent before = known.get(user.id());
                if (!user.enabled()) {
                    continue; // Handled below, as one no longer present.
                }
                present.add(user.id());
                String role = user.admin() ? "ADMIN" : "AGENT";
                if (before == null) {
                    added++;
                    freed = true;
                } else if (!before.active() || !Objects.equals(before.username(), user.username()) || !Objects.equals(before.name(), user.name())
                        || !Objects.equals(before.email(), user.email()) || !before.role().equals(role)) {
                    updated++;
                    freed |= !before.active();
                } else {
                    continue;
                }
                agents.upsertActive(user.id(), user.username(), user.name(), user.email(), role);
            }
            Map<String, StaffUser> disabled = staff.stream().filter(user -> !user.enabled()).collect(Collectors.toMap(StaffUser::id, user -> user, (a, b) -> a));
            for (AgentMapper.KnownAgent agent : known.values()) {
                if (agent.active() && !present.contains(agent.id())) {
                    agents.deactivate(agent.id());
                    deactivated++;
                    String why = disabled.containsKey(agent.id())
                            ? agent.name() + " was disabled in Keycloak"
                            : agent.name() + " is no longer support staff of this association in Keycloak";
                    Recorded<Integer> release = tickets.releaseAllHeldBy(agent.id(), Actor.system("Support team sync"), why);
                    released += release.value();
                    recorded.addAll(release.events());
                }
            }
            if (freed) {
                recorded.add(capacityFreed());
            }
            if (added + updated + deactivated > 0) {
                log.info("Support team of tenant '{}': {} added, {} updated, {} deactivated, {} tickets back to assignment",
                        TenantContext.require().slug(), added, updated, deactivated, released);
            }
            return new Recorded<>(new SyncResult(added, updated, deactivated, released), recorded);
        });
    }

    private DomainEvent capacityFreed() {
        return events.append(null, CapacityFreed.TYPE, new CapacityFreed());
    }

    private SupportTeam requireTeam(@Nullable UUID id) {
        SupportTeam team = id == null ? null : teams.find(id);
        if (team == null) {
            throw SupportException.notFound("Team");
        }
        return team;
    }

    private static String teamName(@Nullable String name) {
        return TextInput.line(name, "input.name", MAX_TEAM_NAME, "A team name");
    }

    private static @Nullable String teamDescription(@Nullable String description) {
        return TextInput.optionalText(description, "input.description", MAX_TEAM_DESCRIPTION, "A team description");
    }

    private static <T extends @Nullable SupportTeam> T uniqueName(String name, Supplier<T> write) {
        return UniqueKeys.claiming(write,
                () -> SupportException.validation("input.name", "There is already a team named '" + Echo.of(name) + "' (ignoring case, spaces and invisible characters)."));
    }
}
