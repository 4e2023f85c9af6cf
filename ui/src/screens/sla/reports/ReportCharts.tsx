import { useId, type ReactElement } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ReportsRowFieldsFragment, TicketReportGrouping } from '../../../gql/graphql';
import { strings } from '../../../strings';
import { groupLabel } from './labels';
import styles from './Reports.module.css';

type Row = ReportsRowFieldsFragment;
const r = strings.sla.reports;
/** Bars stay readable up to this many groups; the table has them all. */
export const MAX_BARS = 12;

const COLOURS = { first: 'var(--_accent)', second: 'var(--_success)', warning: 'var(--_warning)' };
const hours = (minutes: number | null | undefined) => (minutes == null ? null : Math.round((minutes / 60) * 10) / 10);
const percent = (share: number | null | undefined) => (share == null ? null : Math.round(share * 1000) / 10);

/**
 * The report's charts: raised and resolved per group (a line over the days for DAY), median and p90 times, and the
 * share of SLA targets met. Each is an image with a text summary for assistive technology; the table is the data.
 */
export function ReportCharts({ rows, groupBy }: { rows: Row[]; groupBy: TicketReportGrouping }) {
  const labelled = rows.map((row) => ({ ...row, name: groupLabel(row, groupBy) }));
  if (groupBy === 'DAY') {
    const byDay = [...labelled].sort((a, b) => a.key.localeCompare(b.key));
    const peak = byDay.reduce<(typeof byDay)[number] | null>((best, row) => (!best || row.raised > best.raised ? row : best), null);
    const raised = byDay.reduce((sum, row) => sum + row.raised, 0);
    const resolved = byDay.reduce((sum, row) => sum + row.resolved, 0);
    return (
      <div className={styles.charts}>
        <Chart title={r.dayChart} summary={r.chartSummaryDays(byDay.length, raised, resolved, peak && peak.raised > 0 ? peak.name : null)} wide>
          <LineChart data={byDay} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="name" minTickGap={24} />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Legend />
            <Line type="linear" dataKey="raised" name={r.raisedSeries} stroke={COLOURS.first} dot={{ r: 2 }} isAnimationActive={false} />
            <Line type="linear" dataKey="resolved" name={r.resolvedSeries} stroke={COLOURS.second} dot={{ r: 2 }} isAnimationActive={false} />
          </LineChart>
        </Chart>
        <SlaChart rows={byDay} />
      </div>
    );
  }
  const shown = [...labelled].sort((a, b) => b.raised - a.raised).slice(0, MAX_BARS);
  return (
    <div className={styles.charts}>
      {labelled.length > shown.length && <p className={styles.muted}>{r.tooManyForChart(shown.length, labelled.length)}</p>}
      <Chart title={r.volumeChart} summary={r.chartSummaryVolume(shown.map((row) => ({ label: row.name, raised: row.raised, resolved: row.resolved })))}>
        <BarChart data={shown} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="name" interval={0} tick={{ fontSize: 12 }} />
          <YAxis allowDecimals={false} />
          <Tooltip />
          <Legend />
          <Bar dataKey="raised" name={r.raisedSeries} fill={COLOURS.first} isAnimationActive={false} />
          <Bar dataKey="resolved" name={r.resolvedSeries} fill={COLOURS.second} isAnimationActive={false} />
        </BarChart>
      </Chart>
      <Chart title={r.timesChart}
        summary={r.chartSummaryTimes(shown.map((row) => ({
          label: row.name,
          fr: row.firstResponseMedianMinutes == null ? r.noFigure : strings.sla.duration(row.firstResponseMedianMinutes),
          res: row.resolutionMedianMinutes == null ? r.noFigure : strings.sla.duration(row.resolutionMedianMinutes),
        })))}>
        <BarChart data={shown.map((row) => ({
          name: row.name,
          frMedian: hours(row.firstResponseMedianMinutes), frP90: hours(row.firstResponseP90Minutes),
          resMedian: hours(row.resolutionMedianMinutes), resP90: hours(row.resolutionP90Minutes),
        }))} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="name" interval={0} tick={{ fontSize: 12 }} />
          <YAxis label={{ value: r.hoursAxis, angle: -90, position: 'insideLeft' }} />
          <Tooltip />
          <Legend />
          <Bar dataKey="frMedian" name={r.frMedianSeries} fill={COLOURS.first} isAnimationActive={false} />
          <Bar dataKey="frP90" name={r.frP90Series} fill={COLOURS.first} fillOpacity={0.45} isAnimationActive={false} />
          <Bar dataKey="resMedian" name={r.resMedianSeries} fill={COLOURS.warning} isAnimationActive={false} />
          <Bar dataKey="resP90" name={r.resP90Series} fill={COLOURS.warning} fillOpacity={0.45} isAnimationActive={false} />
        </BarChart>
      </Chart>
      <SlaChart rows={shown} />
    </div>
  );
}

function SlaChart({ rows }: { rows: (Row & { name: string })[] }) {
  return (
    <Chart title={r.slaChart}
      summary={r.chartSummarySla(rows.map((row) => ({ label: row.name, share: row.slaMetShare == null ? r.noFigure : r.percent(row.slaMetShare) })))}>
      <BarChart data={rows.map((row) => ({ name: row.name, met: percent(row.slaMetShare) }))} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="name" interval={rows.length > MAX_BARS ? 'preserveStartEnd' : 0} tick={{ fontSize: 12 }} />
        <YAxis domain={[0, 100]} unit=" %" />
        <Tooltip />
        <Bar dataKey="met" name={r.metSeries} unit=" %" fill={COLOURS.second} isAnimationActive={false} />
      </BarChart>
    </Chart>
  );
}

/** One chart under its heading: an image whose accessible name is the summary in words. */
function Chart({ title, summary, children, wide }: { title: string; summary: string; children: ReactElement; wide?: boolean }) {
  const headingId = useId();
  return (
    <section className={[styles.chart, wide ? styles.chartWide : ''].join(' ')} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.chartTitle}>{title}</h3>
      <div role="img" aria-label={summary} className={styles.chartBody}>
        <ResponsiveContainer width="100%" height={260}>{children}</ResponsiveContainer>
      </div>
    </section>
  );
}
