package com.memberpulse.support.sla;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Example;

/** What weekly hours accept and refuse; refusals say which day is wrong, for the field error the API will give. */
class WeeklyHoursTest {

    @Example
    void aShiftMustLastLongerThanZero() {
        assertThatIllegalArgumentException().isThrownBy(() -> shift("09:00", "09:00")).withMessageContaining("09:00-09:00");
        assertThatIllegalArgumentException().isThrownBy(() -> shift("17:00", "09:00")).withMessageContaining("must end after it starts");
    }

    @Example
    void midnightAsTheEndIsTwentyFourHundred() {
        assertThat(new Shift(LocalTime.of(20, 0), LocalTime.MIDNIGHT)).hasToString("20:00-24:00");
        assertThat(Shift.allDay()).hasToString("00:00-24:00");
        assertThat(Shift.allDay().endsAtMidnight()).isTrue();
    }

    @Example
    void overlappingShiftsAreRefusedNamingTheDay() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new WeeklyHours(Map.of(TUESDAY, List.of(shift("09:00", "12:00"), shift("11:00", "17:00")))))
                .withMessage("TUESDAY: shifts 09:00-12:00 and 11:00-17:00 overlap");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> WeeklyHours.weekdays(shift("09:00", "17:00")).with(SATURDAY, new Shift(LocalTime.of(20, 0), LocalTime.MIDNIGHT),
                        shift("22:00", "23:00")))
                .withMessage("SATURDAY: shifts 20:00-24:00 and 22:00-23:00 overlap");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> WeeklyHours.weekdays(shift("09:00", "17:00"), shift("09:00", "10:00")))
                .withMessageStartingWith("MONDAY: ");
    }

    @Example
    void aWeekWithoutAnyShiftIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new WeeklyHours(Map.of())).withMessage("The week needs at least one shift");
        assertThatIllegalArgumentException().isThrownBy(() -> new WeeklyHours(Map.of(MONDAY, List.of())));
        assertThatIllegalArgumentException().isThrownBy(() -> WeeklyHours.weekdays());
    }

    @Example
    void shiftsComeInOrderAndMayTouch() {
        WeeklyHours hours = new WeeklyHours(Map.of(MONDAY, List.of(shift("13:00", "17:00"), shift("09:00", "13:00"))));
        assertThat(hours.on(MONDAY)).containsExactly(shift("09:00", "13:00"), shift("13:00", "17:00"));
        assertThat(hours.on(TUESDAY)).isEmpty();
    }

    @Example
    void closingADayLeavesTheOthers() {
        WeeklyHours hours = WeeklyHours.everyDay(shift("09:00", "17:00")).with(SATURDAY);
        assertThat(hours.on(SATURDAY)).isEmpty();
        assertThat(hours.on(SUNDAY)).containsExactly(shift("09:00", "17:00"));
        assertThat(hours).isEqualTo(WeeklyHours.weekdays(shift("09:00", "17:00")).with(SUNDAY, shift("09:00", "17:00")));
    }

    static Shift shift(String from, String to) {
        return new Shift(LocalTime.parse(from), LocalTime.parse(to));
    }
}
