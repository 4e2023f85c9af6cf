package com.memberpulse.support.report;

import com.memberpulse.support.report.internal.ReportFigures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

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

    /**
     * The DAY rows of every date of the period in its time zone, in order: a date without tickets is a row of zeros
     * without times, so that a chart over the period shows its quiet days rather than skipping them.
     */
    static List<TicketReportRow> everyDay(List<TicketReportRow> rows, ReportPeriod period) {
        Map<String, TicketReportRow> byDate = rows.stream().collect(Collectors.toMap(TicketReportRow::key, Function.identity()));
        LocalDate last = period.to().minusNanos(1).atZoneSameInstant(period.timeZone()).toLocalDate();
        List<TicketReportRow> days = new ArrayList<>();
        for (LocalDate date = period.from().atZoneSameInstant(period.timeZone()).toLocalDate(); !date.isAfter(last); date = date.plusDays(1)) {
            String key = date.toString();
            days.add(byDate.getOrDefault(key, new TicketReportRow(key, key, 0, 0, 0, null, null, null, null, null)));
        }
        return days;
    }

    /** An enum's name as a word: {@code HIGH} reads "High", {@code REQUESTER_TYPE} "Requester type". */
    static String readable(String name) {
        String words = name.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
