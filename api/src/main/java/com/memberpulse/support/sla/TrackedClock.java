package com.memberpulse.support.sla;

import com.memberpulse.support.sla.internal.StoredClock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One stored clock of a ticket with what it is measured against: the clock arithmetic ({@link SlaClock}) plus its
 * policy, calendar, warning share, the levels already fired and whether it decides the ticket's SLA state. Each change
 * returns a new one; {@link #stored()} computes the due and warning instants that are kept with the row.
 */
record TrackedClock(UUID ticketId, SlaTargetKind target, @Nullable UUID policyId, @Nullable UUID calendarId, String calendarName,
                    BusinessCalendar calendar, int warningPercent, SlaClock clock, @Nullable Instant warnedAt,
                    @Nullable Instant breachedAt, boolean decides) {

    static TrackedClock start(UUID ticketId, SlaTargetKind target, SlaPolicy policy, @Nullable SupportCalendar calendar, Duration amount,
                              Instant at, boolean decides) {
        return new TrackedClock(ticketId, target, policy.id(), calendar == null ? null : calendar.id(),
                calendar == null ? SupportCalendar.CALENDAR_HOURS : calendar.displayName(),
                calendar == null ? BusinessCalendar.roundTheClock() : calendar.rules(), policy.warningPercent(), SlaClock.start(amount, at),
                null, null, decides);
    }

    static TrackedClock of(StoredClock row, BusinessCalendar calendar) {
        SlaClock clock = new SlaClock(Duration.ofSeconds(row.targetSeconds()), row.startedAt().toInstant(), Duration.ofSeconds(row.elapsedSeconds()),
                instant(row.runningSince()), instant(row.pausedAt()), Duration.ofSeconds(row.pausedCalendarSeconds()), instant(row.stoppedAt()));
        return new TrackedClock(row.ticketId(), SlaTargetKind.valueOf(row.target()), row.policyId(), row.calendarId(), row.calendarName(),
                calendar, row.warningPercent(), clock, instant(row.warnedAt()), instant(row.breachedAt()), row.decides());
    }

    StoredClock stored() {
        return new StoredClock(ticketId, target.name(), policyId, calendarId, calendarName, warningPercent, clock.target().toSeconds(),
                time(clock.startedAt()), clock.elapsed().toSeconds(), time(clock.runningSince()), time(clock.pausedAt()),
                clock.pausedCalendarTime().toSeconds(), time(clock.stoppedAt()), time(dueAt()), time(warningAt()), time(warnedAt),
                time(breachedAt), decides);
    }

    TrackedClock with(SlaClock changed) {
        return new TrackedClock(ticketId, target, policyId, calendarId, calendarName, calendar, warningPercent, changed, warnedAt, breachedAt, decides);
    }

    TrackedClock deciding(boolean decidesNow) {
        return new TrackedClock(ticketId, target, policyId, calendarId, calendarName, calendar, warningPercent, clock, warnedAt, breachedAt,
                decidesNow);
    }

    /** The clock with {@code level} marked as reached at {@code at} (it fires once). */
    TrackedClock reached(EscalationLevel level, Instant at) {
        return new TrackedClock(ticketId, target, policyId, calendarId, calendarName, calendar, warningPercent, clock,
                level == EscalationLevel.WARNING ? at : warnedAt, level == EscalationLevel.BREACH ? at : breachedAt, decides);
    }

    @Nullable Instant dueAt() {
        return clock.dueAt(calendar);
    }

    @Nullable Instant warningAt() {
        return clock.warningAt(calendar, warningPercent);
    }

    /**
     * When {@code level} is next due to fire, or null: already fired, stopped, or paused short of it. A clock paused
     * after reaching the level but before the sweep got to it is due at once (its pause instant): the level was reached
     * while it ran, so it still fires, once.
     */
    @Nullable Instant nextAt(EscalationLevel level) {
        boolean fired = level == EscalationLevel.WARNING ? warnedAt != null || breachedAt != null : breachedAt != null;
        if (fired || clock.isStopped()) {
            return null;
        }
        if (clock.isPaused()) {
            Duration threshold = level == EscalationLevel.WARNING ? clock.target().multipliedBy(warningPercent).dividedBy(100) : clock.target();
            return clock.elapsed().compareTo(threshold) >= 0 ? clock.pausedAt() : null;
        }
        return level == EscalationLevel.WARNING ? warningAt() : dueAt();
    }

    SlaState stateAt(Instant now) {
        return clock.stateAt(now, calendar, warningPercent);
    }

    /** Within target so far: the business time consumed by {@code now} is short of the target. */
    boolean withinTargetAt(Instant now) {
        return clock.elapsedAt(now, calendar).compareTo(clock.target()) < 0;
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static @Nullable OffsetDateTime time(@Nullable Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
