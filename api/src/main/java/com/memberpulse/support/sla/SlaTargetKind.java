package com.memberpulse.support.sla;

/** The two promises an SLA policy makes about a ticket. */
public enum SlaTargetKind {
    /** The first public staff reply. */
    FIRST_RESPONSE,
    /** The ticket's resolution. */
    RESOLUTION
}
