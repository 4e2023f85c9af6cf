import type { TicketStatus } from '../../gql/graphql';
import { strings } from '../../strings';

/** The filters of "My requests", in plain words, and the statuses each stands for. */
export const FILTERS = {
  working: ['OPEN', 'IN_PROGRESS'],
  waiting: ['WAITING'],
  solved: ['RESOLVED'],
  closed: ['CLOSED'],
} satisfies Record<string, TicketStatus[]>;
export type FilterName = keyof typeof FILTERS;

export function isFilterName(value: string | null): value is FilterName {
  return value !== null && Object.prototype.hasOwnProperty.call(FILTERS, value);
}

/** A status as a requester reads it ("We're working on it", "Waiting for you", ...). */
export function statusWords(status: TicketStatus): string {
  return strings.member.status[status] ?? status;
}

/** Which look a status badge has (the words always say it too: colour is never the only signal). */
export function statusTone(status: TicketStatus): 'working' | 'waiting' | 'solved' | 'closed' {
  switch (status) {
    case 'WAITING': return 'waiting';
    case 'RESOLVED': return 'solved';
    case 'CLOSED': return 'closed';
    default: return 'working';
  }
}
