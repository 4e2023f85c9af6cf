package com.memberpulse.support.sla;

import com.memberpulse.support.assignment.SupportAgent;
import com.memberpulse.support.assignment.SupportTeam;
import com.memberpulse.support.assignment.SupportTeamService;
import com.memberpulse.support.common.error.SupportException;
import com.memberpulse.support.common.persistence.UniqueKeys;
import com.memberpulse.support.common.persistence.VersionedWrites;
import com.memberpulse.support.common.text.TextInput;
import com.memberpulse.support.sla.internal.ClockMapper;
import com.memberpulse.support.sla.internal.SetupMapper;
import com.memberpulse.support.sla.internal.StoredCalendar;
import com.memberpulse.support.sla.internal.StoredPolicy;
import com.memberpulse.support.tenant.TenantContext;
import com.memberpulse.support.ticket.RequesterType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current tenant's SLA set-up: policies, business calendars and settings. Staff read it; admins change it. The
 * clocks read it too ({@link #policyFor}, {@link #calendar}), with no user, inside a ticket change.
 */
@Service
class SlaSetup {

    private final SetupMapper setup;
    private final ClockMapper clocks;
    private final SupportTeamService team;

    SlaSetup(SetupMapper setup, ClockMapper clocks, SupportTeamService team) {
        this.setup = setup;
        this.clocks = clocks;
        this.team = team;
    }

    @PreAuthorize("@access.staff()")
    @Transactional(readOnly = true)
    public List<SlaPolicy> policies() {
        return setup.policies().stream().map(StoredPolicy::toPolicy).toList();
    }

    @PreAuthorize("@access.staff()")
    @Transactional(readOnly = true)
    public List<SupportCalendar> calendars() {
        return setup.calendars().stream().map(StoredCalendar::toCalendar).toList();
    }

    @PreAuthorize("@access.staff()")
    @Transactional(readOnly = true)
    public SlaSettings settings() {
        return setup.settings();
    }

    /** Creates a policy ({@code input.id} null) or replaces one at the version given. */
    @PreAuthorize("@access.admin()")
    @Transactional
    public SlaPolicy upsertPolicy(PolicyInput input) {
        UUID id = input.id() == null ? null : existingPolicy(input.id());
        SlaPolicy policy = input.toPolicy(id);
        if (policy.calendarId() != null && setup.calendar(policy.calendarId()) == null) {
            throw SupportException.validation("input.calendarId", "No such calendar: pick one of the tenant's calendars, or none for calendar hours.");
        }
        checkTargets(policy.onWarning(), "input.onWarning");
        checkTargets(policy.onBreach(), "input.onBreach");
        StoredPolicy stored = StoredPolicy.of(policy);
        SupportException taken = SupportException.validation("input.requesterType",
                "There is a policy for " + policy.requesterType() + " tickets already: change that one.");
        if (id == null) {
            return UniqueKeys.claiming(() -> setup.insertPolicy(withoutId(stored)), () -> taken).toPolicy();
        }
        if (input.version() == null) {
            throw SupportException.validation("input.version", "Give the version you read to change a policy.");
        }
        StoredPolicy updated = UniqueKeys.claiming(() -> setup.updatePolicy(stored), () -> taken);
        return VersionedWrites.requireApplied(updated, "This policy was changed by someone else meanwhile. Reload it and try again.").toPolicy();
    }

    @PreAuthorize("@access.admin()")
    @Transactional
    public UUID deletePolicy(@Nullable UUID id) {
        if (id == null || setup.deletePolicy(id) == 0) {
            throw SupportException.notFound("SLA policy");
        }
        return id;
    }

    /** Creates a calendar ({@code input.id} null) or replaces one at the version given. */
    @PreAuthorize("@access.admin()")
    @Transactional
    public SupportCalendar upsertCalendar(CalendarInput input) {
        UUID id = null;
        if (input.id() != null) {
            id = parse(input.id(), "Business calendar");
            if (setup.calendar(id) == null) {
                throw SupportException.notFound("Business calendar");
            }
        }
        SupportCalendar calendar = input.toCalendar(id);
        StoredCalendar stored = StoredCalendar.of(calendar);
        String key = TextInput.key(calendar.name());
        SupportException taken = SupportException.validation("input.name",
                "A calendar named '" + calendar.name() + "' exists already (names are compared ignoring case and spaces).");
        if (id == null) {
            StoredCalendar fresh = new StoredCalendar(null, stored.name(), stored.timeZone(), stored.weeklyHours(), stored.holidays(), 0);
            return UniqueKeys.claiming(() -> setup.insertCalendar(fresh, key), () -> taken).toCalendar();
        }
        if (input.version() == null) {
            throw SupportException.validation("input.version", "Give the version you read to change a calendar.");
        }
        StoredCalendar updated = UniqueKeys.claiming(() -> setup.updateCalendar(stored, key), () -> taken);
        return VersionedWrites.requireApplied(updated, "This calendar was changed by someone else meanwhile. Reload it and try again.").toCalendar();
    }

    /** New settings; the pending auto-closes move with the period (each stays its ticket's resolution plus the period). */
    @PreAuthorize("@access.admin()")
    @Transactional
    public SlaSettings updateSettings(int autoCloseAfterDays, OffsetDateTime seen) {
        if (autoCloseAfterDays < 1 || autoCloseAfterDays > 90) {
            throw SupportException.validation("input.autoCloseAfterDays", "Resolved tickets close automatically after 1 to 90 days.");
        }
        int before = setup.settings().autoCloseAfterDays();
        SlaSettings updated = VersionedWrites.requireApplied(setup.updateSettings(autoCloseAfterDays, seen),
                "The SLA settings were changed by someone else meanwhile. Reload them and try again.");
        clocks.shiftAutoCloses(TenantContext.require().slug(), autoCloseAfterDays - before);
        return updated;
    }

    /** The policy measuring new tickets of {@code type}, if any. For the clocks: no authorisation, the caller's transaction. */
    Optional<SlaPolicy> policyFor(RequesterType type) {
        return Optional.ofNullable(setup.policyFor(type.name())).map(StoredPolicy::toPolicy);
    }

    /** A policy by id, if it still exists. For the clocks and the sweep. */
    Optional<SlaPolicy> policy(UUID id) {
        return Optional.ofNullable(setup.policy(id)).map(StoredPolicy::toPolicy);
    }

    /** A calendar by id, if it still exists. For the clocks. */
    Optional<SupportCalendar> calendar(UUID id) {
        return Optional.ofNullable(setup.calendar(id)).map(StoredCalendar::toCalendar);
    }

    /** An active agent of the tenant, for an escalation's reassignment (no authorisation: the sweep has no user). */
    Optional<SupportAgent> agent(String id) {
        return team.activeAgent(id);
    }

    /** The team's least loaded member with room for a ticket of {@code weight}, for an escalation (no authorisation). */
    Optional<SupportAgent> teamMember(UUID teamId, int weight) {
        return team.leastLoadedMemberOf(teamId, weight);
    }

    /** The settings, for the clocks (no authorisation). */
    SlaSettings currentSettings() {
        return setup.settings();
    }

    private void checkTargets(EscalationActions actions, String field) {
        if (actions.reassignToAgentId() != null
                && team.agents(false).stream().map(SupportAgent::id).noneMatch(actions.reassignToAgentId()::equals)) {
            throw SupportException.validation(field + ".reassignToAgentId", "No such active agent in this association.");
        }
        if (actions.reassignToTeamId() != null && team.teams().stream().map(SupportTeam::id).noneMatch(actions.reassignToTeamId()::equals)) {
            throw SupportException.validation(field + ".reassignToTeamId", "No such team.");
        }
    }

    private UUID existingPolicy(String id) {
        UUID policyId = parse(id, "SLA policy");
        if (setup.policy(policyId) == null) {
            throw SupportException.notFound("SLA policy");
        }
        return policyId;
    }

    private static StoredPolicy withoutId(StoredPolicy policy) {
        return new StoredPolicy(null, policy.name(), policy.requesterType(), policy.calendarId(), policy.targets(), policy.warningPercent(),
                policy.onWarning(), policy.onBreach(), 0);
    }

    private static UUID parse(String id, String what) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException malformed) {
            throw SupportException.notFound(what);
        }
    }
}
