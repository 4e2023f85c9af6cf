package com.memberpulse.support.sla;

/** The two moments a running clock escalates: at the policy's warning share, and at breach. */
public enum EscalationLevel {
    WARNING, BREACH
}
