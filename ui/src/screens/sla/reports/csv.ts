import type { ReportsRowFieldsFragment, TicketReportGrouping } from '../../../gql/graphql';
import { strings } from '../../../strings';
import { groupLabel } from './labels';

type Row = ReportsRowFieldsFragment;

/** The table's columns, in order: their heading on screen, and how a row's value is written in the CSV. */
export const COLUMNS: { key: keyof Row | 'group'; label: () => string; unit?: 'minutes' | 'percent' }[] = [
  { key: 'group', label: () => strings.sla.reports.columns.group },
  { key: 'raised', label: () => strings.sla.reports.columns.raised },
  { key: 'resolved', label: () => strings.sla.reports.columns.resolved },
  { key: 'open', label: () => strings.sla.reports.columns.open },
  { key: 'firstResponseMedianMinutes', label: () => strings.sla.reports.columns.firstResponseMedian, unit: 'minutes' },
  { key: 'firstResponseP90Minutes', label: () => strings.sla.reports.columns.firstResponseP90, unit: 'minutes' },
  { key: 'resolutionMedianMinutes', label: () => strings.sla.reports.columns.resolutionMedian, unit: 'minutes' },
  { key: 'resolutionP90Minutes', label: () => strings.sla.reports.columns.resolutionP90, unit: 'minutes' },
  { key: 'slaMetShare', label: () => strings.sla.reports.columns.slaMet, unit: 'percent' },
];

function quote(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * The report as CSV (RFC 4180, CRLF): the columns named as on screen, one line per group and the total last; minutes
 * as whole numbers, the SLA share as a percent with one decimal; an unknown figure is an empty cell.
 */
export function reportCsv(rows: Row[], total: Row, groupBy: TicketReportGrouping): string {
  const line = (row: Row, isTotal: boolean) => COLUMNS.map((column) => {
    if (column.key === 'group') return quote(isTotal ? strings.sla.reports.total : groupLabel(row, groupBy));
    const value = row[column.key];
    if (value === null || value === undefined) return '';
    if (column.unit === 'percent') return (Number(value) * 100).toFixed(1);
    return String(value);
  }).join(',');
  return [COLUMNS.map((column) => quote(column.label())).join(','), ...rows.map((row) => line(row, false)), line(total, true)].join('\r\n') + '\r\n';
}

/** Saves `csv` as a file (a Blob download; a byte-order mark so spreadsheets read it as UTF-8). */
export function downloadCsv(csv: string, name: string): void {
  const url = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
