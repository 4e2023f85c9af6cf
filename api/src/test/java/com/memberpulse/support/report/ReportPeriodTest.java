package com.memberpulse.support.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.memberpulse.support.common.error.SupportException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportPeriodTest {

    private static final OffsetDateTime FROM = OffsetDateTime.parse("2024-01-01T00:00:00+11:00");

    @Test
    void aPeriodOfAtMost366DaysEndingAfterItStarts() {
        assertThat(ReportPeriod.of(FROM, FROM.plusDays(366), "Australia/Sydney").timeZone()).isEqualTo(ZoneId.of("Australia/Sydney"));
        assertThat(ReportPeriod.of(FROM, FROM.plusNanos(1), null).timeZone()).isEqualTo(ZoneId.of("UTC"));
        assertInvalid(() -> ReportPeriod.of(FROM, FROM, "UTC"), "to");
        assertInvalid(() -> ReportPeriod.of(FROM, FROM.minusSeconds(1), "UTC"), "to");
        assertInvalid(() -> ReportPeriod.of(FROM, FROM.plusDays(366).plusNanos(1), "UTC"), "to");
    }

    /** The same instants whatever offsets they are written with. */
    @Test
    void theLengthIsBetweenInstants() {
        OffsetDateTime sameInstantInUtc = FROM.plusDays(366).withOffsetSameInstant(java.time.ZoneOffset.UTC);
        assertThat(ReportPeriod.of(FROM, sameInstantInUtc, "UTC").to()).isEqualTo(sameInstantInUtc);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Mars/Olympus_Mons", "+11:00", "UTC+11", "Z", "australia/sydney", "SystemV/EST5", "Europe/Paris "})
    void onlyIanaZoneNames(String zone) {
        assertInvalid(() -> ReportPeriod.of(FROM, FROM.plusDays(1), zone), "timeZone");
    }

    @Test
    void readableEnumNames() {
        assertThat(ReportRows.readable("HIGH")).isEqualTo("High");
        assertThat(ReportRows.readable("REQUESTER_TYPE")).isEqualTo("Requester type");
    }

    private static void assertInvalid(Runnable call, String field) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(SupportException.class, e -> {
            assertThat(e.code().name()).isEqualTo("VALIDATION_FAILED");
            assertThat(e.field()).isEqualTo(field);
        });
    }
}
