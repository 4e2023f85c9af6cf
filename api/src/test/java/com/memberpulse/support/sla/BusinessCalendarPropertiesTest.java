package com.memberpulse.support.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Business-time arithmetic over random calendars (split shifts, shifts to midnight, holidays, zones with daylight
 * saving) and random instants around 2026, both changes of the clocks included.
 */
class BusinessCalendarPropertiesTest {

    static final Instant EARLIEST = Instant.parse("2025-12-01T00:00:00Z");
    static final LocalDate FIRST_HOLIDAY = LocalDate.of(2025, 12, 1);
    private static final List<ZoneId> ZONES = List.of(ZoneOffset.UTC, ZoneId.of("Australia/Sydney"), ZoneId.of("Europe/London"),
            ZoneId.of("America/New_York"));

    @Property(tries = 300)
    void addingBusinessTimeThenMeasuringItGivesItBack(@ForAll("calendars") BusinessCalendar calendar, @ForAll("instants") Instant start,
                                                      @ForAll("amounts") Duration amount) {
        Instant end = calendar.plusBusinessTime(start, amount);
        assertThat(calendar.businessTimeBetween(start, end)).isEqualTo(amount);
        // And it is the earliest such instant: just before it, some of the amount is still to come.
        if (!amount.isZero()) {
            assertThat(calendar.businessTimeBetween(start, end.minusNanos(1))).isLessThan(amount);
        }
    }

    @Property(tries = 300)
    void measuringThenAddingLandsNoLaterThanTheEnd(@ForAll("calendars") BusinessCalendar calendar, @ForAll("instants") Instant a,
                                                   @ForAll("instants") Instant b) {
        Instant from = min(a, b);
        Instant to = max(a, b);
        Instant landed = calendar.plusBusinessTime(from, calendar.businessTimeBetween(from, to));
        assertThat(landed).isBeforeOrEqualTo(to);
        assertThat(calendar.businessTimeBetween(landed, to)).isZero();
    }

    @Property(tries = 300)
    void businessTimeAddsUpOverConsecutiveIntervals(@ForAll("calendars") BusinessCalendar calendar, @ForAll("instants") Instant x,
                                                    @ForAll("instants") Instant y, @ForAll("instants") Instant z) {
        List<Instant> sorted = List.of(x, y, z).stream().sorted().toList();
        Instant a = sorted.get(0);
        Instant b = sorted.get(1);
        Instant c = sorted.get(2);
        assertThat(calendar.businessTimeBetween(a, b).plus(calendar.businessTimeBetween(b, c))).isEqualTo(calendar.businessTimeBetween(a, c));
    }

    @Property(tries = 300)
    void businessTimeGrowsWithTheEndAndNeverExceedsWallTime(@ForAll("calendars") BusinessCalendar calendar, @ForAll("instants") Instant from,
                                                            @ForAll("instants") Instant a, @ForAll("instants") Instant b) {
        Instant earlier = min(a, b);
        Instant later = max(a, b);
        assertThat(calendar.businessTimeBetween(from, earlier)).isLessThanOrEqualTo(calendar.businessTimeBetween(from, later));
        assertThat(calendar.businessTimeBetween(earlier, later)).isBetween(Duration.ZERO, Duration.between(earlier, later));
        assertThat(calendar.businessTimeBetween(later, earlier)).isZero();
    }

    @Property(tries = 300)
    void theNextOpeningIsOpenAndNothingOpensBeforeIt(@ForAll("calendars") BusinessCalendar calendar, @ForAll("instants") Instant instant) {
        Instant opening = calendar.nextOpening(instant);
        assertThat(opening).isAfterOrEqualTo(instant);
        assertThat(calendar.isOpenAt(opening)).isTrue();
        assertThat(calendar.businessTimeBetween(instant, opening)).isZero();
        assertThat(opening.equals(instant)).isEqualTo(calendar.isOpenAt(instant));
    }

    @Property(tries = 200)
    void roundTheClockInAnyZoneIsPlainInstantArithmetic(@ForAll("zones") ZoneId zone, @ForAll("instants") Instant a, @ForAll("instants") Instant b,
                                                        @ForAll("amounts") Duration amount) {
        for (BusinessCalendar always : List.of(BusinessCalendar.roundTheClock(), new BusinessCalendar(zone, WeeklyHours.everyDay(Shift.allDay()), Set.of()))) {
            assertThat(always.plusBusinessTime(a, amount)).isEqualTo(a.plus(amount));
            assertThat(always.businessTimeBetween(min(a, b), max(a, b))).isEqualTo(Duration.between(min(a, b), max(a, b)));
            assertThat(always.isOpenAt(a)).isTrue();
        }
    }

    /** Without clock changes, business time is the minutes whose wall time falls in a shift of a working day: counted one by one. */
    @Property(tries = 100)
    void inAFixedOffsetZoneBusinessTimeIsTheOpenMinutesCountedOneByOne(@ForAll("weeks") WeeklyHours hours, @ForAll("holidays") Set<LocalDate> holidays,
                                                                      @ForAll("instants") Instant at, @ForAll("offsets") ZoneOffset offset,
                                                                      @ForAll("minutes") int minutes) {
        BusinessCalendar calendar = new BusinessCalendar(offset, hours, holidays);
        Instant from = at.truncatedTo(ChronoUnit.MINUTES);
        long open = 0;
        for (int m = 0; m < minutes; m++) {
            LocalDateTime wall = LocalDateTime.ofInstant(from.plusSeconds(60L * m), offset);
            boolean inShift = !holidays.contains(wall.toLocalDate()) && hours.on(wall.getDayOfWeek()).stream()
                    .anyMatch(shift -> !wall.toLocalTime().isBefore(shift.from()) && (shift.endsAtMidnight() || wall.toLocalTime().isBefore(shift.to())));
            open += inShift ? 1 : 0;
            assertThat(calendar.isOpenAt(from.plusSeconds(60L * m))).isEqualTo(inShift);
        }
        assertThat(calendar.businessTimeBetween(from, from.plusSeconds(60L * minutes))).isEqualTo(Duration.ofMinutes(open));
    }

    // ---- generators ----

    @Provide
    Arbitrary<BusinessCalendar> calendars() {
        return Combinators.combine(zones(), weeks(), holidays()).as(BusinessCalendar::new);
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.of(ZONES);
    }

    @Provide
    Arbitrary<ZoneOffset> offsets() {
        return Arbitraries.of(ZoneOffset.UTC, ZoneOffset.ofHoursMinutes(5, 30), ZoneOffset.ofHours(-3), ZoneOffset.ofHours(14));
    }

    /** Weeks of up to three shifts a day on the quarter hour, some ending at midnight, some days closed. */
    @Provide
    Arbitrary<WeeklyHours> weeks() {
        Arbitrary<List<Integer>> boundaries = Arbitraries.integers().between(0, 96).set().ofMaxSize(6)
                .map(set -> set.stream().sorted().toList());
        return boundaries.list().ofSize(7).filter(days -> days.stream().anyMatch(day -> day.size() >= 2)).map(days -> {
            Map<DayOfWeek, List<Shift>> week = new EnumMap<>(DayOfWeek.class);
            for (DayOfWeek day : DayOfWeek.values()) {
                List<Integer> quarters = days.get(day.ordinal());
                List<Shift> shifts = new ArrayList<>();
                for (int i = 0; i + 1 < quarters.size(); i += 2) {
                    shifts.add(new Shift(quarter(quarters.get(i)), quarter(quarters.get(i + 1))));
                }
                week.put(day, shifts);
            }
            return new WeeklyHours(week);
        });
    }

    @Provide
    Arbitrary<Set<LocalDate>> holidays() {
        return Arbitraries.integers().between(0, 430).set().ofMaxSize(80)
                .map(days -> days.stream().map(FIRST_HOLIDAY::plusDays).collect(Collectors.toSet()));
    }

    /** Instants from December 2025 to January 2027, to the second. */
    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(0, Duration.ofDays(425).toSeconds()).map(EARLIEST::plusSeconds);
    }

    /** Up to 300 hours, to the second; zero included. */
    @Provide
    Arbitrary<Duration> amounts() {
        return Arbitraries.longs().between(0, Duration.ofHours(300).toSeconds()).map(Duration::ofSeconds);
    }

    @Provide
    Arbitrary<Integer> minutes() {
        return Arbitraries.integers().between(0, 14 * 24 * 60);
    }

    static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** Quarter {@code n} of the day; the 96th is the end of the day. */
    private static LocalTime quarter(int n) {
        return n == 96 ? LocalTime.MIDNIGHT : LocalTime.of(n / 4, n % 4 * 15);
    }
}
