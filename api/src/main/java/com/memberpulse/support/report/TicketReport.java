package com.memberpulse.support.report;

import java.time.OffsetDateTime;
import java.util.List;

/** Support figures for the tickets raised in {@code [from, to)}: a row per group with tickets, in order, and the total. */
public record TicketReport(OffsetDateTime from, OffsetDateTime to, TicketReportGrouping groupBy, List<TicketReportRow> rows,
                           TicketReportRow total) {
}
