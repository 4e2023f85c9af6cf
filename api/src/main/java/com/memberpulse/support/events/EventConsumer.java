package com.memberpulse.support.events;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A durable consumer of the event log (a Spring bean implementing this is registered by its {@link #name()}).
 * It keeps its own progress; instances share its work without doing it twice; it gets the events of one ticket in
 * commit order. Delivery is at least once, so {@link #handle} must be idempotent. A failing event is retried with
 * back-off and, after the last try, parked (visible, re-sendable by an admin) and passed over.
 */
public interface EventConsumer {

    /** Stable name its progress is kept under (e.g. {@code assignment}); never reuse one for another purpose. */
    String name();

    /** Whether it wants events of this type at all; the others are passed over without a call. */
    default boolean accepts(String type) {
        return true;
    }

    /**
     * Whether the request that recorded an event may hand it over itself, right after its commit
     * ({@link EventRelay#deliverNow}), besides the relay's own delivery. For consumers whose effect the request
     * answers with (assignment: createTicket answers with the assignee).
     */
    default boolean acceptsImmediateDelivery() {
        return false;
    }

    /**
     * How long after an event was recorded it may be handed over at the earliest (zero: at once). A consumer that
     * tells of several changes at once (one e-mail for a burst of changes to a ticket) waits this long, so that the
     * later changes of the burst are in the log when it handles the first. The partition waits with it: its other
     * events stay in order behind the held one.
     */
    default Duration delay() {
        return Duration.ZERO;
    }

    /**
     * How this consumer's failing events are retried before they are parked; null for the backbone's default
     * ({@code memberpulse.events.max-attempts}, {@code backoff-base}, {@code backoff-cap}). A consumer that talks to
     * a server which may be down for a while (a mail server) tries for longer.
     */
    default @Nullable RetryPolicy retryPolicy() {
        return null;
    }

    /** Handles one event, run in the event's tenant and outside any transaction; throw to have it retried. */
    void handle(DomainEvent event) throws Exception;
}
