package com.memberpulse.support.sla;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What one escalation level (warning or breach) of a policy does; at most one reassignment target is set. */
public record EscalationActions(boolean notifyAssignee, boolean notifyAdmins, boolean raisePriority,
                                @Nullable String reassignToAgentId, @Nullable UUID reassignToTeamId) {

    public static final EscalationActions NOTHING = new EscalationActions(false, false, false, null, null);

    public boolean notifies() {
        return notifyAssignee || notifyAdmins;
    }
}
