package com.memberpulse.support.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * When a tenant's support is open: weekly hours in a time zone, closed on holidays (whole dates in that zone). Business
 * time is the time the calendar is open; SLA targets are amounts of it.
 * <p>
 * Shift boundaries are wall times in the zone, so daylight saving is honoured: a shift 01:00-04:00 lasts 2 h on a
 * spring-forward night and 4 h on a fall-back night, and a 09:00-17:00 day stays 8 h across either change. A wall time
 * that does not exist (in the spring-forward gap) is taken as the instant the clocks jump, so a shift inside the gap
 * vanishes that night; an ambiguous one (in the fall-back overlap) is its first occurrence. This keeps the open periods
 * in order and apart even when the zone's rules move the clocks.
 * <p>
 * A calendar open all day every day with no holidays (such as {@link #roundTheClock()}) is plain instant arithmetic,
 * whatever its zone.
 */
public record BusinessCalendar(ZoneId zone, WeeklyHours hours, Set<LocalDate> holidays) {

    /** How far {@link #plusBusinessTime} and {@link #nextOpening} look ahead before concluding the calendar never opens. */
    static final Period LONGEST_WALK = Period.ofYears(20);

    private static final BusinessCalendar ROUND_THE_CLOCK =
            new BusinessCalendar(ZoneOffset.UTC, WeeklyHours.everyDay(Shift.allDay()), Set.of());

    public BusinessCalendar {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(hours, "hours");
        holidays = Set.copyOf(holidays);
    }

    /** Calendar hours: 24 x 7, no holidays. */
    public static BusinessCalendar roundTheClock() {
        return ROUND_THE_CLOCK;
    }

    public boolean isHoliday(LocalDate date) {
        return holidays.contains(date);
    }

    public boolean isOpenAt(Instant instant) {
        return isRoundTheClock() || openPeriodsOn(dateOf(instant)).anyMatch(period -> period.contains(instant));
    }

    /** {@code instant} itself when open, else the next instant the calendar opens. */
    public Instant nextOpening(Instant instant) {
        if (isRoundTheClock()) {
            return instant;
        }
        return openPeriodsFrom(instant).findFirst().map(OpenPeriod::start).orElseThrow(() -> neverOpens(instant));
    }

    /** The business time in {@code [from, to)}; zero when {@code to} is not after {@code from}. */
    public Duration businessTimeBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        if (isRoundTheClock()) {
            return Duration.between(from, to);
        }
        // Periods of later dates start after the start of dateOf(to), which is not before to.
        return Stream.iterate(dateOf(from), date -> !date.isAfter(dateOf(to)), date -> date.plusDays(1))
                .flatMap(this::openPeriodsOn)
                .map(period -> period.overlap(from, to))
                .reduce(Duration.ZERO, Duration::plus);
    }

    /**
     * The earliest instant by which {@code amount} of business time has elapsed after {@code start}: counting starts at
     * the next opening when {@code start} is closed, and an amount that runs out exactly at a closing time gives that
     * closing time, not the next opening. A zero amount gives {@code start} unchanged.
     *
     * @throws IllegalStateException when the amount does not elapse within 20 years (holidays on every open day)
     */
    public Instant plusBusinessTime(Instant start, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("A negative amount of business time: " + amount);
        }
        if (amount.isZero() || isRoundTheClock()) {
            return start.plus(amount);
        }
        Duration left = amount;
        for (Iterator<OpenPeriod> periods = openPeriodsFrom(start).iterator(); periods.hasNext(); ) {
            OpenPeriod period = periods.next();
            if (period.length().compareTo(left) >= 0) {
                return period.start().plus(left);
            }
            left = left.minus(period.length());
        }
        throw neverOpens(start);
    }

    private boolean isRoundTheClock() {
        return holidays.isEmpty() && hours.isRoundTheClock();
    }

    private LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    /** The open periods that end after {@code from}, in order, the first cut to start no earlier than it; up to 20 years on. */
    private Stream<OpenPeriod> openPeriodsFrom(Instant from) {
        LocalDate last = dateOf(from).plus(LONGEST_WALK);
        return Stream.iterate(dateOf(from), date -> !date.isAfter(last), date -> date.plusDays(1))
                .flatMap(this::openPeriodsOn)
                .filter(period -> period.end().isAfter(from))
                .map(period -> period.start().isBefore(from) ? new OpenPeriod(from, period.end()) : period);
    }

    /** The date's shifts as instants, in order; none on a holiday. Periods that vanish in a clock change are left out. */
    private Stream<OpenPeriod> openPeriodsOn(LocalDate date) {
        List<Shift> shifts = isHoliday(date) ? List.of() : hours.on(date.getDayOfWeek());
        return shifts.stream()
                .map(shift -> new OpenPeriod(instantOf(date.atTime(shift.from())),
                        instantOf(shift.endsAtMidnight() ? date.plusDays(1).atStartOfDay() : date.atTime(shift.to()))))
                .filter(period -> period.end().isAfter(period.start()));
    }

    /** The wall time's instant in the zone: in a spring-forward gap, the jump; in a fall-back overlap, the first one. */
    private Instant instantOf(LocalDateTime wallTime) {
        ZoneOffsetTransition transition = zone.getRules().getTransition(wallTime);
        return transition != null && transition.isGap() ? transition.getInstant() : wallTime.atZone(zone).toInstant();
    }

    private IllegalStateException neverOpens(Instant from) {
        return new IllegalStateException("The calendar does not open for " + LONGEST_WALK.getYears() + " years after " + from
                + ": holidays close every open day");
    }

    /** A time the calendar is open: from {@code start} (included) to {@code end} (excluded). */
    private record OpenPeriod(Instant start, Instant end) {

        Duration length() {
            return Duration.between(start, end);
        }

        boolean contains(Instant instant) {
            return !instant.isBefore(start) && instant.isBefore(end);
        }

        Duration overlap(Instant from, Instant to) {
            Instant later = start.isAfter(from) ? start : from;
            Instant earlier = end.isBefore(to) ? end : to;
            return earlier.isAfter(later) ? Duration.between(later, earlier) : Duration.ZERO;
        }
    }
}
