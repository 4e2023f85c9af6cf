package com.memberpulse.support.sla;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shifts of each day of the week, in order; a day without shifts is closed. Shifts of a day may touch (12:00-13:00
 * then 13:00-17:00) but not overlap, and at least one day has a shift, so that every week has business time.
 */
public record WeeklyHours(Map<DayOfWeek, List<Shift>> shifts) {

    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    /** Takes the shifts in any order; refuses overlapping shifts (naming the day) and a week without any. */
    public WeeklyHours {
        Map<DayOfWeek, List<Shift>> sorted = new EnumMap<>(DayOfWeek.class);
        shifts.forEach((day, dayShifts) -> {
            List<Shift> inOrder = dayShifts.stream().sorted(Comparator.comparing(Shift::from)).toList();
            for (int i = 1; i < inOrder.size(); i++) {
                if (inOrder.get(i - 1).overlaps(inOrder.get(i))) {
                    throw new IllegalArgumentException(day + ": shifts " + inOrder.get(i - 1) + " and " + inOrder.get(i) + " overlap");
                }
            }
            if (!inOrder.isEmpty()) {
                sorted.put(day, inOrder);
            }
        });
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("The week needs at least one shift");
        }
        shifts = Collections.unmodifiableMap(sorted);
    }

    /** The same shifts Monday to Friday, closed at the weekend. */
    public static WeeklyHours weekdays(Shift... dayShifts) {
        return on(WEEKDAYS, dayShifts);
    }

    public static WeeklyHours everyDay(Shift... dayShifts) {
        return on(EnumSet.allOf(DayOfWeek.class), dayShifts);
    }

    /** These hours with {@code day}'s shifts replaced (none: closed that day). */
    public WeeklyHours with(DayOfWeek day, Shift... dayShifts) {
        Map<DayOfWeek, List<Shift>> changed = new EnumMap<>(DayOfWeek.class);
        changed.putAll(shifts);
        changed.put(day, List.of(dayShifts));
        return new WeeklyHours(changed);
    }

    /** The day's shifts in order; empty when closed. */
    public List<Shift> on(DayOfWeek day) {
        return shifts.getOrDefault(day, List.of());
    }

    /** Open all day every day: business time is wall-clock time. */
    boolean isRoundTheClock() {
        return Arrays.stream(DayOfWeek.values()).allMatch(day -> on(day).equals(List.of(Shift.allDay())));
    }

    private static WeeklyHours on(Set<DayOfWeek> days, Shift... dayShifts) {
        Map<DayOfWeek, List<Shift>> week = new EnumMap<>(DayOfWeek.class);
        days.forEach(day -> week.put(day, List.of(dayShifts)));
        return new WeeklyHours(week);
    }
}
