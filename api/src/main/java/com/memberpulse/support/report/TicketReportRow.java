package com.memberpulse.support.report;

import org.jspecify.annotations.Nullable;

/** The figures of one group of a ticket report, or of all of them (key {@code total}). */
public record TicketReportRow(String key, String label, int raised, int resolved, int open,
                              @Nullable Integer firstResponseMedianMinutes, @Nullable Integer firstResponseP90Minutes,
                              @Nullable Integer resolutionMedianMinutes, @Nullable Integer resolutionP90Minutes,
                              @Nullable Double slaMetShare) {
}
