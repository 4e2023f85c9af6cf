package com.memberpulse.support.sla;

import static com.memberpulse.support.sla.BusinessCalendarTest.LONDON;
import static com.memberpulse.support.sla.BusinessCalendarTest.OFFICE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Clocks through random histories of pauses and resumes, on random calendars and on the London office calendar. */
class SlaClockPropertiesTest {

    private final BusinessCalendarPropertiesTest generators = new BusinessCalendarPropertiesTest();

    @Property(tries = 200)
    void elapsedTimeNeverDecreasesThroughPausesAndResumes(@ForAll("calendars") BusinessCalendar calendar, @ForAll("instants") Instant start,
                                                          @ForAll @Size(max = 12) List<@IntRange(min = 0, max = 3 * 24 * 60) Integer> gapsInMinutes,
                                                          @ForAll @IntRange(min = 0, max = 24 * 60) int lookInMinutes) {
        SlaClock clock = SlaClock.start(Duration.ofHours(24), start);
        Instant now = start;
        Duration before = Duration.ZERO;
        for (int gap : gapsInMinutes) {
            Instant next = now.plus(Duration.ofMinutes(gap));
            for (Instant look = now; look.isBefore(next); look = look.plus(Duration.ofMinutes(lookInMinutes + 1L))) {
                Duration elapsed = clock.elapsedAt(look, calendar);
                assertThat(elapsed).isGreaterThanOrEqualTo(before);
                before = elapsed;
            }
            assertThat(clock.elapsedAt(next, calendar)).isGreaterThanOrEqualTo(before);
            before = clock.elapsedAt(next, calendar);
            now = next;
            clock = clock.isRunning() ? clock.pause(now, calendar) : clock.resume(now);
            assertThat(clock.elapsedAt(now, calendar)).isEqualTo(before);
        }
    }

    @Property(tries = 200)
    void aPauseOverClosedTimeOnlyLeavesTheDueTimeUnchanged(@ForAll @IntRange(min = 0, max = 5 * 24 * 60 - 1) int startMinute,
                                                           @ForAll @IntRange(min = 54, max = 200) int targetHours,
                                                           @ForAll @IntRange(min = 0, max = 2 * 24 * 60) int pauseMinute,
                                                           @ForAll @IntRange(min = 0, max = 2 * 24 * 60) int resumeMinute) {
        // Start on a weekday of the week of Monday 12 January 2026; wait from Saturday to Sunday of that weekend. The
        // week holds 40 business hours, so with 54 hours or more both the warning (75 %) and the due time come after it.
        Instant monday = ZonedDateTime.of(2026, 1, 12, 0, 0, 0, 0, LONDON).toInstant();
        Instant saturday = ZonedDateTime.of(2026, 1, 17, 0, 0, 0, 0, LONDON).toInstant();
        SlaClock clock = SlaClock.start(Duration.ofHours(targetHours), monday.plus(Duration.ofMinutes(startMinute)));
        SlaClock waitedOverTheWeekend = clock.pause(saturday.plus(Duration.ofMinutes(Math.min(pauseMinute, resumeMinute))), OFFICE)
                .resume(saturday.plus(Duration.ofMinutes(Math.max(pauseMinute, resumeMinute))));
        assertThat(waitedOverTheWeekend.dueAt(OFFICE)).isEqualTo(clock.dueAt(OFFICE));
        assertThat(waitedOverTheWeekend.warningAt(OFFICE, 75)).isEqualTo(clock.warningAt(OFFICE, 75));
    }

    @Property(tries = 200)
    void theDueTimeIsWhenTheElapsedTimeReachesTheTarget(@ForAll("calendars") BusinessCalendar calendar, @ForAll("instants") Instant start,
                                                        @ForAll @IntRange(min = 0, max = 200) int targetHours, @ForAll @IntRange(min = 0, max = 300) int pauseAfterHours) {
        SlaClock clock = SlaClock.start(Duration.ofHours(targetHours), start);
        Instant pausedAt = start.plus(Duration.ofHours(pauseAfterHours));
        SlaClock resumed = clock.pause(pausedAt, calendar).resume(pausedAt.plus(Duration.ofHours(30)));
        for (SlaClock running : List.of(clock, resumed)) {
            Instant due = running.dueAt(calendar);
            assertThat(due).isNotNull();
            if (running.elapsed().compareTo(running.target()) < 0) {
                assertThat(running.elapsedAt(due, calendar)).isEqualTo(running.target());
                assertThat(running.stateAt(due.minusNanos(1), calendar, 100)).isNotEqualTo(SlaState.BREACHED);
            }
            assertThat(running.stateAt(due, calendar, 75)).isEqualTo(SlaState.BREACHED);
        }
    }

    @Provide
    Arbitrary<BusinessCalendar> calendars() {
        return generators.calendars();
    }

    @Provide
    Arbitrary<Instant> instants() {
        return generators.instants();
    }
}
