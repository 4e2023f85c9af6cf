import { graphql } from '../../../gql';

/** The screen's one query: every category, archived included, with the version an edit must send. */
export const AdminCategoriesQuery = graphql(`
  query AdminCategories {
    ticketCategories(includeArchived: true) { ...AdminCategoryFields }
  }
`);

export const AdminCategoryFieldsFragment = graphql(`
  fragment AdminCategoryFields on TicketCategory { id name description position archived archivedAt version }
`);

export const AdminCreateCategory = graphql(`
  mutation AdminCreateCategory($input: CreateTicketCategoryInput!) {
    createTicketCategory(input: $input) { ...AdminCategoryFields }
  }
`);

export const AdminUpdateCategory = graphql(`
  mutation AdminUpdateCategory($input: UpdateTicketCategoryInput!) {
    updateTicketCategory(input: $input) { ...AdminCategoryFields }
  }
`);

export const AdminArchiveCategory = graphql(`
  mutation AdminArchiveCategory($id: ID!) {
    archiveTicketCategory(id: $id) { ...AdminCategoryFields }
  }
`);

export const AdminRestoreCategory = graphql(`
  mutation AdminRestoreCategory($id: ID!) {
    restoreTicketCategory(id: $id) { ...AdminCategoryFields }
  }
`);

export const AdminReorderCategories = graphql(`
  mutation AdminReorderCategories($ids: [ID!]!) {
    reorderTicketCategories(ids: $ids) { ...AdminCategoryFields }
  }
`);
