package com.memberpulse.support.live;

import com.memberpulse.support.tenant.Tenant;
import com.memberpulse.support.ticket.TicketFilter;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContext;
import reactor.core.publisher.Sinks;
import reactor.util.concurrent.Queues;

/**
 * One {@code ticketUpdated} subscription: who (their security context and tenant, so that each ticket is read as they
 * may see it), what they filter on, and two bounded buffers: the changes not yet read ({@link #inbox}) and the updates
 * not yet taken by the connection ({@link #updates}). Changes are read one at a time, in order, by whoever holds
 * {@link #draining}.
 */
final class Subscriber {

    final Tenant tenant;
    final SecurityContext security;
    final String userKey;
    final boolean staff;
    final @Nullable TicketFilter filter;
    final String connectionId;
    final BlockingQueue<Change> inbox;
    final Sinks.Many<TicketUpdate> updates;
    final AtomicBoolean draining = new AtomicBoolean();
    final AtomicBoolean dropped = new AtomicBoolean();
    /** Whether its place among its user's subscriptions has been given back. */
    final AtomicBoolean released = new AtomicBoolean();

    Subscriber(Tenant tenant, SecurityContext security, String userKey, boolean staff, @Nullable TicketFilter filter, String connectionId,
               int bufferSize) {
        this.tenant = tenant;
        this.security = security;
        this.userKey = userKey;
        this.staff = staff;
        this.filter = filter;
        this.connectionId = connectionId;
        this.inbox = new ArrayBlockingQueue<>(bufferSize);
        this.updates = Sinks.many().unicast().onBackpressureBuffer(Queues.<TicketUpdate>get(bufferSize).get());
    }

    /** Whether this subscriber may hear of the change at all: requesters never of staff-only ones (internal notes). */
    boolean mayHearOf(Change change) {
        return staff || !change.staffOnly();
    }
}
