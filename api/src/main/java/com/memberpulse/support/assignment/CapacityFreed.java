package com.memberpulse.support.assignment;

/**
 * The event (type {@value #TYPE}, for the whole tenant) an admin's or a sync's change records when tickets waiting
 * for an agent may now find one: an agent back, more capacity, a new team member, a rule changed.
 */
record CapacityFreed() {

    static final String TYPE = "assignment.capacity-freed";
}
