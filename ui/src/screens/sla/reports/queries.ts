import { graphql } from '../../../gql';

/** The reports page: one request per period and grouping. */
export const ReportsTicketReportQuery = graphql(`
  query ReportsTicketReport($from: DateTime!, $to: DateTime!, $groupBy: TicketReportGrouping!, $timeZone: String) {
    ticketReport(from: $from, to: $to, groupBy: $groupBy, timeZone: $timeZone) {
      from
      to
      groupBy
      rows { ...ReportsRowFields }
      total { ...ReportsRowFields }
    }
  }
`);

export const ReportsRowFieldsFragment = graphql(`
  fragment ReportsRowFields on TicketReportRow {
    key
    label
    raised
    resolved
    open
    firstResponseMedianMinutes
    firstResponseP90Minutes
    resolutionMedianMinutes
    resolutionP90Minutes
    slaMetShare
  }
`);
