import { graphql } from '../../gql';

/** The form's one query: the active categories, in the admins' order. */
export const RaiseCategoriesQuery = graphql(`
  query RaiseCategories {
    ticketCategories { id name description }
  }
`);

/** The look-up of the person a ticket is for (the association's members and sponsor users in Keycloak). */
export const RaiseFindRequestersQuery = graphql(`
  query RaiseFindRequesters($search: String!, $first: Int) {
    findRequesters(search: $search, first: $first) { id type name email }
  }
`);

export const RaiseCreateTicket = graphql(`
  mutation RaiseCreateTicket($input: CreateTicketInput!) {
    createTicket(input: $input) { id number reference }
  }
`);
