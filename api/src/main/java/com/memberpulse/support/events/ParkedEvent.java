package com.memberpulse.support.events;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An event one consumer gave up on after its last try, with the event itself, as admins see it. */
public record ParkedEvent(long id, String consumer, long eventId, String tenant, @Nullable UUID ticketId, String type, String payload,
                          OffsetDateTime recordedAt, int attempts, @Nullable String lastError, OffsetDateTime firstFailedAt,
                          OffsetDateTime lastFailedAt, boolean redeliveryRequested) {
}
