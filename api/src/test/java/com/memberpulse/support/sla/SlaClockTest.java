package com.memberpulse.support.sla;

import static com.memberpulse.support.sla.BusinessCalendarTest.OFFICE;
import static com.memberpulse.support.sla.BusinessCalendarTest.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.Example;

/** One target's clock on the London office calendar (09:00-17:00 on weekdays; UTC in January 2026). */
class SlaClockTest {

    private static final int WARN_AT = 75;

    @Example
    void aClockStartedOnSaturdayNightIsDueFromMondayMorning() {
        SlaClock clock = SlaClock.start(Duration.ofHours(4), at("2026-01-10T22:00Z"));
        assertThat(clock.dueAt(OFFICE)).isEqualTo(at("2026-01-12T13:00Z"));
        assertThat(clock.warningAt(OFFICE, WARN_AT)).isEqualTo(at("2026-01-12T12:00Z"));
        assertThat(clock.elapsedAt(at("2026-01-11T12:00Z"), OFFICE)).isZero();
        assertThat(clock.stateAt(at("2026-01-11T12:00Z"), OFFICE, WARN_AT)).isEqualTo(SlaState.ON_TRACK);
    }

    @Example
    void onTrackThenAtRiskFromTheWarningThenBreachedFromTheDueTime() {
        SlaClock clock = SlaClock.start(Duration.ofHours(8), at("2026-01-12T09:00Z"));
        assertThat(clock.warningAt(OFFICE, WARN_AT)).isEqualTo(at("2026-01-12T15:00Z"));
        assertThat(clock.dueAt(OFFICE)).isEqualTo(at("2026-01-12T17:00Z"));
        assertThat(clock.stateAt(at("2026-01-12T14:59Z"), OFFICE, WARN_AT)).isEqualTo(SlaState.ON_TRACK);
        assertThat(clock.stateAt(at("2026-01-12T15:00Z"), OFFICE, WARN_AT)).isEqualTo(SlaState.AT_RISK);
        assertThat(clock.stateAt(at("2026-01-12T16:59:59Z"), OFFICE, WARN_AT)).isEqualTo(SlaState.AT_RISK);
        assertThat(clock.stateAt(at("2026-01-12T17:00Z"), OFFICE, WARN_AT)).isEqualTo(SlaState.BREACHED);
        assertThat(clock.remainingAt(at("2026-01-12T16:00Z"), OFFICE)).isEqualTo(Duration.ofHours(1));
        assertThat(clock.remainingAt(at("2026-01-13T10:00Z"), OFFICE)).isEqualTo(Duration.ofHours(-1));
    }

    @Example
    void waitingOverTheWeekendCostsOnlyTheBusinessTimeOfThePause() {
        SlaClock clock = SlaClock.start(Duration.ofHours(8), at("2026-01-09T13:00Z"));
        assertThat(clock.dueAt(OFFICE)).isEqualTo(at("2026-01-12T13:00Z"));
        // Waiting from Friday 15:00 to Monday 09:00: the two hours to Friday's closing are given back, not the weekend.
        SlaClock waiting = clock.pause(at("2026-01-09T15:00Z"), OFFICE);
        assertThat(waiting.elapsed()).isEqualTo(Duration.ofHours(2));
        assertThat(waiting.dueAt(OFFICE)).isNull();
        assertThat(waiting.warningAt(OFFICE, WARN_AT)).isNull();
        assertThat(waiting.stateAt(at("2026-01-12T16:00Z"), OFFICE, WARN_AT)).isEqualTo(SlaState.PAUSED);
        assertThat(waiting.elapsedAt(at("2026-01-12T16:00Z"), OFFICE)).isEqualTo(Duration.ofHours(2));
        SlaClock resumed = waiting.resume(at("2026-01-12T09:00Z"));
        assertThat(resumed.dueAt(OFFICE)).isEqualTo(at("2026-01-12T15:00Z"));
        assertThat(resumed.pausedCalendarTime()).isEqualTo(Duration.ofHours(66));
        // A pause over closed time only does not move the due time at all.
        SlaClock overTheWeekend = clock.pause(at("2026-01-09T18:00Z"), OFFICE).resume(at("2026-01-12T08:00Z"));
        assertThat(overTheWeekend.dueAt(OFFICE)).isEqualTo(at("2026-01-12T13:00Z"));
    }

    @Example
    void aHigherPriorityKeepsTheTimeConsumedAndBringsTheDueTimeForward() {
        SlaClock clock = SlaClock.start(Duration.ofHours(8), at("2026-01-12T09:00Z"));
        assertThat(clock.retarget(Duration.ofHours(4)).dueAt(OFFICE)).isEqualTo(at("2026-01-12T13:00Z"));
        assertThat(clock.retarget(Duration.ofHours(24)).dueAt(OFFICE)).isEqualTo(at("2026-01-14T17:00Z"));
        // At 11:00, two hours in, a one-hour target is already exceeded: breached at once, due when it crossed.
        SlaClock shorter = clock.retarget(Duration.ofHours(1));
        assertThat(shorter.stateAt(at("2026-01-12T11:00Z"), OFFICE, WARN_AT)).isEqualTo(SlaState.BREACHED);
        assertThat(shorter.dueAt(OFFICE)).isEqualTo(at("2026-01-12T10:00Z"));
        assertThat(shorter.elapsedAt(at("2026-01-12T11:00Z"), OFFICE)).isEqualTo(Duration.ofHours(2));
    }

    @Example
    void aPausedClockPastItsTargetStaysBreachedAndIsDueWhenItResumes() {
        SlaClock waiting = SlaClock.start(Duration.ofHours(8), at("2026-01-12T09:00Z")).pause(at("2026-01-12T12:00Z"), OFFICE);
        assertThat(waiting.stateAt(at("2026-01-12T13:00Z"), OFFICE, WARN_AT)).isEqualTo(SlaState.PAUSED);
        SlaClock shorter = waiting.retarget(Duration.ofHours(2));
        assertThat(shorter.stateAt(at("2026-01-12T13:00Z"), OFFICE, WARN_AT)).isEqualTo(SlaState.BREACHED);
        SlaClock resumed = shorter.resume(at("2026-01-13T10:00Z"));
        assertThat(resumed.dueAt(OFFICE)).isEqualTo(at("2026-01-13T10:00Z"));
        assertThat(resumed.remainingAt(at("2026-01-13T11:00Z"), OFFICE)).isEqualTo(Duration.ofHours(-2));
    }

    @Example
    void aStopBeforeTheDueTimeIsMetAndFromItOnIsBreached() {
        SlaClock clock = SlaClock.start(Duration.ofHours(4), at("2026-01-09T13:00Z"));
        assertThat(clock.stop(at("2026-01-09T16:59Z"), OFFICE).stateAt(at("2026-02-01T00:00Z"), OFFICE, WARN_AT)).isEqualTo(SlaState.MET);
        assertThat(clock.stop(at("2026-01-09T17:00Z"), OFFICE).stateAt(at("2026-01-09T17:00Z"), OFFICE, WARN_AT)).isEqualTo(SlaState.BREACHED);
        // Due at Friday's closing: a reply on Saturday is late although no business time passed since.
        SlaClock saturday = clock.stop(at("2026-01-10T10:00Z"), OFFICE);
        assertThat(saturday.stateAt(at("2026-01-10T10:00Z"), OFFICE, WARN_AT)).isEqualTo(SlaState.BREACHED);
        assertThat(saturday.elapsed()).isEqualTo(Duration.ofHours(4));
        assertThat(saturday.dueAt(OFFICE)).isNull();
    }

    @Example
    void stoppingAPausedClockEndsThePauseThere() {
        SlaClock stopped = SlaClock.start(Duration.ofHours(8), at("2026-01-12T09:00Z"))
                .pause(at("2026-01-12T10:00Z"), OFFICE)
                .stop(at("2026-01-14T10:00Z"), OFFICE);
        assertThat(stopped.elapsed()).isEqualTo(Duration.ofHours(1));
        assertThat(stopped.pausedCalendarTime()).isEqualTo(Duration.ofHours(48));
        assertThat(stopped.calendarTimeLessPausesAt(at("2026-02-01T00:00Z"))).isEqualTo(Duration.ofHours(1));
        assertThat(stopped.stateAt(at("2026-02-01T00:00Z"), OFFICE, WARN_AT)).isEqualTo(SlaState.MET);
    }

    @Example
    void resolutionTimeLessPausesCountsWallClockTimeOutsidePauses() {
        SlaClock clock = SlaClock.start(Duration.ofHours(40), at("2026-01-09T16:00Z"))
                .pause(at("2026-01-12T10:00Z"), OFFICE)
                .resume(at("2026-01-12T12:00Z"));
        assertThat(clock.calendarTimeLessPausesAt(at("2026-01-12T13:00Z"))).isEqualTo(Duration.ofHours(67));
        assertThat(clock.elapsedAt(at("2026-01-12T13:00Z"), OFFICE)).isEqualTo(Duration.ofHours(3));
        assertThat(clock.pause(at("2026-01-12T14:00Z"), OFFICE).calendarTimeLessPausesAt(at("2026-01-20T00:00Z"))).isEqualTo(Duration.ofHours(68));
    }

    @Example
    void roundTheClockDueTimesArePlainAddition() {
        BusinessCalendar always = BusinessCalendar.roundTheClock();
        SlaClock clock = SlaClock.start(Duration.ofHours(24), at("2026-01-10T22:00Z"));
        assertThat(clock.dueAt(always)).isEqualTo(at("2026-01-11T22:00Z"));
        SlaClock resumed = clock.pause(at("2026-01-11T04:00Z"), always).resume(at("2026-01-12T04:00Z"));
        assertThat(resumed.dueAt(always)).isEqualTo(at("2026-01-12T22:00Z"));
    }

    @Example
    void illegalChangesAreRefused() {
        SlaClock running = SlaClock.start(Duration.ofHours(8), at("2026-01-12T09:00Z"));
        SlaClock paused = running.pause(at("2026-01-12T10:00Z"), OFFICE);
        SlaClock stopped = running.stop(at("2026-01-12T10:00Z"), OFFICE);
        assertThatIllegalStateException().isThrownBy(() -> paused.pause(at("2026-01-12T11:00Z"), OFFICE)).withMessage("Cannot pause a paused clock");
        assertThatIllegalStateException().isThrownBy(() -> running.resume(at("2026-01-12T11:00Z"))).withMessage("Cannot resume a running clock");
        assertThatIllegalStateException().isThrownBy(() -> stopped.pause(at("2026-01-12T11:00Z"), OFFICE)).withMessageStartingWith("Cannot pause a clock stopped");
        assertThatIllegalStateException().isThrownBy(() -> stopped.resume(at("2026-01-12T11:00Z")));
        assertThatIllegalStateException().isThrownBy(() -> stopped.retarget(Duration.ofHours(1)));
        assertThatIllegalStateException().isThrownBy(() -> stopped.stop(at("2026-01-12T11:00Z"), OFFICE));
    }

    @Example
    void nonsenseIsRefused() {
        SlaClock running = SlaClock.start(Duration.ofHours(8), at("2026-01-12T09:00Z"));
        assertThatIllegalArgumentException().isThrownBy(() -> running.pause(at("2026-01-12T08:00Z"), OFFICE)).withMessageContaining("before its last change");
        assertThatIllegalArgumentException().isThrownBy(() -> running.retarget(Duration.ofHours(-1)));
        assertThatIllegalArgumentException().isThrownBy(() -> running.stateAt(at("2026-01-12T10:00Z"), OFFICE, 101));
        assertThatIllegalArgumentException().isThrownBy(() -> OFFICE.plusBusinessTime(at("2026-01-12T10:00Z"), Duration.ofHours(-1)));
        Instant now = at("2026-01-12T09:00Z");
        assertThatIllegalArgumentException().isThrownBy(() -> new SlaClock(Duration.ofHours(8), now, Duration.ZERO, now, now, Duration.ZERO, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new SlaClock(Duration.ofHours(8), now, Duration.ZERO, null, null, Duration.ZERO, null));
    }
}
