import type { AdminSlaEscalationFieldsFragment, EscalationActionsInput, Priority } from '../../../gql/graphql';

export const PRIORITIES: Priority[] = ['HIGH', 'MEDIUM', 'LOW'];
export const MAX_MINUTES = 525_600;

/** Hours and minutes as typed. */
export interface HoursMinutes {
  hours: string;
  minutes: string;
}

export function toHoursMinutes(total: number): HoursMinutes {
  return { hours: String(Math.floor(total / 60)), minutes: String(total % 60) };
}

/** Whole minutes from hours and minutes typed (empty is 0; minutes 0 to 59), or null when not a time from 1 minute to a year. */
export function toMinutes({ hours, minutes }: HoursMinutes): number | null {
  const whole = (text: string) => (text.trim() === '' ? 0 : /^\s*\d+\s*$/.test(text) ? Number(text) : NaN);
  const h = whole(hours);
  const m = whole(minutes);
  if (Number.isNaN(h) || Number.isNaN(m) || m > 59) return null;
  const total = h * 60 + m;
  return total >= 1 && total <= MAX_MINUTES ? total : null;
}

/** What a level does, as the form edits it. */
export interface ActionsForm {
  notifyAssignee: boolean;
  notifyAdmins: boolean;
  raisePriority: boolean;
  reassign: 'none' | 'agent' | 'team';
  agentId: string;
  teamId: string;
}

export function actionsForm(actions: AdminSlaEscalationFieldsFragment | null, fallback: Partial<ActionsForm> = {}): ActionsForm {
  if (!actions) {
    return { notifyAssignee: false, notifyAdmins: false, raisePriority: false, reassign: 'none', agentId: '', teamId: '', ...fallback };
  }
  return {
    notifyAssignee: actions.notifyAssignee,
    notifyAdmins: actions.notifyAdmins,
    raisePriority: actions.raisePriority,
    reassign: actions.reassignToAgent ? 'agent' : actions.reassignToTeam ? 'team' : 'none',
    agentId: actions.reassignToAgent?.id ?? '',
    teamId: actions.reassignToTeam?.id ?? '',
  };
}

/** The API's input for a level: at most one of agent and team. */
export function actionsInput(form: ActionsForm): EscalationActionsInput {
  return {
    notifyAssignee: form.notifyAssignee,
    notifyAdmins: form.notifyAdmins,
    raisePriority: form.raisePriority,
    reassignToAgentId: form.reassign === 'agent' ? form.agentId : null,
    reassignToTeamId: form.reassign === 'team' ? form.teamId : null,
  };
}
