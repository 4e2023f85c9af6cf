import { keepPreviousData } from '@tanstack/react-query';
import { useId, useMemo } from 'react';
import type { ReportsRowFieldsFragment, TicketReportGrouping } from '../../../gql/graphql';
import { useApiQuery } from '../../../platform/hooks';
import { useUrlParams } from '../../../platform/urlState';
import { strings } from '../../../strings';
import { Button } from '../../../ui/Button';
import { EmptyState, ErrorState, LoadingState } from '../../../ui/States';
import { COLUMNS, downloadCsv, reportCsv } from './csv';
import { groupLabel } from './labels';
import { GROUPINGS, isDay, periodVariables, PRESETS, presetRange, type Preset } from './period';
import { ReportsTicketReportQuery } from './queries';
import { ReportCharts } from './ReportCharts';
import styles from './Reports.module.css';

const r = strings.sla.reports;
type Row = ReportsRowFieldsFragment;

/** A cell of the table: minutes as a length of time, the share as a percent, an unknown figure as a dash. */
function cell(row: Row, key: (typeof COLUMNS)[number]['key'], groupBy: TicketReportGrouping, isTotal: boolean): string {
  if (key === 'group') return isTotal ? r.total : groupLabel(row, groupBy);
  const value = row[key];
  if (value === null || value === undefined) return r.none;
  const column = COLUMNS.find((candidate) => candidate.key === key);
  if (column?.unit === 'minutes') return strings.sla.duration(Number(value));
  if (column?.unit === 'percent') return r.percent(Number(value));
  return String(value);
}

/**
 * The reports page (staff): a period (dates or a preset) and a grouping, kept in the URL (`reportFrom`, `reportTo`,
 * `reportBy`); the figures as a table with the total, charts with text alternatives, and a CSV export of the table.
 * Loaded lazily: the chart library is not part of the console's first bundle.
 */
export function Reports() {
  const headingId = useId();
  const ids = useId();
  const [params, setParams] = useUrlParams();
  const fallback = useMemo(() => presetRange('last30'), []);
  const fromParam = params.get('reportFrom');
  const toParam = params.get('reportTo');
  const from = isDay(fromParam) ? fromParam : fallback.from;
  const to = isDay(toParam) ? toParam : fallback.to;
  const requested = params.get('reportBy') as TicketReportGrouping | null;
  const groupBy: TicketReportGrouping = requested && GROUPINGS.includes(requested) ? requested : 'CATEGORY';
  const period = periodVariables(from, to);

  const query = useApiQuery('reports-ticket-report', ReportsTicketReportQuery,
    // Days are the viewer's days, as the period's edges are.
    { from: period?.from ?? '', to: period?.to ?? '', groupBy, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone },
    { enabled: period !== null, placeholderData: keepPreviousData });
  const report = period ? query.data?.ticketReport : undefined;

  const setPeriod = (next: { from: string; to: string }) => setParams({ reportFrom: next.from, reportTo: next.to }, 'replace');
  const currentPreset = PRESETS.find((preset) => {
    const range = presetRange(preset);
    return range.from === from && range.to === to;
  });
  const presetLabel: Record<Preset, string> = { last7: r.last7, last30: r.last30, thisMonth: r.thisMonth };
  const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
  const readable = (day: string) => {
    const [year = 1970, month = 1, date = 1] = day.split('-').map(Number);
    return dayFormat.format(new Date(year, month - 1, date));
  };

  let body;
  if (!period) body = <p className={styles.error} role="alert">{r.periodInvalid}</p>;
  else if (query.isPending) body = <LoadingState label={r.loading} />;
  else if (!report) body = <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  else if (report.rows.length === 0) body = <EmptyState>{r.empty}</EmptyState>;
  else {
    const rows = report.groupBy === 'DAY' ? [...report.rows].sort((a, b) => a.key.localeCompare(b.key)) : report.rows;
    body = (
      <>
        <div className={styles.tableHead}>
          <span aria-live="polite" className={styles.muted}>{query.isFetching ? strings.queue.refreshing : ''}</span>
          <Button onClick={() => downloadCsv(reportCsv(rows, report.total, report.groupBy), r.csvName(from, to, report.groupBy))}>{r.exportCsv}</Button>
        </div>
        <div className={styles.tableWrap}>
          <table className={styles.table} aria-busy={query.isFetching}>
            <caption className={styles.caption}>{r.tableCaption(r.grouping[report.groupBy] ?? report.groupBy, readable(from), readable(to))}</caption>
            <thead>
              <tr>{COLUMNS.map((column) => <th key={column.key} scope="col" className={column.key === 'group' ? undefined : styles.number}>{column.label()}</th>)}</tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  {COLUMNS.map((column) => column.key === 'group'
                    ? <th key={column.key} scope="row">{cell(row, column.key, report.groupBy, false)}</th>
                    : <td key={column.key} className={styles.number}>{cell(row, column.key, report.groupBy, false)}</td>)}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                {COLUMNS.map((column) => column.key === 'group'
                  ? <th key={column.key} scope="row">{r.total}</th>
                  : <td key={column.key} className={styles.number}>{cell(report.total, column.key, report.groupBy, true)}</td>)}
              </tr>
            </tfoot>
          </table>
        </div>
        <h2 className={styles.subheading}>{r.charts}</h2>
        <ReportCharts rows={rows} groupBy={report.groupBy} />
      </>
    );
  }

  return (
    <section className={styles.screen} aria-labelledby={headingId}>
      <h1 id={headingId} className={styles.heading}>{r.title}</h1>
      <p className={styles.muted}>{r.intro}</p>
      <div className={styles.controls}>
        <fieldset className={styles.fieldset}>
          <legend className={styles.legend}>{r.period}</legend>
          <div className={styles.row}>
            <label className={styles.inline} htmlFor={`${ids}-from`}>{r.from}</label>
            <input id={`${ids}-from`} type="date" className={styles.input} value={from} max={to}
              onChange={(event) => { if (event.target.value) setPeriod({ from: event.target.value, to }); }} />
            <label className={styles.inline} htmlFor={`${ids}-to`}>{r.to}</label>
            <input id={`${ids}-to`} type="date" className={styles.input} value={to} min={from}
              onChange={(event) => { if (event.target.value) setPeriod({ from, to: event.target.value }); }} />
          </div>
          <div className={styles.row} role="group" aria-label={r.presets}>
            {PRESETS.map((preset) => (
              <Button key={preset} aria-pressed={currentPreset === preset} className={currentPreset === preset ? styles.pressed : undefined}
                onClick={() => setPeriod(presetRange(preset))}>
                {presetLabel[preset]}
              </Button>
            ))}
          </div>
        </fieldset>
        <div className={styles.groupBy}>
          <label htmlFor={`${ids}-group`} className={styles.legend}>{r.groupBy}</label>
          <select id={`${ids}-group`} className={styles.input} value={groupBy} onChange={(event) => setParams({ reportBy: event.target.value }, 'replace')}>
            {GROUPINGS.map((grouping) => <option key={grouping} value={grouping}>{r.grouping[grouping]}</option>)}
          </select>
        </div>
      </div>
      {period && query.isError && report && <ErrorState error={query.error} onRetry={() => query.refetch()} />}
      {body}
    </section>
  );
}

export default Reports;
