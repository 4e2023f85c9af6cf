/**
 * How the event backbone works: the outbox and its mappers, the sequencer that gives committed events their
 * position, the relay loop that wakes on PostgreSQL notifications and delivers to consumers partition by partition
 * under leases, parking and redelivery, retention, and the platform admin's GraphQL operations on parked events.
 */
@NullMarked
package com.memberpulse.support.events.internal;

import org.jspecify.annotations.NullMarked;
