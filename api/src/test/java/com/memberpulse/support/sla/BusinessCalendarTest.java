package com.memberpulse.support.sla;

import static com.memberpulse.support.sla.WeeklyHoursTest.shift;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Example;

/**
 * Business-time arithmetic on examples whose answers are written out as instants with their offsets. January 2026 in
 * London is UTC: Friday the 9th, the weekend, Monday the 12th.
 */
class BusinessCalendarTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final BusinessCalendar OFFICE = new BusinessCalendar(LONDON, WeeklyHours.weekdays(shift("09:00", "17:00")), Set.of());

    @Example
    void theWeekendIsClosed() {
        assertThat(OFFICE.plusBusinessTime(at("2026-01-09T15:00Z"), Duration.ofHours(4))).isEqualTo(at("2026-01-12T11:00Z"));
        assertThat(OFFICE.businessTimeBetween(at("2026-01-09T15:00Z"), at("2026-01-12T11:00Z"))).isEqualTo(Duration.ofHours(4));
        assertThat(OFFICE.businessTimeBetween(at("2026-01-10T08:00Z"), at("2026-01-11T20:00Z"))).isZero();
    }

    @Example
    void aHolidayMondayPushesAFridayAfternoonDueTimeToTuesday() {
        BusinessCalendar calendar = new BusinessCalendar(LONDON, OFFICE.hours(), Set.of(LocalDate.of(2026, 1, 12)));
        assertThat(calendar.isHoliday(LocalDate.of(2026, 1, 12))).isTrue();
        assertThat(calendar.isOpenAt(at("2026-01-12T10:00Z"))).isFalse();
        assertThat(calendar.plusBusinessTime(at("2026-01-09T15:00Z"), Duration.ofHours(4))).isEqualTo(at("2026-01-13T11:00Z"));
    }

    @Example
    void outsideHoursCountingStartsAtTheNextOpening() {
        Instant saturdayNight = at("2026-01-10T22:00Z");
        assertThat(OFFICE.isOpenAt(saturdayNight)).isFalse();
        assertThat(OFFICE.nextOpening(saturdayNight)).isEqualTo(at("2026-01-12T09:00Z"));
        assertThat(OFFICE.plusBusinessTime(saturdayNight, Duration.ofHours(1))).isEqualTo(at("2026-01-12T10:00Z"));
        assertThat(OFFICE.nextOpening(at("2026-01-12T10:00Z"))).isEqualTo(at("2026-01-12T10:00Z"));
    }

    @Example
    void openingIsIncludedClosingIsNot() {
        assertThat(OFFICE.isOpenAt(at("2026-01-12T09:00Z"))).isTrue();
        assertThat(OFFICE.isOpenAt(at("2026-01-12T16:59:59.999Z"))).isTrue();
        assertThat(OFFICE.isOpenAt(at("2026-01-12T17:00Z"))).isFalse();
        assertThat(OFFICE.nextOpening(at("2026-01-12T17:00Z"))).isEqualTo(at("2026-01-13T09:00Z"));
    }

    @Example
    void anAmountRunningOutAtClosingTimeIsDueAtClosingTime() {
        assertThat(OFFICE.plusBusinessTime(at("2026-01-09T13:00Z"), Duration.ofHours(4))).isEqualTo(at("2026-01-09T17:00Z"));
        assertThat(OFFICE.plusBusinessTime(at("2026-01-09T13:00Z"), Duration.ofHours(4).plusSeconds(1))).isEqualTo(at("2026-01-12T09:00:01Z"));
    }

    @Example
    void aZeroAmountLeavesTheStartWhereItIs() {
        assertThat(OFFICE.plusBusinessTime(at("2026-01-10T22:00Z"), Duration.ZERO)).isEqualTo(at("2026-01-10T22:00Z"));
        assertThat(OFFICE.plusBusinessTime(at("2026-01-12T10:00Z"), Duration.ZERO)).isEqualTo(at("2026-01-12T10:00Z"));
    }

    @Example
    void theLunchBreakOfASplitDayIsNotCounted() {
        BusinessCalendar split = new BusinessCalendar(LONDON, WeeklyHours.weekdays(shift("09:00", "12:00"), shift("13:00", "17:00")), Set.of());
        assertThat(split.plusBusinessTime(at("2026-01-12T11:00Z"), Duration.ofHours(2))).isEqualTo(at("2026-01-12T14:00Z"));
        assertThat(split.businessTimeBetween(at("2026-01-12T11:30Z"), at("2026-01-12T13:30Z"))).isEqualTo(Duration.ofHours(1));
        assertThat(split.businessTimeBetween(at("2026-01-12T00:00Z"), at("2026-01-13T00:00Z"))).isEqualTo(Duration.ofHours(7));
        assertThat(split.isOpenAt(at("2026-01-12T12:30Z"))).isFalse();
        assertThat(split.nextOpening(at("2026-01-12T12:30Z"))).isEqualTo(at("2026-01-12T13:00Z"));
    }

    @Example
    void aShiftEndingAtMidnightRunsToTheEndOfTheDay() {
        BusinessCalendar evenings = new BusinessCalendar(LONDON, WeeklyHours.weekdays(new Shift(LocalTime.of(20, 0), LocalTime.MIDNIGHT)), Set.of());
        assertThat(evenings.businessTimeBetween(at("2026-01-12T23:00Z"), at("2026-01-13T21:00Z"))).isEqualTo(Duration.ofHours(2));
        assertThat(evenings.plusBusinessTime(at("2026-01-12T23:30Z"), Duration.ofMinutes(30))).isEqualTo(at("2026-01-13T00:00Z"));
        assertThat(evenings.plusBusinessTime(at("2026-01-12T23:30Z"), Duration.ofMinutes(31))).isEqualTo(at("2026-01-13T20:01Z"));
        assertThat(evenings.isOpenAt(at("2026-01-12T23:59:59Z"))).isTrue();
        assertThat(evenings.isOpenAt(at("2026-01-13T00:00Z"))).isFalse();
        // Friday evening to Monday evening: Saturday and Sunday are closed.
        assertThat(evenings.plusBusinessTime(at("2026-01-09T23:00Z"), Duration.ofHours(2))).isEqualTo(at("2026-01-12T21:00Z"));
    }

    @Example
    void aNightShiftRunsOnAcrossMidnight() {
        BusinessCalendar nights = nightShifts(LONDON);
        assertThat(nights.businessTimeBetween(at("2026-01-12T23:00Z"), at("2026-01-13T01:00Z"))).isEqualTo(Duration.ofHours(2));
        assertThat(nights.plusBusinessTime(at("2026-01-12T23:00Z"), Duration.ofHours(2))).isEqualTo(at("2026-01-13T01:00Z"));
        assertThat(nights.plusBusinessTime(at("2026-01-12T05:00Z"), Duration.ofHours(2))).isEqualTo(at("2026-01-12T23:00Z"));
    }

    // ---- daylight saving ----

    @Example
    void aNightShiftInSydneyIsAnHourShorterWhenSummerTimeStartsAndLongerWhenItEnds() {
        BusinessCalendar nights = nightShifts(SYDNEY);
        // Sunday 4 October 2026: 02:00 AEST becomes 03:00 AEDT.
        assertThat(nights.businessTimeBetween(at("2026-10-03T22:00+10:00"), at("2026-10-04T06:00+11:00"))).isEqualTo(Duration.ofHours(7));
        assertThat(nights.plusBusinessTime(at("2026-10-03T22:00+10:00"), Duration.ofHours(7))).isEqualTo(at("2026-10-04T06:00+11:00"));
        assertThat(nights.plusBusinessTime(at("2026-10-03T22:00+10:00"), Duration.ofHours(8))).isEqualTo(at("2026-10-04T23:00+11:00"));
        // Sunday 5 April 2026: 03:00 AEDT becomes 02:00 AEST.
        assertThat(nights.businessTimeBetween(at("2026-04-04T22:00+11:00"), at("2026-04-05T06:00+10:00"))).isEqualTo(Duration.ofHours(9));
        assertThat(nights.plusBusinessTime(at("2026-04-04T22:00+11:00"), Duration.ofHours(9))).isEqualTo(at("2026-04-05T06:00+10:00"));
    }

    @Example
    void aShiftFromOneToFourLastsTwoHoursOnTheSpringForwardNightAndFourOnTheFallBackNight() {
        BusinessCalendar small = new BusinessCalendar(SYDNEY, WeeklyHours.everyDay(shift("01:00", "04:00")), Set.of());
        assertThat(small.businessTimeBetween(at("2026-10-04T00:00+10:00"), at("2026-10-04T12:00+11:00"))).isEqualTo(Duration.ofHours(2));
        assertThat(small.businessTimeBetween(at("2026-04-05T00:00+11:00"), at("2026-04-05T12:00+10:00"))).isEqualTo(Duration.ofHours(4));
        assertThat(small.businessTimeBetween(at("2026-10-05T00:00+11:00"), at("2026-10-05T12:00+11:00"))).isEqualTo(Duration.ofHours(3));
        // The repeated hour counts twice: its first occurrence opens the shift.
        assertThat(small.nextOpening(at("2026-04-05T00:30+11:00"))).isEqualTo(at("2026-04-05T01:00+11:00"));
    }

    @Example
    void wallTimesInTheSpringForwardGapAreTheMomentTheClocksJump() {
        BusinessCalendar inTheGap = new BusinessCalendar(NEW_YORK, WeeklyHours.everyDay(shift("02:00", "03:00")), Set.of());
        // Sunday 8 March 2026: 02:00 EST becomes 03:00 EDT, so the 02:00-03:00 shift does not happen that night.
        assertThat(inTheGap.businessTimeBetween(at("2026-03-08T00:00-05:00"), at("2026-03-08T12:00-04:00"))).isZero();
        assertThat(inTheGap.nextOpening(at("2026-03-08T01:00-05:00"))).isEqualTo(at("2026-03-09T02:00-04:00"));
        BusinessCalendar halfInTheGap = new BusinessCalendar(NEW_YORK, WeeklyHours.everyDay(shift("02:30", "03:30")), Set.of());
        assertThat(halfInTheGap.nextOpening(at("2026-03-08T01:00-05:00"))).isEqualTo(at("2026-03-08T03:00-04:00"));
        assertThat(halfInTheGap.businessTimeBetween(at("2026-03-08T00:00-05:00"), at("2026-03-08T12:00-04:00"))).isEqualTo(Duration.ofMinutes(30));
    }

    @Example
    void aRoundTheClockWeekendInLondonIsFortySevenHoursWhenSummerTimeStarts() {
        BusinessCalendar weekends = new BusinessCalendar(LONDON, OFFICE.hours().with(SATURDAY, Shift.allDay()).with(SUNDAY, Shift.allDay()), Set.of());
        // Sunday 29 March 2026: 01:00 GMT becomes 02:00 BST.
        assertThat(weekends.businessTimeBetween(at("2026-03-28T00:00Z"), at("2026-03-30T00:00+01:00"))).isEqualTo(Duration.ofHours(47));
        assertThat(weekends.plusBusinessTime(at("2026-03-28T00:00Z"), Duration.ofHours(48))).isEqualTo(at("2026-03-30T10:00+01:00"));
        // Sunday 25 October 2026: 02:00 BST becomes 01:00 GMT.
        assertThat(weekends.businessTimeBetween(at("2026-10-24T00:00+01:00"), at("2026-10-26T00:00Z"))).isEqualTo(Duration.ofHours(49));
    }

    @Example
    void officeDaysStayEightHoursAcrossTheChanges() {
        BusinessCalendar sydney = new BusinessCalendar(SYDNEY, OFFICE.hours(), Set.of());
        assertThat(sydney.plusBusinessTime(at("2026-10-02T16:00+10:00"), Duration.ofHours(2))).isEqualTo(at("2026-10-05T10:00+11:00"));
        assertThat(sydney.businessTimeBetween(at("2026-10-02T09:00+10:00"), at("2026-10-05T17:00+11:00"))).isEqualTo(Duration.ofHours(16));
        assertThat(sydney.plusBusinessTime(at("2026-04-03T16:00+11:00"), Duration.ofHours(2))).isEqualTo(at("2026-04-06T10:00+10:00"));
        BusinessCalendar newYork = new BusinessCalendar(NEW_YORK, OFFICE.hours(), Set.of());
        assertThat(newYork.plusBusinessTime(at("2026-03-06T16:00-05:00"), Duration.ofHours(9))).isEqualTo(at("2026-03-09T17:00-04:00"));
        assertThat(newYork.businessTimeBetween(at("2026-10-30T09:00-04:00"), at("2026-11-02T17:00-05:00"))).isEqualTo(Duration.ofHours(16));
        BusinessCalendar everyDay = new BusinessCalendar(SYDNEY, WeeklyHours.everyDay(shift("09:00", "17:00")), Set.of());
        assertThat(everyDay.businessTimeBetween(at("2026-10-04T00:00+10:00"), at("2026-10-05T00:00+11:00"))).isEqualTo(Duration.ofHours(8));
    }

    // ---- round the clock, limits ----

    @Example
    void roundTheClockIsPlainInstantArithmetic() {
        BusinessCalendar always = BusinessCalendar.roundTheClock();
        assertThat(always.plusBusinessTime(at("2026-03-27T10:00Z"), Duration.ofDays(30))).isEqualTo(at("2026-04-26T10:00Z"));
        assertThat(always.businessTimeBetween(at("2026-10-03T12:00Z"), at("2026-10-05T12:00Z"))).isEqualTo(Duration.ofHours(48));
        assertThat(always.isOpenAt(at("2026-01-10T03:00Z"))).isTrue();
        assertThat(always.nextOpening(at("2026-01-10T03:00Z"))).isEqualTo(at("2026-01-10T03:00Z"));
        BusinessCalendar alwaysInSydney = new BusinessCalendar(SYDNEY, WeeklyHours.everyDay(Shift.allDay()), Set.of());
        assertThat(alwaysInSydney.businessTimeBetween(at("2026-10-03T12:00Z"), at("2026-10-05T12:00Z"))).isEqualTo(Duration.ofHours(48));
    }

    @Example
    void aThirtyDayTargetOverManyHolidaysIsQuick() {
        // Every Wednesday for ten years is a holiday: 4 days of 8 h a week, so 720 h is 22 weeks and two days.
        Set<LocalDate> wednesdays = Stream.iterate(LocalDate.of(2026, 1, 7), date -> date.plusWeeks(1)).limit(520).collect(Collectors.toSet());
        BusinessCalendar calendar = new BusinessCalendar(LONDON, OFFICE.hours(), wednesdays);
        Instant due = assertTimeout(Duration.ofSeconds(1), () -> calendar.plusBusinessTime(at("2026-01-05T09:00Z"), Duration.ofDays(30)));
        assertThat(due).isEqualTo(at("2026-06-09T17:00+01:00"));
        assertTimeout(Duration.ofSeconds(1), () -> calendar.businessTimeBetween(at("2026-01-01T00:00Z"), at("2035-12-31T00:00Z")));
    }

    @Example
    void aCalendarThatNeverOpensAgainIsRefusedAfterTwentyYears() {
        Set<LocalDate> everyMonday = Stream.iterate(LocalDate.of(2026, 1, 5), date -> date.plusWeeks(1)).limit(21 * 53).collect(Collectors.toSet());
        BusinessCalendar mondays = new BusinessCalendar(LONDON, OFFICE.hours().with(DayOfWeek.TUESDAY).with(DayOfWeek.WEDNESDAY)
                .with(DayOfWeek.THURSDAY).with(DayOfWeek.FRIDAY), everyMonday);
        assertThatIllegalStateException().isThrownBy(() -> mondays.nextOpening(at("2026-01-01T00:00Z"))).withMessageContaining("20 years");
        assertThatIllegalStateException().isThrownBy(() -> mondays.plusBusinessTime(at("2026-01-01T00:00Z"), Duration.ofHours(1)));
        assertThat(mondays.businessTimeBetween(at("2026-01-01T00:00Z"), at("2036-01-01T00:00Z"))).isZero();
    }

    /** Every night 22:00 to 06:00 (a shift to midnight, then one from midnight), in the zone. */
    static BusinessCalendar nightShifts(ZoneId zone) {
        return new BusinessCalendar(zone, WeeklyHours.everyDay(shift("00:00", "06:00"), new Shift(LocalTime.of(22, 0), LocalTime.MIDNIGHT)), Set.of());
    }

    static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }
}
