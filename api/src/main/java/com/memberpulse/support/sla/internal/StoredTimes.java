package com.memberpulse.support.sla.internal;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A {@code ticket_times} row: a ticket's measured times, less paused time. */
public record StoredTimes(UUID ticketId, OffsetDateTime ticketCreatedAt, @Nullable OffsetDateTime firstResolvedAt, @Nullable Long firstResponseCalendarSeconds,
                          @Nullable Long firstResponseBusinessSeconds, @Nullable Long resolutionCalendarSeconds,
                          @Nullable Long resolutionBusinessSeconds, @Nullable Boolean firstResponseMet, @Nullable Boolean resolutionMet) {
}
