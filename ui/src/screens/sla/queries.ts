import { graphql } from '../../gql';

/** What the ticket view's SLA panel shows (part of the ticket view's one query, and of every answer that returns the ticket). */
export const TicketSlaFieldsFragment = graphql(`
  fragment TicketSlaFields on TicketSla {
    policy { id name }
    calendarName
    firstResponse { ...TicketSlaClockFields }
    resolution { ...TicketSlaClockFields }
    times {
      firstResponseCalendarMinutes
      firstResponseBusinessMinutes
      resolutionCalendarMinutes
      resolutionBusinessMinutes
      pausedCalendarMinutes
      firstResolvedAt
    }
    ledger { id occurredAt target kind reason calendarName dueAt }
  }
`);

export const TicketSlaClockFieldsFragment = graphql(`
  fragment TicketSlaClockFields on SlaClock {
    target state targetMinutes elapsedMinutes remainingMinutes dueAt warningAt stoppedAt breachedAt
  }
`);
