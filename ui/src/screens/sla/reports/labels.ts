import type { ReportsRowFieldsFragment, TicketReportGrouping } from '../../../gql/graphql';
import { strings } from '../../../strings';

const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** What a group is called: priorities and requester types in words, days as dates, "Unassigned" for nobody. */
export function groupLabel(row: Pick<ReportsRowFieldsFragment, 'key' | 'label'>, groupBy: TicketReportGrouping): string {
  switch (groupBy) {
    case 'PRIORITY': return strings.ticket.priority(row.key);
    case 'REQUESTER_TYPE': return strings.sla.policies.requesterType[row.key] ?? row.label;
    case 'DAY': {
      const [year, month, day] = row.key.split('-').map(Number);
      return year && month && day ? dayFormat.format(new Date(year, month - 1, day)) : row.label;
    }
    case 'AGENT': return row.key === 'none' ? strings.sla.reports.unassigned : row.label;
    default: return row.label;
  }
}
