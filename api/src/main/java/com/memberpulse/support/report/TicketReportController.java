package com.memberpulse.support.report;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The {@code ticketReport} query. Authorisation and validation are {@link TicketReportService}'s. */
@Controller
class TicketReportController {

    private final TicketReportService reports;

    TicketReportController(TicketReportService reports) {
        this.reports = reports;
    }

    @QueryMapping
    TicketReport ticketReport(@Argument OffsetDateTime from, @Argument OffsetDateTime to, @Argument TicketReportGrouping groupBy,
                              @Argument @Nullable String timeZone) {
        return reports.report(from, to, groupBy, timeZone);
    }
}
