import { graphql } from '../../gql';

/**
 * The ticket view's documents. The screen reads one query (the ticket with its first page of messages, its
 * history, the categories and agents that name history values and fill the pickers); further pages of messages,
 * the canned responses and the follow-up's number are small queries of their own.
 */

export const TicketViewFieldsFragment = graphql(`
  fragment TicketViewFields on Ticket {
    id
    number
    reference
    subject
    description
    status
    priority
    category { id name archived }
    requester { id type name email }
    sponsorTicket
    assignee { id name }
    tags
    channel
    followUpOf
    followUps { id reference subject status }
    createdAt
    updatedAt
    firstRespondedAt
    resolvedAt
    closedAt
    version
    attachments { id name size url }
    history {
      id
      occurredAt
      actor { type id name }
      field
      fromValue
      toValue
      note
    }
    sla { ...TicketSlaFields }
  }
`);

export const TicketMessageFieldsFragment = graphql(`
  fragment TicketMessageFields on TicketMessage {
    id
    visibility
    author { id name role }
    body
    createdAt
    attachments { id name size url }
  }
`);

export const TicketViewQuery = graphql(`
  query TicketView($id: ID!, $first: Int!) {
    ticket(id: $id) {
      ...TicketViewFields
      messages(first: $first) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { ...TicketMessageFields } }
      }
    }
    ticketCategories(includeArchived: true) { id name archived }
    supportAgents(includeInactive: true) { id name active }
  }
`);

export const TicketMessagesPageQuery = graphql(`
  query TicketMessagesPage($id: ID!, $first: Int!, $after: String!) {
    ticket(id: $id) {
      id
      messages(first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { ...TicketMessageFields } }
      }
    }
  }
`);

export const TicketFollowUpOfQuery = graphql(`
  query TicketFollowUpOf($id: ID!) {
    ticket(id: $id) { id reference subject status }
  }
`);

export const TicketComposerResponsesQuery = graphql(`
  query TicketComposerResponses {
    cannedResponses { id title shortcut shared body categories { id } }
    responseTemplates(kind: REPLY) { id name body }
  }
`);

export const TicketRenderCannedQuery = graphql(`
  query TicketRenderCanned($id: ID!, $ticketId: ID!) {
    renderCannedResponse(id: $id, ticketId: $ticketId) { body }
  }
`);

export const TicketRenderTemplateQuery = graphql(`
  query TicketRenderTemplate($id: ID!, $ticketId: ID!) {
    renderResponseTemplate(id: $id, ticketId: $ticketId) { body }
  }
`);

export const TicketReplyMutation = graphql(`
  mutation TicketReply($input: MessageInput!) {
    replyToTicket(input: $input) {
      message { id }
      ticket { ...TicketViewFields }
      openedFollowUp
    }
  }
`);

export const TicketNoteMutation = graphql(`
  mutation TicketNote($input: MessageInput!) {
    addInternalNote(input: $input) { id }
  }
`);

export const TicketStatusMutation = graphql(`
  mutation TicketChangeStatus($input: ChangeTicketStatusInput!) {
    changeTicketStatus(input: $input) { ...TicketViewFields }
  }
`);

export const TicketPriorityMutation = graphql(`
  mutation TicketChangePriority($input: ChangeTicketPriorityInput!) {
    changeTicketPriority(input: $input) { ...TicketViewFields }
  }
`);

export const TicketCategoryMutation = graphql(`
  mutation TicketChangeCategory($input: ChangeTicketCategoryInput!) {
    changeTicketCategory(input: $input) { ...TicketViewFields }
  }
`);

export const TicketAssignMutation = graphql(`
  mutation TicketAssign($input: AssignTicketInput!) {
    assignTicket(input: $input) { ...TicketViewFields }
  }
`);

export const TicketUnassignMutation = graphql(`
  mutation TicketUnassign($input: UnassignTicketInput!) {
    unassignTicket(input: $input) { ...TicketViewFields }
  }
`);

export const TicketAddTagsMutation = graphql(`
  mutation TicketAddTags($input: TicketTagsInput!) {
    addTicketTags(input: $input) { ...TicketViewFields }
  }
`);

export const TicketRemoveTagsMutation = graphql(`
  mutation TicketRemoveTags($input: TicketTagsInput!) {
    removeTicketTags(input: $input) { ...TicketViewFields }
  }
`);

/**
 * The ticket's notifications (staff only; requesters never ask for it): read when the Notifications tab opens, not
 * with the ticket, so opening a ticket stays one request.
 */
export const TicketNotificationDeliveriesQuery = graphql(`
  query TicketNotificationDeliveries($id: ID!) {
    ticket(id: $id) {
      id
      notificationDeliveries { id channel kind recipient outcome detail at eventIds }
    }
  }
`);
