package com.memberpulse.support.report;

/** What a ticket report's rows are (the GraphQL enum of the same name). */
public enum TicketReportGrouping {
    CATEGORY, PRIORITY, AGENT, REQUESTER_TYPE, DAY
}
