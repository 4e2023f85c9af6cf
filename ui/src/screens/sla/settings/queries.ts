import { graphql } from '../../../gql';

/** The SLA policies section in one request: the policies, the calendars to pick from, and the agents and teams to escalate to. */
export const AdminSlaPoliciesQuery = graphql(`
  query AdminSlaPolicies {
    slaPolicies { ...AdminSlaPolicyFields }
    businessCalendars { id name timeZone }
    supportAgents(includeInactive: true) { id name active }
    supportTeams { id name }
  }
`);

export const AdminSlaPolicyFieldsFragment = graphql(`
  fragment AdminSlaPolicyFields on SlaPolicy {
    id
    name
    requesterType
    calendar { id name timeZone }
    targets { priority firstResponseMinutes resolutionMinutes }
    warningPercent
    onWarning { ...AdminSlaEscalationFields }
    onBreach { ...AdminSlaEscalationFields }
    version
  }
`);

export const AdminSlaEscalationFieldsFragment = graphql(`
  fragment AdminSlaEscalationFields on EscalationActions {
    notifyAssignee
    notifyAdmins
    raisePriority
    reassignToAgent { id name active }
    reassignToTeam { id name }
  }
`);

export const AdminSlaUpsertPolicy = graphql(`
  mutation AdminSlaUpsertPolicy($input: SlaPolicyInput!) {
    upsertSlaPolicy(input: $input) { ...AdminSlaPolicyFields }
  }
`);

export const AdminSlaDeletePolicy = graphql(`
  mutation AdminSlaDeletePolicy($id: ID!) {
    deleteSlaPolicy(id: $id)
  }
`);

export const AdminSlaCalendarsQuery = graphql(`
  query AdminSlaCalendars {
    businessCalendars { ...AdminSlaCalendarFields }
  }
`);

export const AdminSlaCalendarFieldsFragment = graphql(`
  fragment AdminSlaCalendarFields on BusinessCalendar {
    id
    name
    timeZone
    weeklyHours { day shifts { from to } }
    holidays { date name }
    version
  }
`);

export const AdminSlaUpsertCalendar = graphql(`
  mutation AdminSlaUpsertCalendar($input: BusinessCalendarInput!) {
    upsertBusinessCalendar(input: $input) { ...AdminSlaCalendarFields }
  }
`);

export const AdminSlaSettingsQuery = graphql(`
  query AdminSlaSettings {
    slaSettings { autoCloseAfterDays updatedAt }
  }
`);

export const AdminSlaUpdateSettings = graphql(`
  mutation AdminSlaUpdateSettings($input: UpdateSlaSettingsInput!) {
    updateSlaSettings(input: $input) { autoCloseAfterDays updatedAt }
  }
`);
