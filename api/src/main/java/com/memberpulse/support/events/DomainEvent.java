package com.memberpulse.support.events;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A fact recorded in the outbox: in which tenant, about which ticket (null for tenant-wide facts such as an agent
 * freeing capacity), of which type (a stable name such as {@code ticket.status-changed}), with its payload as JSON.
 * {@code id} is unique and fixed when the event is appended; consumers de-duplicate on it.
 */
public record DomainEvent(long id, String tenant, @Nullable UUID ticketId, String type, String payload, Instant recordedAt) {

    /** The payload read as {@code type} (a record whose components are the JSON fields). */
    public <T> T payload(Class<T> type) {
        return EventJson.read(payload, type);
    }
}
