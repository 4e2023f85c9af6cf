/**
 * The durable event backbone: every ticket, message and assignment change appends a {@link DomainEvent} to one
 * outbox per database, in the transaction of the change; a relay hands the committed events to each
 * {@link EventConsumer} at least once, in commit order per ticket, with retries, back-off and parking; and wakes
 * every instance's {@link InstanceEventListener}s. The public face is this package; the rest is {@code internal}.
 */
@NullMarked
package com.memberpulse.support.events;

import org.jspecify.annotations.NullMarked;
