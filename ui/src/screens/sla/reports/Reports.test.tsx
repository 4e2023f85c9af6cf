import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithApi, type FakeApi } from '../../../test/renderWithApi';
import { reportCsv } from './csv';
import { periodVariables, presetRange } from './period';
import { Reports } from './Reports';

const row = (key: string, label: string, change: Record<string, unknown> = {}) => ({
  key, label, raised: 10, resolved: 8, open: 2, firstResponseMedianMinutes: 95, firstResponseP90Minutes: 240,
  resolutionMedianMinutes: 1380, resolutionP90Minutes: 2900, slaMetShare: 0.875, ...change,
});

const byCategory = {
  from: '2026-10-20T00:00:00Z', to: '2026-11-19T00:00:00Z', groupBy: 'CATEGORY',
  rows: [
    row('cat-billing', 'Billing, payments & "refunds"', { raised: 42, resolved: 40, open: 2, slaMetShare: 0.9286 }),
    row('cat-events', 'Events', { raised: 7, resolved: 3, open: 4, firstResponseMedianMinutes: null, firstResponseP90Minutes: null, resolutionMedianMinutes: null, resolutionP90Minutes: null, slaMetShare: null }),
  ],
  total: row('total', 'Total', { raised: 49, resolved: 43, open: 6, firstResponseMedianMinutes: 90, firstResponseP90Minutes: 250, resolutionMedianMinutes: 1400, resolutionP90Minutes: 3000, slaMetShare: 0.8 }),
};

function api(report: unknown = byCategory): FakeApi {
  return { ReportsTicketReport: (variables) => ({ data: { ticketReport: { ...(report as object), groupBy: variables.groupBy } } }) };
}

function at(search: string) {
  window.history.replaceState(null, '', `/app/${search}`);
}

class NoResize {
  observe() {}
  unobserve() {}
  disconnect() {}
}

beforeEach(() => {
  at('?screen=reports');
  vi.stubGlobal('ResizeObserver', NoResize);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});


/** The viewer's time zone, which DAY groups by (the test environment's). */
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

describe('the reports page', () => {
  it('shows the rows and the total of the report, each chart with a summary in words', async () => {
    renderWithApi(<Reports />, api());
    const table = await screen.findByRole('table', { name: /^Tickets raised .* by category$/ });
    const rows = within(table).getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual([
      'GroupRaisedResolvedOpenFirst response median (min)First response p90 (min)Resolution median (min)Resolution p90 (min)SLA met (%)',
      'Billing, payments & "refunds"424021 h 35 min4 h23 h2 d92.9 %',
      'Events734—————',
      'Total494361 h 30 min4 h 10 min23 h 20 min2 d 2 h80.0 %',
    ]);
    const charts = screen.getAllByRole('img');
    expect(charts).toHaveLength(3);
    expect(charts[0]).toHaveAccessibleName(/^Bar chart of tickets raised and resolved: Billing, payments & "refunds" 42 raised, 40 resolved; Events 7 raised, 3 resolved\.$/);
    expect(charts[1]).toHaveAccessibleName(/Billing, payments & "refunds" first response 1 h 35 min, resolution 23 h; Events first response no figure/);
    expect(charts[2]).toHaveAccessibleName('Bar chart of the share of SLA targets met: Billing, payments & "refunds" 92.9 %; Events no figure.');
  });

  it('sends the period of each preset as instants of local days, the "to" day included (a fixed clock)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 18, 15, 30));
    const { calls } = renderWithApi(<Reports />, api());
    await screen.findByRole('table');
    const sent = () => calls.filter((call) => call.operationName === 'ReportsTicketReport').at(-1)?.variables;
    // By default: the last 30 days, by category.
    expect(sent()).toEqual({ from: new Date(2026, 9, 20).toISOString(), to: new Date(2026, 10, 19).toISOString(), groupBy: 'CATEGORY', timeZone: zone });
    expect(screen.getByRole('button', { name: 'Last 30 days' })).toHaveAttribute('aria-pressed', 'true');

    await userEvent.click(screen.getByRole('button', { name: 'Last 7 days' }));
    await waitFor(() => expect(sent()).toEqual({ from: new Date(2026, 10, 12).toISOString(), to: new Date(2026, 10, 19).toISOString(), groupBy: 'CATEGORY', timeZone: zone }));
    expect(new URLSearchParams(window.location.search).get('reportFrom')).toBe('2026-11-12');
    expect(new URLSearchParams(window.location.search).get('reportTo')).toBe('2026-11-18');
    expect(screen.getByLabelText('From')).toHaveValue('2026-11-12');

    await userEvent.click(screen.getByRole('button', { name: 'This month' }));
    await waitFor(() => expect(sent()).toEqual({ from: new Date(2026, 10, 1).toISOString(), to: new Date(2026, 10, 19).toISOString(), groupBy: 'CATEGORY', timeZone: zone }));
    expect(screen.getByRole('button', { name: 'This month' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Last 7 days' })).toHaveAttribute('aria-pressed', 'false');

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Group by' }), 'Agent');
    await waitFor(() => expect(sent()).toMatchObject({ groupBy: 'AGENT' }));
    expect(new URLSearchParams(window.location.search).get('reportBy')).toBe('AGENT');
  });

  it('reads the period and grouping of a shared link, and a line over the days for DAY', async () => {
    at('?screen=reports&reportFrom=2026-11-01&reportTo=2026-11-03&reportBy=DAY');
    const { calls } = renderWithApi(<Reports />, api({
      ...byCategory,
      rows: [row('2026-11-02', '2026-11-02', { raised: 5, resolved: 1 }), row('2026-11-01', '2026-11-01', { raised: 3, resolved: 2 })],
    }));
    await screen.findByRole('table', { name: /by day$/ });
    expect(calls[0]?.variables).toEqual({ from: new Date(2026, 10, 1).toISOString(), to: new Date(2026, 10, 4).toISOString(), groupBy: 'DAY', timeZone: zone });
    const charts = screen.getAllByRole('img');
    expect(charts[0]).toHaveAccessibleName(/^Line chart over 2 days: 8 raised and 3 resolved in all; most raised on /);
    // Days in date order in the table.
    const bodyRows = within(screen.getByRole('table')).getAllByRole('row').slice(1, 3).map((r) => within(r).getByRole('rowheader').textContent);
    expect(bodyRows).toEqual([new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(2026, 10, 1)),
      new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(2026, 10, 2))]);
  });

  it('asks nothing for a period that ends before it starts, and says why', async () => {
    at('?screen=reports&reportFrom=2026-11-10&reportTo=2026-11-01');
    const { calls } = renderWithApi(<Reports />, api());
    expect(await screen.findByRole('alert')).toHaveTextContent('Choose a “to” date on or after the “from” date, at most 366 days apart.');
    expect(calls).toHaveLength(0);
  });

  it('says so when no ticket was raised in the period', async () => {
    renderWithApi(<Reports />, api({ ...byCategory, rows: [], total: row('total', 'Total', { raised: 0, resolved: 0, open: 0 }) }));
    expect(await screen.findByText('No tickets were raised in this period.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Export CSV' })).toBeNull();
  });

  it('exports the table as a CSV download', async () => {
    const created: Blob[] = [];
    vi.stubGlobal('URL', Object.assign(Object.create(URL), { createObjectURL: (blob: Blob) => { created.push(blob); return 'blob:report'; }, revokeObjectURL: () => {} }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderWithApi(<Reports />, api());
    await userEvent.click(await screen.findByRole('button', { name: 'Export CSV' }));
    expect(click).toHaveBeenCalled();
    expect(created).toHaveLength(1);
    expect(created[0]!.type).toBe('text/csv;charset=utf-8');
    expect(await created[0]!.text()).toContain('Group,Raised,Resolved,Open');
    click.mockRestore();
  });
});

describe('the CSV', () => {
  it('names the columns as on screen, writes minutes as numbers and the share as a percent with one decimal', () => {
    const csv = reportCsv(byCategory.rows, byCategory.total, 'CATEGORY');
    expect(csv.split('\r\n')).toEqual([
      'Group,Raised,Resolved,Open,First response median (min),First response p90 (min),Resolution median (min),Resolution p90 (min),SLA met (%)',
      '"Billing, payments & ""refunds""",42,40,2,95,240,1380,2900,92.9',
      'Events,7,3,4,,,,,',
      'Total,49,43,6,90,250,1400,3000,80.0',
      '',
    ]);
  });

  it('writes priorities, requester types and nobody in words', () => {
    const total = row('total', 'Total');
    expect(reportCsv([row('HIGH', 'HIGH')], total, 'PRIORITY').split('\r\n')[1]).toMatch(/^High,/);
    expect(reportCsv([row('SPONSOR', 'SPONSOR')], total, 'REQUESTER_TYPE').split('\r\n')[1]).toMatch(/^Sponsors,/);
    expect(reportCsv([row('none', 'none')], total, 'AGENT').split('\r\n')[1]).toMatch(/^Unassigned,/);
  });
});

describe('periods', () => {
  it('computes the presets from a local day and refuses periods the API would', () => {
    const now = new Date(2026, 0, 3, 9, 0);
    expect(presetRange('last7', now)).toEqual({ from: '2025-12-28', to: '2026-01-03' });
    expect(presetRange('last30', now)).toEqual({ from: '2025-12-05', to: '2026-01-03' });
    expect(presetRange('thisMonth', now)).toEqual({ from: '2026-01-01', to: '2026-01-03' });
    expect(periodVariables('2026-01-03', '2026-01-03')).toEqual({ from: new Date(2026, 0, 3).toISOString(), to: new Date(2026, 0, 4).toISOString() });
    expect(periodVariables('2026-01-04', '2026-01-03')).toBeNull();
    expect(periodVariables('2025-01-01', '2026-01-01')).not.toBeNull();
    expect(periodVariables('2025-01-01', '2026-01-02')).toBeNull();
  });
});
