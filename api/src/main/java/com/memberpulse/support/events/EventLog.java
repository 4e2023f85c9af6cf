package com.memberpulse.support.events;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Where changes record what happened: the outbox, written in the transaction of the change. */
public interface EventLog {

    /**
     * Appends an event in the caller's transaction (which must be open: the event commits or rolls back with the
     * change), for the current tenant. {@code payload} is written as JSON (a record is the usual payload).
     */
    DomainEvent append(@Nullable UUID ticketId, String type, Object payload);

    /**
     * Whether an event of {@code type} was recorded for {@code event}'s ticket after it. Events of one ticket are
     * recorded in the order of its changes, so a consumer handed an event late (a retry, a replay, the relay after a
     * request's own delivery) can tell that the ticket has moved on since.
     */
    boolean recordedAfter(DomainEvent event, String type);

    /**
     * The events of {@code event}'s ticket recorded after it and at most {@code within} later, in the order they were
     * recorded (none for an event without a ticket): what else a burst of changes brought.
     */
    List<DomainEvent> followingWithin(DomainEvent event, Duration within);

    /**
     * The log's last position now. Every event committed later gets a higher one, so a reader that goes on from here
     * with {@link #after} misses nothing (what a rebuild of a copy catches up from).
     */
    long lastPosition();

    /** Up to {@code limit} events after {@code position}, in position order, each with its own position. */
    List<Positioned> after(long position, int limit);

    /** An event and its place in the log. */
    record Positioned(DomainEvent event, long position) {
    }
}
