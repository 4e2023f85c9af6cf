package com.memberpulse.support.events;

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

    /** Handles one event, run in the event's tenant and outside any transaction; throw to have it retried. */
    void handle(DomainEvent event) throws Exception;
}
