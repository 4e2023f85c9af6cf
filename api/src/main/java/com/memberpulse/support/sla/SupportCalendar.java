package com.memberpulse.support.sla;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A tenant's named business calendar as admins edit it (wall times as {@code HH:mm} text, {@code 24:00} the end of a
 * day); {@link #rules()} is the same calendar for the clock arithmetic.
 */
public record SupportCalendar(UUID id, String name, String timeZone, List<BusinessDay> weeklyHours, List<Holiday> holidays, int version) {

    /** What the ledger and the ticket view call calendar hours. */
    public static final String CALENDAR_HOURS = "Calendar hours";

    public SupportCalendar {
        weeklyHours = List.copyOf(weeklyHours);
        holidays = List.copyOf(holidays);
    }

    /** One day's shifts. */
    public record BusinessDay(DayOfWeek day, List<ShiftTimes> shifts) {
    }

    /** One shift as wall times, {@code HH:mm}; {@code to} may be {@code 24:00}. */
    public record ShiftTimes(String from, String to) {

        Shift toShift() {
            return new Shift(LocalTime.parse(from), "24:00".equals(to) ? LocalTime.MIDNIGHT : LocalTime.parse(to));
        }
    }

    /** A day closed all day. */
    public record Holiday(LocalDate date, String name) {
    }

    /** How the ledger names it, e.g. {@code Office hours (Australia/Sydney)}. */
    public String displayName() {
        return name + " (" + timeZone + ")";
    }

    /** The calendar for the clock arithmetic; the values were validated when saved. */
    public BusinessCalendar rules() {
        Map<DayOfWeek, List<Shift>> week = new EnumMap<>(DayOfWeek.class);
        weeklyHours.forEach(day -> week.put(day.day(), day.shifts().stream().map(ShiftTimes::toShift).toList()));
        return new BusinessCalendar(ZoneId.of(timeZone), new WeeklyHours(week),
                holidays.stream().map(Holiday::date).collect(Collectors.toSet()));
    }
}
