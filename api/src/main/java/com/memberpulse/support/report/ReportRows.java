package com.memberpulse.support.report;

import com.memberpulse.support.report.internal.ReportFigures;
import java.util.Locale;

/** How a group's figures are named for people: the key and label of each row. */
final class ReportRows {

    static final String TOTAL = "total";
    static final String NOBODY = "none";

    private ReportRows() {
    }

    static TicketReportRow row(TicketReportGrouping groupBy, ReportFigures figures) {
        String key = figures.total() ? TOTAL : figures.key() == null ? NOBODY : figures.key();
        return new TicketReportRow(key, label(groupBy, figures, key), figures.raised(), figures.resolved(), figures.open(),
                figures.firstResponseMedianMinutes(), figures.firstResponseP90Minutes(), figures.resolutionMedianMinutes(),
                figures.resolutionP90Minutes(), figures.slaMetShare());
    }

    private static String label(TicketReportGrouping groupBy, ReportFigures figures, String key) {
        if (figures.total()) {
            return "Total";
        }
        return switch (groupBy) {
            case CATEGORY, AGENT -> figures.label() != null ? figures.label() : key.equals(NOBODY) ? "Unassigned" : key;
            case PRIORITY, REQUESTER_TYPE -> readable(key);
            case DAY -> key;
        };
    }

    /** An enum's name as a word: {@code HIGH} reads "High", {@code REQUESTER_TYPE} "Requester type". */
    static String readable(String name) {
        String words = name.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
