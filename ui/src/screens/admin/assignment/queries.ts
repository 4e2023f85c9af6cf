import { graphql } from '../../../gql';

/** Everything the assignment screen shows, in one request: rules, teams, every agent (inactive ones too), categories. */
export const AssignmentScreenQuery = graphql(`
  query AdminAssignment {
    assignmentRules {
      id name position enabled version
      categories { id name archived }
      priorities requesterTypes keywords
      targetAgent { id name active }
      targetTeam { id name }
      strategy
    }
    supportTeams { id name description version members { id name active } }
    supportAgents(includeInactive: true) {
      id name username email role active availability capacity openLoad openTickets version syncedAt
      teams { id name }
    }
    ticketCategories(includeArchived: true) { id name archived position }
  }
`);

export const AdminAssignmentCreateRule = graphql(`
  mutation AdminAssignmentCreateRule($input: AssignmentRuleInput!) {
    createAssignmentRule(input: $input) { id }
  }
`);

export const AdminAssignmentUpdateRule = graphql(`
  mutation AdminAssignmentUpdateRule($input: UpdateAssignmentRuleInput!) {
    updateAssignmentRule(input: $input) { id version }
  }
`);

export const AdminAssignmentDeleteRule = graphql(`
  mutation AdminAssignmentDeleteRule($id: ID!) {
    deleteAssignmentRule(id: $id)
  }
`);

export const AdminAssignmentReorderRules = graphql(`
  mutation AdminAssignmentReorderRules($ids: [ID!]!) {
    reorderAssignmentRules(ids: $ids) { id position }
  }
`);

export const AdminAssignmentCreateTeam = graphql(`
  mutation AdminAssignmentCreateTeam($input: CreateSupportTeamInput!) {
    createSupportTeam(input: $input) { id name }
  }
`);

export const AdminAssignmentUpdateTeam = graphql(`
  mutation AdminAssignmentUpdateTeam($input: UpdateSupportTeamInput!) {
    updateSupportTeam(input: $input) { id name version }
  }
`);

export const AdminAssignmentDeleteTeam = graphql(`
  mutation AdminAssignmentDeleteTeam($id: ID!) {
    deleteSupportTeam(id: $id)
  }
`);

export const AdminAssignmentUpdateAgent = graphql(`
  mutation AdminAssignmentUpdateAgent($input: UpdateSupportAgentInput!) {
    updateSupportAgent(input: $input) { id availability capacity version teams { id } }
  }
`);

export const AdminAssignmentSyncAgents = graphql(`
  mutation AdminAssignmentSyncAgents {
    syncSupportAgents { added updated deactivated ticketsReleased agents { id } }
  }
`);
