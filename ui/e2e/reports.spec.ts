import { readFile } from 'node:fs/promises';
import { api, expect, expectAccessible, raiseTicket, screenshot, signIn, test, uniqueTag } from './fixtures';

// The reports page (console → Reports): the period's figures per group from `ticketReport`, its charts and the CSV
// export, for staff. Other walkthroughs raise tickets in the same tenant, so figures are checked against the API.

interface Row { key: string; label: string | null; raised: number; resolved: number; open: number }

test('reports: an agent reads the last 7 days by priority, with charts and a CSV export that matches the table', async ({ page }) => {
  const tag = uniqueTag();
  const ticket = await raiseTicket('member', `Report me ${tag}`);
  await api('agent', 'mutation($id: ID!) { replyToTicket(input: {ticketId: $id, body: "<p>On it</p>"}) { ticket { id } } }', { id: ticket.id });

  await signIn(page, 'agent', '?screen=reports');
  await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();
  await page.getByRole('button', { name: 'Last 7 days' }).click();
  await page.getByLabel('Group by').selectOption({ label: 'Priority' });
  await expect(page).toHaveURL(/reportBy=PRIORITY/);

  const table = page.getByRole('table', { name: /Tickets raised .* by priority/ });
  await expect(table).toBeVisible();
  const fromUrl = new URL(page.url()).searchParams;
  const from = new Date(`${fromUrl.get('reportFrom')}T00:00:00`);
  const to = new Date(`${fromUrl.get('reportTo')}T00:00:00`);
  to.setDate(to.getDate() + 1);
  const report = await api<{ ticketReport: { rows: Row[]; total: Row } }>('agent',
    'query($from: DateTime!, $to: DateTime!, $tz: String) { ticketReport(from: $from, to: $to, groupBy: PRIORITY, timeZone: $tz) {'
      + ' rows { key label raised resolved open } total { key label raised resolved open } } }',
    { from: from.toISOString(), to: to.toISOString(), tz: Intl.DateTimeFormat().resolvedOptions().timeZone });
  expect(report.ticketReport.total.raised).toBeGreaterThanOrEqual(1);
  const totalRow = table.getByRole('row').filter({ hasText: 'Total' });
  await expect(totalRow).toContainText(String(report.ticketReport.total.raised));
  for (const row of report.ticketReport.rows) {
    await expect(table.getByRole('row').filter({ hasText: row.label ?? row.key }).first()).toContainText(String(row.raised));
  }
  await expect(page.getByRole('img', { name: /Bar chart of tickets raised and resolved/ })).toBeVisible();
  await expectAccessible(page, 'reports by priority');
  await screenshot(page, 'reports-by-priority');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const csv = await readFile(await (await download).path(), 'utf8');
  const lines = csv.trim().split(/\r?\n/);
  expect(lines[0]).toContain('Raised');
  expect(lines.some((line) => line.startsWith('Total') && line.includes(`,${report.ticketReport.total.raised},`))).toBe(true);
  expect(lines).toHaveLength(report.ticketReport.rows.length + 2);

  // By day, as a line over the period.
  await page.getByLabel('Group by').selectOption({ label: 'Day' });
  await expect(page.getByRole('img', { name: /Line chart over/ })).toBeVisible();
  await expectAccessible(page, 'reports by day');
  await screenshot(page, 'reports-by-day');
});

test('reports: members never reach the reports', async () => {
  const denied = await api<unknown>('member', '{ ticketReport(from: "2026-01-01T00:00:00Z", to: "2026-01-02T00:00:00Z", groupBy: DAY) { total { raised } } }')
    .then(() => 'answered', (error: Error) => error.message);
  expect(denied).toContain('FORBIDDEN');
});
