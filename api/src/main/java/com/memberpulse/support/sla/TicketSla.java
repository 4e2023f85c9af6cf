package com.memberpulse.support.sla;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Where a ticket stands against its SLA, as staff see it now (GraphQL {@code TicketSla}; times and ledger load on demand). */
public record TicketSla(UUID ticketId, @Nullable UUID policyId, String calendarName, Clock firstResponse, Clock resolution) {

    /** One clock as of the moment it was read (GraphQL {@code SlaClock}). */
    public record Clock(SlaTargetKind target, SlaState state, long targetMinutes, long elapsedMinutes, long remainingMinutes,
                        @Nullable OffsetDateTime dueAt, @Nullable OffsetDateTime warningAt, @Nullable OffsetDateTime stoppedAt,
                        @Nullable OffsetDateTime breachedAt) {
    }

    /** The measured times (GraphQL {@code TicketTimes}). */
    public record Times(@Nullable Long firstResponseCalendarMinutes, @Nullable Long firstResponseBusinessMinutes,
                        @Nullable Long resolutionCalendarMinutes, @Nullable Long resolutionBusinessMinutes, long pausedCalendarMinutes,
                        @Nullable OffsetDateTime firstResolvedAt) {
    }
}
