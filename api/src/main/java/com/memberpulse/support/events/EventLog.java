package com.memberpulse.support.events;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Where changes record what happened: the outbox, written in the transaction of the change. */
public interface EventLog {

    /**
     * Appends an event in the caller's transaction (which must be open: the event commits or rolls back with the
     * change), for the current tenant. {@code payload} is written as JSON (a record is the usual payload).
     */
    DomainEvent append(@Nullable UUID ticketId, String type, Object payload);
}
