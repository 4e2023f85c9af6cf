package com.memberpulse.support.report;

import com.memberpulse.support.report.internal.ReportFigures;
import com.memberpulse.support.report.internal.TicketReportMapper;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Ticket reports for the current tenant's staff. */
@Service
class TicketReportService {

    private final TicketReportMapper reports;

    TicketReportService(TicketReportMapper reports) {
        this.reports = reports;
    }

    /** The figures of the tickets raised in {@code [from, to)}, grouped; DAY groups by dates in {@code timeZone} (UTC if null). */
    @PreAuthorize("@access.staff()")
    @Transactional(readOnly = true)
    public TicketReport report(OffsetDateTime from, OffsetDateTime to, TicketReportGrouping groupBy, @Nullable String timeZone) {
        ReportPeriod period = ReportPeriod.of(from, to, timeZone);
        List<ReportFigures> figures = reports.figures(period.from(), period.to(), groupBy, period.timeZone().getId());
        // The statement always yields the total (grouping set "()"), last, even for a period without tickets.
        List<TicketReportRow> rows = figures.stream().map(row -> ReportRows.row(groupBy, row)).toList();
        List<TicketReportRow> groups = rows.subList(0, rows.size() - 1);
        return new TicketReport(from, to, groupBy, groupBy == TicketReportGrouping.DAY ? ReportRows.everyDay(groups, period) : groups, rows.getLast());
    }
}
