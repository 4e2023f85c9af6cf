package com.memberpulse.support.sla;

import com.memberpulse.support.common.error.SupportException;
import com.memberpulse.support.common.text.TextInput;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** {@code upsertBusinessCalendar}'s input, checked field by field into a calendar (VALIDATION_FAILED names the field). */
record CalendarInput(@Nullable String id, @Nullable Integer version, @Nullable String name, @Nullable String timeZone,
                     @Nullable List<DayInput> weeklyHours, @Nullable List<HolidayInput> holidays) {

    static final int MAX_HOLIDAYS = 400;
    private static final Pattern WALL_TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d|24:00");

    record DayInput(@Nullable DayOfWeek day, @Nullable List<ShiftInput> shifts) {
    }

    record ShiftInput(@Nullable String from, @Nullable String to) {
    }

    record HolidayInput(@Nullable String date, @Nullable String name) {
    }

    /** The calendar this input describes, its rules checked by building them (overlaps, an empty week). */
    SupportCalendar toCalendar(@Nullable UUID calendarId) {
        String calendarName = TextInput.line(name, "input.name", 80, "A calendar name");
        SupportCalendar calendar = new SupportCalendar(calendarId == null ? new UUID(0, 0) : calendarId, calendarName, zone(), days(),
                checkedHolidays(), version == null ? 0 : version);
        try {
            calendar.rules();
        } catch (IllegalArgumentException invalid) {
            throw SupportException.validation("input.weeklyHours", sentence(invalid.getMessage()));
        }
        return calendar;
    }

    private String zone() {
        if (timeZone == null || !ZoneId.getAvailableZoneIds().contains(timeZone)) {
            throw SupportException.validation("input.timeZone", "Give an IANA time zone, e.g. Australia/Sydney or Europe/London.");
        }
        try {
            return ZoneId.of(timeZone).getId();
        } catch (DateTimeException unknown) {
            throw SupportException.validation("input.timeZone", "Give an IANA time zone, e.g. Australia/Sydney or Europe/London.");
        }
    }

    private List<SupportCalendar.BusinessDay> days() {
        Set<DayOfWeek> seen = EnumSet.noneOf(DayOfWeek.class);
        List<SupportCalendar.BusinessDay> days = new ArrayList<>();
        for (DayInput day : weeklyHours == null ? List.<DayInput>of() : weeklyHours) {
            if (day.day() == null || !seen.add(day.day())) {
                throw SupportException.validation("input.weeklyHours", "Give each day of the week at most once.");
            }
            List<SupportCalendar.ShiftTimes> shifts = (day.shifts() == null ? List.<ShiftInput>of() : day.shifts()).stream()
                    .map(shift -> new SupportCalendar.ShiftTimes(wallTime(shift.from(), day.day(), false), wallTime(shift.to(), day.day(), true)))
                    .sorted(Comparator.comparing(SupportCalendar.ShiftTimes::from))
                    .toList();
            if (!shifts.isEmpty()) {
                days.add(new SupportCalendar.BusinessDay(day.day(), shifts));
            }
        }
        days.sort(Comparator.comparing(SupportCalendar.BusinessDay::day));
        if (days.isEmpty()) {
            throw SupportException.validation("input.weeklyHours", "Open the calendar for at least one shift in the week.");
        }
        return days;
    }

    private static String wallTime(@Nullable String time, DayOfWeek day, boolean end) {
        if (time == null || !WALL_TIME.matcher(time).matches() || (!end && time.equals("24:00"))) {
            throw SupportException.validation("input.weeklyHours",
                    "Shift times on " + day + " are wall-clock times HH:mm (00:00 to 23:59; 24:00 only as an end).");
        }
        if (end && time.equals("00:00")) {
            throw SupportException.validation("input.weeklyHours", "A shift on " + day + " ending at midnight ends at 24:00.");
        }
        return time.equals("24:00") ? time : LocalTime.parse(time).toString();
    }

    private List<SupportCalendar.Holiday> checkedHolidays() {
        List<HolidayInput> given = holidays == null ? List.of() : holidays;
        if (given.size() > MAX_HOLIDAYS) {
            throw SupportException.validation("input.holidays", "A calendar has at most " + MAX_HOLIDAYS + " holidays.");
        }
        Set<LocalDate> dates = new HashSet<>();
        return given.stream().map(holiday -> {
            LocalDate date;
            try {
                date = LocalDate.parse(holiday.date() == null ? "" : holiday.date());
            } catch (DateTimeParseException malformed) {
                throw SupportException.validation("input.holidays", "Holiday dates are written yyyy-MM-dd, e.g. 2026-12-25.");
            }
            if (!dates.add(date)) {
                throw SupportException.validation("input.holidays", date + " is listed twice.");
            }
            return new SupportCalendar.Holiday(date, TextInput.line(holiday.name(), "input.holidays", 80, "A holiday name"));
        }).sorted(Comparator.comparing(SupportCalendar.Holiday::date)).toList();
    }

    private static String sentence(@Nullable String message) {
        String text = message == null ? "The weekly hours are not valid" : message;
        return text.endsWith(".") ? text : text + ".";
    }
}
