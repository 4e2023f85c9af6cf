package com.memberpulse.support.sla;

import java.time.LocalTime;
import java.util.Objects;

/**
 * One opening of a day, from a wall time to a later one. {@code to} equal to {@link LocalTime#MIDNIGHT} means the end
 * of the day (24:00), the only way to keep a shift open up to midnight; as {@code from} it means 00:00 as usual.
 * A shift never crosses midnight: a night shift is two shifts, one ending at 24:00 and one starting at 00:00.
 */
public record Shift(LocalTime from, LocalTime to) {

    public Shift {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.equals(LocalTime.MIDNIGHT) && !to.isAfter(from)) {
            throw new IllegalArgumentException("A shift must end after it starts (or at 24:00, given as midnight): " + from + "-" + to);
        }
    }

    /** The whole day, 00:00 to 24:00. */
    public static Shift allDay() {
        return new Shift(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
    }

    public boolean endsAtMidnight() {
        return to.equals(LocalTime.MIDNIGHT);
    }

    /** Whether {@code later}, which starts no earlier than this one, starts before this one ends. */
    boolean overlaps(Shift later) {
        return endsAtMidnight() || to.isAfter(later.from);
    }

    @Override
    public String toString() {
        return from + "-" + (endsAtMidnight() ? "24:00" : to.toString());
    }
}
