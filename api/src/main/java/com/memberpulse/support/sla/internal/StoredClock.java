package com.memberpulse.support.sla.internal;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A {@code sla_clock} row. */
public record StoredClock(UUID ticketId, String target, @Nullable UUID policyId, @Nullable UUID calendarId, String calendarName,
                          int warningPercent, long targetSeconds, OffsetDateTime startedAt, long elapsedSeconds,
                          @Nullable OffsetDateTime runningSince, @Nullable OffsetDateTime pausedAt, long pausedCalendarSeconds,
                          @Nullable OffsetDateTime stoppedAt, @Nullable OffsetDateTime dueAt, @Nullable OffsetDateTime warningAt,
                          @Nullable OffsetDateTime warnedAt, @Nullable OffsetDateTime breachedAt, boolean decides) {
}
