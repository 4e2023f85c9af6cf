package com.memberpulse.support.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One ticket's clock for one target (first response or resolution): the business time it has consumed against its
 * target, measured on a calendar the caller passes in (the clock keeps no calendar, its policy does). Each change
 * returns a new clock; an illegal one (pausing a paused clock, resuming a running one, anything once stopped) throws
 * {@link IllegalStateException}, since the ticket's status rules only ask for legal ones.
 * <p>
 * Exactly one of {@code runningSince}, {@code pausedAt} and {@code stoppedAt} is set. {@code elapsed} is the business
 * time consumed before {@code runningSince} (all of it while paused or stopped); {@code pausedCalendarTime} the
 * wall-clock time spent paused, for the figures "less paused time".
 * <p>
 * The target is a deadline: the clock is breached from the instant its elapsed time reaches the target (its due time)
 * on, and a stop is met only before then. So a reply on Saturday to a ticket due at Friday's closing is late, although
 * no business time passed since.
 */
public record SlaClock(Duration target, Instant startedAt, Duration elapsed, @Nullable Instant runningSince,
                       @Nullable Instant pausedAt, Duration pausedCalendarTime, @Nullable Instant stoppedAt) {

    public SlaClock {
        requireNotNegative(target, "target");
        requireNotNegative(elapsed, "elapsed");
        requireNotNegative(pausedCalendarTime, "paused calendar time");
        Objects.requireNonNull(startedAt, "startedAt");
        int set = (runningSince == null ? 0 : 1) + (pausedAt == null ? 0 : 1) + (stoppedAt == null ? 0 : 1);
        if (set != 1) {
            throw new IllegalArgumentException("A clock is either running, paused or stopped: runningSince " + runningSince
                    + ", pausedAt " + pausedAt + ", stoppedAt " + stoppedAt);
        }
    }

    public static SlaClock start(Duration target, Instant at) {
        return new SlaClock(target, at, Duration.ZERO, at, null, Duration.ZERO, null);
    }

    /** Stops counting (the ticket waits on the member), keeping the business time consumed so far. */
    public SlaClock pause(Instant at, BusinessCalendar calendar) {
        Instant since = requireRunning("pause");
        requireNotBefore(at, since);
        return new SlaClock(target, startedAt, elapsed.plus(calendar.businessTimeBetween(since, at)), null, at, pausedCalendarTime, null);
    }

    public SlaClock resume(Instant at) {
        Instant since = requirePaused("resume");
        requireNotBefore(at, since);
        return new SlaClock(target, startedAt, elapsed, at, null, pausedCalendarTime.plus(Duration.between(since, at)), null);
    }

    /** A new target (the priority changed): the time consumed is kept and the due time follows from the new target. */
    public SlaClock retarget(Duration newTarget) {
        requireNotStopped("retarget");
        return new SlaClock(newTarget, startedAt, elapsed, runningSince, pausedAt, pausedCalendarTime, null);
    }

    /** Stops for good (met or closed); stopping a paused clock ends its pause there. */
    public SlaClock stop(Instant at, BusinessCalendar calendar) {
        requireNotStopped("stop");
        if (runningSince != null) {
            requireNotBefore(at, runningSince);
            return new SlaClock(target, startedAt, elapsed.plus(calendar.businessTimeBetween(runningSince, at)), null, null,
                    pausedCalendarTime, at);
        }
        Instant since = Objects.requireNonNull(pausedAt);
        requireNotBefore(at, since);
        return new SlaClock(target, startedAt, elapsed, null, null, pausedCalendarTime.plus(Duration.between(since, at)), at);
    }

    public boolean isRunning() {
        return runningSince != null;
    }

    public boolean isPaused() {
        return pausedAt != null;
    }

    public boolean isStopped() {
        return stoppedAt != null;
    }

    /** The business time consumed by {@code now}. */
    public Duration elapsedAt(Instant now, BusinessCalendar calendar) {
        return runningSince == null ? elapsed : elapsed.plus(calendar.businessTimeBetween(runningSince, now));
    }

    /** The business time left before the due time; negative when overdue. */
    public Duration remainingAt(Instant now, BusinessCalendar calendar) {
        return target.minus(elapsedAt(now, calendar));
    }

    /**
     * When the elapsed time reaches the target, while running; null while paused or stopped. A clock already past its
     * target when it last resumed (or given a shorter target since) was due before then, at an instant it no longer
     * keeps: its due time is the instant it resumed.
     */
    public @Nullable Instant dueAt(BusinessCalendar calendar) {
        return reaching(target, calendar);
    }

    /** When the elapsed time reaches {@code warningPercent} % of the target, while running (as {@link #dueAt}); else null. */
    public @Nullable Instant warningAt(BusinessCalendar calendar, int warningPercent) {
        return reaching(threshold(warningPercent), calendar);
    }

    /**
     * Stopped: MET if stopped before its due time, else BREACHED. Otherwise BREACHED once the target is reached, even
     * while paused (the breach happened); else PAUSED while paused, AT_RISK from the warning threshold on, ON_TRACK.
     */
    public SlaState stateAt(Instant now, BusinessCalendar calendar, int warningPercent) {
        Duration threshold = threshold(warningPercent);
        Duration consumed = elapsedAt(now, calendar);
        if (consumed.compareTo(target) >= 0) {
            return SlaState.BREACHED;
        }
        if (isStopped()) {
            return SlaState.MET;
        }
        if (isPaused()) {
            return SlaState.PAUSED;
        }
        return consumed.compareTo(threshold) >= 0 ? SlaState.AT_RISK : SlaState.ON_TRACK;
    }

    /** Wall-clock time from the start to {@code now} (or the stop), less the time spent paused. */
    public Duration calendarTimeLessPausesAt(Instant now) {
        Instant end = stoppedAt != null ? stoppedAt : pausedAt != null ? pausedAt : now;
        return Duration.between(startedAt, end).minus(pausedCalendarTime);
    }

    private @Nullable Instant reaching(Duration amount, BusinessCalendar calendar) {
        if (runningSince == null) {
            return null;
        }
        Duration left = amount.minus(elapsed);
        return calendar.plusBusinessTime(runningSince, left.isNegative() ? Duration.ZERO : left);
    }

    private Duration threshold(int warningPercent) {
        if (warningPercent < 0 || warningPercent > 100) {
            throw new IllegalArgumentException("A warning threshold is a percentage of the target, 0 to 100: " + warningPercent);
        }
        return target.multipliedBy(warningPercent).dividedBy(100);
    }

    private Instant requireRunning(String change) {
        requireNotStopped(change);
        if (runningSince == null) {
            throw new IllegalStateException("Cannot " + change + " a paused clock");
        }
        return runningSince;
    }

    private Instant requirePaused(String change) {
        requireNotStopped(change);
        if (pausedAt == null) {
            throw new IllegalStateException("Cannot " + change + " a running clock");
        }
        return pausedAt;
    }

    private void requireNotStopped(String change) {
        if (stoppedAt != null) {
            throw new IllegalStateException("Cannot " + change + " a clock stopped at " + stoppedAt);
        }
    }

    private static void requireNotBefore(Instant at, Instant since) {
        if (at.isBefore(since)) {
            throw new IllegalArgumentException("A clock cannot change at " + at + ", before its last change at " + since);
        }
    }

    private static void requireNotNegative(Duration duration, String what) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("A negative " + what + ": " + duration);
        }
    }
}
