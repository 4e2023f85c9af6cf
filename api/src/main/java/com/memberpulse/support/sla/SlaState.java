package com.memberpulse.support.sla;

/** Where an SLA clock stands at a moment, as {@link SlaClock#stateAt} decides it. */
public enum SlaState {
    /** Running, below the warning threshold. */
    ON_TRACK,
    /** Running, past the warning threshold but not yet due. */
    AT_RISK,
    /** Due time reached: running or paused past the target, or stopped too late. */
    BREACHED,
    /** Stopped before its due time. */
    MET,
    /** Paused (the ticket waits on the member) before its due time. */
    PAUSED
}
