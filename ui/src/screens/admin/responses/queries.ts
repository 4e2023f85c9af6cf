import { graphql } from '../../../gql';

/**
 * The screen's one query: the responses the caller sees (shared and their own, a tenant's few dozen: searched here as
 * typed) and the categories to scope them to.
 */
export const AdminResponsesQuery = graphql(`
  query AdminResponses {
    cannedResponses {
      id
      title
      body
      shortcut
      shared
      categories { id name archived }
      updatedAt
      version
    }
    ticketCategories(includeArchived: true) { id name archived }
  }
`);

export const AdminResponsesCreate = graphql(`
  mutation AdminResponsesCreate($input: CreateCannedResponseInput!) {
    createCannedResponse(input: $input) { id title version }
  }
`);

export const AdminResponsesUpdate = graphql(`
  mutation AdminResponsesUpdate($input: UpdateCannedResponseInput!) {
    updateCannedResponse(input: $input) { id title version }
  }
`);

export const AdminResponsesDelete = graphql(`
  mutation AdminResponsesDelete($id: ID!) {
    deleteCannedResponse(id: $id)
  }
`);
