import { graphql } from '../../gql';

/** One page of the queue: the only request the table makes. */
export const QueuePageQuery = graphql(`
  query QueuePage($filter: TicketFilter, $orderBy: TicketOrder, $first: Int, $after: String) {
    tickets(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        cursor
        highlights { field fragments }
        node {
          id
          number
          reference
          subject
          status
          priority
          category { id name }
          requester { id type name email }
          sponsorTicket
          assignee { id name }
          tags
          createdAt
          updatedAt
          sla {
            firstResponse { state dueAt remainingMinutes stoppedAt }
            resolution { state dueAt remainingMinutes }
          }
        }
      }
    }
  }
`);

/**
 * The facet sidebar's counts, asked for apart from the page (counting costs more, and the page never waits for it):
 * each dimension counted under every part of the filter but its own.
 */
export const QueueFacetsQuery = graphql(`
  query QueueFacets($filter: TicketFilter) {
    tickets(filter: $filter, first: 1) {
      facets {
        status { value count }
        priority { value count }
        category { value count }
        assignee { value count }
        tag { value count }
      }
    }
  }
`);

/**
 * What the console around the table needs, in one request: the saved views' counts (aliases of `tickets` asking only
 * for `totalCount`, one row each: the API counts only when asked), the categories and agents the filters offer, and
 * the agents' availability (the signed-in agent's switch).
 */
export const QueueConsoleQuery = graphql(`
  query QueueConsole {
    myOpen: tickets(filter: { status: [OPEN, IN_PROGRESS, WAITING], assignee: { me: true } }, first: 1) { totalCount }
    unassigned: tickets(filter: { status: [OPEN, IN_PROGRESS, WAITING], assignee: { unassigned: true } }, first: 1) { totalCount }
    sponsors: tickets(filter: { status: [OPEN, IN_PROGRESS, WAITING], requesterType: SPONSOR }, first: 1) { totalCount }
    allOpen: tickets(filter: { status: [OPEN, IN_PROGRESS, WAITING] }, first: 1) { totalCount }
    ticketCategories(includeArchived: true) { id name archived position }
    supportAgents(includeInactive: true) { id name active availability version }
  }
`);
