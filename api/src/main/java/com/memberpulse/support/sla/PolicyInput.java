package com.memberpulse.support.sla;

import com.memberpulse.support.common.error.SupportException;
import com.memberpulse.support.common.text.TextInput;
import com.memberpulse.support.ticket.Priority;
import com.memberpulse.support.ticket.RequesterType;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** {@code upsertSlaPolicy}'s input, checked field by field into a policy (VALIDATION_FAILED names the field). */
record PolicyInput(@Nullable String id, @Nullable Integer version, @Nullable String name, @Nullable RequesterType requesterType,
                   @Nullable String calendarId, @Nullable List<TargetInput> targets, @Nullable Integer warningPercent,
                   @Nullable ActionsInput onWarning, @Nullable ActionsInput onBreach) {

    static final int MAX_MINUTES = 525_600;
    static final EscalationActions DEFAULT_WARNING = new EscalationActions(true, false, false, null, null);
    static final EscalationActions DEFAULT_BREACH = new EscalationActions(true, true, false, null, null);

    record TargetInput(@Nullable Priority priority, @Nullable Integer firstResponseMinutes, @Nullable Integer resolutionMinutes) {
    }

    record ActionsInput(@Nullable Boolean notifyAssignee, @Nullable Boolean notifyAdmins, @Nullable Boolean raisePriority,
                        @Nullable String reassignToAgentId, @Nullable String reassignToTeamId) {
    }

    /** The policy this input describes (its id and version as given); the calendar, agent and team are checked by the caller. */
    SlaPolicy toPolicy(@Nullable UUID policyId) {
        String policyName = TextInput.line(name, "input.name", 80, "A policy name");
        if (requesterType == null) {
            throw SupportException.validation("input.requesterType", "Say whose tickets the policy measures.");
        }
        int percent = warningPercent == null ? 75 : warningPercent;
        if (percent < 1 || percent > 99) {
            throw SupportException.validation("input.warningPercent", "The warning share is 1 to 99 percent of a target.");
        }
        return new SlaPolicy(policyId == null ? new UUID(0, 0) : policyId, policyName, requesterType, calendar(), checkedTargets(), percent,
                actions(onWarning, "input.onWarning", DEFAULT_WARNING), actions(onBreach, "input.onBreach", DEFAULT_BREACH),
                version == null ? 0 : version);
    }

    private @Nullable UUID calendar() {
        if (calendarId == null) {
            return null;
        }
        try {
            return UUID.fromString(calendarId);
        } catch (IllegalArgumentException malformed) {
            throw SupportException.validation("input.calendarId", "No such calendar: pick one of the tenant's calendars, or none for calendar hours.");
        }
    }

    private List<PriorityTargets> checkedTargets() {
        Set<Priority> seen = EnumSet.noneOf(Priority.class);
        List<PriorityTargets> checked = (targets == null ? List.<TargetInput>of() : targets).stream().map(target -> {
            if (target.priority() == null || !seen.add(target.priority())) {
                throw SupportException.validation("input.targets", "Give the targets of each priority once.");
            }
            int firstResponse = minutes(target.firstResponseMinutes(), target.priority(), "first response");
            int resolution = minutes(target.resolutionMinutes(), target.priority(), "resolution");
            if (resolution < firstResponse) {
                throw SupportException.validation("input.targets",
                        "The " + label(target.priority()) + " resolution target cannot be shorter than its first response target.");
            }
            return new PriorityTargets(target.priority(), firstResponse, resolution);
        }).toList();
        if (!seen.equals(EnumSet.allOf(Priority.class))) {
            throw SupportException.validation("input.targets", "Give the targets of every priority: LOW, MEDIUM and HIGH.");
        }
        return checked;
    }

    private static int minutes(@Nullable Integer value, Priority priority, String what) {
        if (value == null || value < 1 || value > MAX_MINUTES) {
            throw SupportException.validation("input.targets",
                    "The " + label(priority) + " " + what + " target must be 1 minute to 365 days (525600 minutes).");
        }
        return value;
    }

    private static EscalationActions actions(@Nullable ActionsInput input, String field, EscalationActions otherwise) {
        if (input == null) {
            return otherwise;
        }
        if (input.reassignToAgentId() != null && input.reassignToTeamId() != null) {
            throw SupportException.validation(field, "Reassign to an agent or to a team, not both.");
        }
        UUID team = null;
        if (input.reassignToTeamId() != null) {
            try {
                team = UUID.fromString(input.reassignToTeamId());
            } catch (IllegalArgumentException malformed) {
                throw SupportException.validation(field + ".reassignToTeamId", "No such team.");
            }
        }
        return new EscalationActions(Boolean.TRUE.equals(input.notifyAssignee()), Boolean.TRUE.equals(input.notifyAdmins()),
                Boolean.TRUE.equals(input.raisePriority()), input.reassignToAgentId(), team);
    }

    private static String label(Priority priority) {
        return priority.name().charAt(0) + priority.name().substring(1).toLowerCase(Locale.ROOT);
    }
}
