package com.memberpulse.support.sla;

import com.memberpulse.support.ticket.Priority;
import com.memberpulse.support.ticket.RequesterType;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The promise made to one requester type: targets per priority, measured on a calendar (null: calendar hours), a
 * warning share, and what happens at the warning and at breach.
 */
public record SlaPolicy(UUID id, String name, RequesterType requesterType, @Nullable UUID calendarId, List<PriorityTargets> targets,
                        int warningPercent, EscalationActions onWarning, EscalationActions onBreach, int version) {

    public SlaPolicy {
        targets = List.copyOf(targets);
    }

    /** The targets of {@code priority}; every policy has one set per priority (validated when saved). */
    public PriorityTargets targetsFor(Priority priority) {
        return targets.stream().filter(t -> t.priority() == priority).findFirst()
                .orElseThrow(() -> new IllegalStateException("Policy " + name + " has no targets for " + priority));
    }

    public EscalationActions actionsAt(EscalationLevel level) {
        return level == EscalationLevel.WARNING ? onWarning : onBreach;
    }
}
