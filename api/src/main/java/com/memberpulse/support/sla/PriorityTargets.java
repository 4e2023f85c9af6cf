package com.memberpulse.support.sla;

import com.memberpulse.support.ticket.Priority;
import java.time.Duration;

/** A policy's targets for one priority, in minutes of its calendar. */
public record PriorityTargets(Priority priority, int firstResponseMinutes, int resolutionMinutes) {

    /** The target of one clock. */
    public Duration of(SlaTargetKind target) {
        return Duration.ofMinutes(target == SlaTargetKind.FIRST_RESPONSE ? firstResponseMinutes : resolutionMinutes);
    }
}
