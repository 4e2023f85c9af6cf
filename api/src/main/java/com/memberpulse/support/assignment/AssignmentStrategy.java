package com.memberpulse.support.assignment;

/** How a rule whose target is a team picks the agent. */
public enum AssignmentStrategy {
    /** The next agent in turn, skipping agents who are away, inactive or at capacity. */
    ROUND_ROBIN,
    /** The eligible agent with the lowest weighted open load, ties to whoever was assigned least recently. */
    WORKLOAD_BALANCING
}
