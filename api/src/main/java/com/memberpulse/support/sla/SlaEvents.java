package com.memberpulse.support.sla;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the SLA feature announces through the event log, for the notifications and the live queue: a ticket's clock
 * reached its policy's warning share or its target. The payload says whom the policy wants told. Type names are
 * stable: stored events and consumers rely on them.
 */
public final class SlaEvents {

    public static final String WARNING = "sla.warning";
    public static final String BREACHED = "sla.breached";

    private SlaEvents() {
    }

    /** The payload of both: which clock, which level, the policy, and whom to tell. */
    public record Escalated(SlaTargetKind target, EscalationLevel level, @Nullable UUID policyId, @Nullable String policyName,
                            boolean notifyAssignee, boolean notifyAdmins) {
    }
}
