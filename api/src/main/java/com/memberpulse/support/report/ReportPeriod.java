package com.memberpulse.support.report;

import com.memberpulse.support.common.error.SupportException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/** A report's period, {@code [from, to)}, and the time zone its days are dates of: validated as the SDL says. */
record ReportPeriod(OffsetDateTime from, OffsetDateTime to, ZoneId timeZone) {

    static final Duration LONGEST = Duration.ofDays(366);

    /** VALIDATION_FAILED on {@code to} or {@code timeZone}; no time zone means UTC. */
    static ReportPeriod of(OffsetDateTime from, OffsetDateTime to, @Nullable String timeZone) {
        if (!to.isAfter(from)) {
            throw SupportException.validation("to", "The period must end (to) after it starts (from).");
        }
        if (Duration.between(from, to).compareTo(LONGEST) > 0) {
            throw SupportException.validation("to", "A report covers at most 366 days: choose a shorter period.");
        }
        return new ReportPeriod(from, to, zone(timeZone == null ? "UTC" : timeZone));
    }

    /**
     * An IANA zone name as PostgreSQL knows it too: Java's region ids without its legacy {@code SystemV/} ones (not
     * IANA names, and unknown to PostgreSQL); no offsets, since a day is a date where people are.
     */
    private static ZoneId zone(String name) {
        if (name.startsWith("SystemV/") || !ZoneId.getAvailableZoneIds().contains(name)) {
            throw SupportException.validation("timeZone", "Give the time zone as an IANA name, e.g. Europe/Paris or UTC.");
        }
        return ZoneId.of(name);
    }
}
