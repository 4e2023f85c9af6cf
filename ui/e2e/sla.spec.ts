import type { Page } from '@playwright/test';
import { api, expect, expectAccessible, figure, raiseTicket, screenshot, signIn, stack, test, uniqueTag, type RaisedTicket } from './fixtures';

// SLA walkthroughs: the queue's SLA column, filter and order, the ticket view's SLA panel and ledger, and the SLA
// settings (policies, business calendars, auto-close). The stack runs on real time, so the clock states must not
// depend on when this runs: the walkthrough measures the SPONSOR policy in calendar hours (no business calendar) with
// long targets, so a ticket just raised is ON_TRACK whatever the hour, moving it to WAITING makes it PAUSED and a public
// reply makes its first response MET. BREACHED needs time to pass and is left to the Java tests (controlled clock).
// Only the SPONSOR policy is changed (the other walkthroughs raise member tickets), and it is put back afterwards.

const PHONE = { width: 390, height: 844 };
const started = Date.now();

interface Actions { notifyAssignee: boolean; notifyAdmins: boolean; raisePriority: boolean; reassignToAgent: { id: string } | null; reassignToTeam: { id: string } | null }
interface Policy {
  id: string; name: string; version: number; requesterType: string; calendar: { id: string } | null; warningPercent: number;
  targets: { priority: string; firstResponseMinutes: number; resolutionMinutes: number }[];
  onWarning: Actions; onBreach: Actions;
}
const ACTIONS = 'notifyAssignee notifyAdmins raisePriority reassignToAgent { id } reassignToTeam { id }';
const POLICY = `id name version requesterType calendar { id } warningPercent targets { priority firstResponseMinutes resolutionMinutes } onWarning { ${ACTIONS} } onBreach { ${ACTIONS} }`;
const UPSERT = `mutation SlaWalkPolicy($input: SlaPolicyInput!) { upsertSlaPolicy(input: $input) { ${POLICY} } }`;

async function sponsorPolicy(): Promise<Policy> {
  const { slaPolicies } = await api<{ slaPolicies: Policy[] }>('admin', `{ slaPolicies { ${POLICY} } }`);
  return slaPolicies.find((policy) => policy.requesterType === 'SPONSOR')!;
}

const actionsInput = (actions: Actions) => ({
  notifyAssignee: actions.notifyAssignee, notifyAdmins: actions.notifyAdmins, raisePriority: actions.raisePriority,
  reassignToAgentId: actions.reassignToAgent?.id ?? null, reassignToTeamId: actions.reassignToTeam?.id ?? null,
});

/** Writes the SPONSOR policy (as `policy` says, over the current version). */
async function writeSponsorPolicy(policy: Omit<Policy, 'id' | 'version' | 'requesterType'>) {
  const current = await sponsorPolicy();
  await api('admin', UPSERT, {
    input: {
      id: current.id, version: current.version, name: policy.name, requesterType: 'SPONSOR', calendarId: policy.calendar?.id ?? null,
      targets: policy.targets, warningPercent: policy.warningPercent, onWarning: actionsInput(policy.onWarning), onBreach: actionsInput(policy.onBreach),
    },
  });
}

let original: Policy | null = null;

/** The walkthrough's SPONSOR policy: calendar hours, targets long enough that nothing warns while the walkthrough runs. */
async function walkthroughPolicy() {
  original ??= await sponsorPolicy();
  await writeSponsorPolicy({
    name: 'Sponsors', calendar: null, warningPercent: 75,
    targets: [
      { priority: 'HIGH', firstResponseMinutes: 120, resolutionMinutes: 480 },
      { priority: 'MEDIUM', firstResponseMinutes: 1440, resolutionMinutes: 2880 },
      { priority: 'LOW', firstResponseMinutes: 1440, resolutionMinutes: 4800 },
    ],
    onWarning: original.onWarning, onBreach: original.onBreach,
  });
}

test.afterAll(async () => {
  if (original) await writeSponsorPolicy(original);
  figure('sla walkthroughs', (Date.now() - started) / 1000, 's');
});

const VERSION = `query SlaWalkVersion($id: ID!) { ticket(id: $id) { version } }`;
async function version(id: string): Promise<number> {
  return (await api<{ ticket: { version: number } }>('admin', VERSION, { id })).ticket.version;
}
async function moveTo(ticket: RaisedTicket, status: string) {
  await api('agent', `mutation SlaWalkStatus($input: ChangeTicketStatusInput!) { changeTicketStatus(input: $input) { id } }`,
    { input: { id: ticket.id, version: await version(ticket.id), status } });
}
async function prioritise(ticket: RaisedTicket, priority: string) {
  await api('admin', `mutation SlaWalkPriority($input: ChangeTicketPriorityInput!) { changeTicketPriority(input: $input) { id } }`,
    { input: { id: ticket.id, version: await version(ticket.id), priority } });
}
async function replyPublicly(ticket: RaisedTicket, body: string) {
  await api('agent', `mutation SlaWalkReply($input: MessageInput!) { replyToTicket(input: $input) { ticket { id } } }`,
    { input: { ticketId: ticket.id, body } });
}

const rows = (page: Page) => page.locator('main table tbody tr');
const row = (page: Page, subject: string) => rows(page).filter({ has: page.getByRole('link', { name: subject }) });
/** The SLA cell of a ticket's row (the column headed "SLA"). */
const slaCell = (page: Page, subject: string) => row(page, subject).locator('td').nth(4);

async function settled(page: Page) {
  await expect(page.locator('main table[aria-busy="false"]')).toBeVisible();
}

async function pickFilter(page: Page, dimension: string, options: string[]) {
  await page.getByRole('button', { name: new RegExp(`^${dimension}`), expanded: false }).click();
  for (const option of options) await page.getByRole('checkbox', { name: option, exact: true }).check();
  await page.getByRole('button', { name: 'Done' }).click();
}

async function subjectsShown(page: Page): Promise<string[]> {
  return page.locator('main table tbody tr td:nth-child(2) a').allInnerTexts();
}

test('SLA in the queue: the state in words per ticket, a filter by SLA state kept in the URL, and order by SLA due', async ({ page }) => {
  await walkthroughPolicy();
  const tag = uniqueTag();
  const subjects = {
    // Words no other walkthrough looks for (the tenant is shared, and some find text anywhere on the page).
    onTrack: `Invoice copy ${tag}`, soonest: `Login trouble ${tag}`, paused: `Address change ${tag}`, replied: `Event seats ${tag}`,
  };
  // Sponsor tickets start at HIGH priority (2 h to the first response here); one goes down to MEDIUM (24 h).
  const onTrack = await raiseTicket('sponsor', subjects.onTrack);
  await prioritise(onTrack, 'MEDIUM');
  await raiseTicket('sponsor', subjects.soonest);
  const paused = await raiseTicket('sponsor', subjects.paused);
  await moveTo(paused, 'WAITING');
  const replied = await raiseTicket('sponsor', subjects.replied);
  await replyPublicly(replied, '<p>We are on it.</p>');

  await signIn(page, 'agent', '?requester=SPONSOR');
  await settled(page);
  await expect(page.getByRole('columnheader', { name: 'SLA' })).toBeVisible();
  // The deciding clock's state in words (and which clock: "Reply" until staff replied, then "Resolve").
  await expect(slaCell(page, subjects.onTrack)).toContainText(/Reply\s*First response:\s*On track · due in 2[34]h$/);
  await expect(slaCell(page, subjects.soonest)).toContainText(/Reply\s*First response:\s*On track · due in (2h|1h \d+m)$/);
  await expect(slaCell(page, subjects.paused)).toContainText(/Reply\s*First response:\s*Paused · (2h|1h \d+m) left$/);
  await expect(slaCell(page, subjects.replied)).toContainText(/Resolve\s*Resolution:\s*On track · due in (8h|7h \d+m)$/);
  // The badges fit their column: none is cut short.
  const cut = await page.locator('main table tbody td:nth-child(5) > span').evaluateAll((badges) => badges.filter((badge) => badge.scrollWidth > badge.clientWidth).length);
  expect(cut).toBe(0);
  await expectAccessible(page, 'queue with SLA');
  await screenshot(page, 'sla-queue');

  // Filter by SLA state: only the paused one of ours; the URL carries it and a reload keeps it.
  await pickFilter(page, 'SLA', ['Paused']);
  await settled(page);
  expect(new URL(page.url()).searchParams.getAll('sla')).toEqual(['PAUSED']);
  await expect(page.getByRole('link', { name: subjects.paused })).toBeVisible();
  for (const other of [subjects.onTrack, subjects.soonest, subjects.replied]) await expect(page.getByRole('link', { name: other })).toHaveCount(0);
  for (const cell of await page.locator('main table tbody tr td:nth-child(5)').allInnerTexts()) expect(cell).toContain('Paused');
  await expect(page.getByRole('list', { name: 'Active filters' })).toContainText('Paused');
  await expectAccessible(page, 'queue filtered by SLA state');
  await screenshot(page, 'sla-queue-filter-paused');
  await page.reload();
  await settled(page);
  expect(new URL(page.url()).searchParams.getAll('sla')).toEqual(['PAUSED']);
  await expect(page.getByRole('link', { name: subjects.paused })).toBeVisible();
  await expect(page.getByRole('link', { name: subjects.onTrack })).toHaveCount(0);

  // Order by SLA due: the high-priority ticket (2 h to reply) first, then the answered one (8 h to resolve), then the
  // medium one (24 h to reply); the paused one last (no running clock).
  await page.getByRole('button', { name: 'Remove filter SLA: Paused' }).click();
  await settled(page);
  await page.getByLabel('Sort').selectOption({ label: 'SLA due soonest first' });
  await settled(page);
  const search = new URL(page.url()).searchParams;
  expect([search.get('sort'), search.get('dir')]).toEqual(['SLA_DUE', 'ASC']);
  await expect(page.getByRole('columnheader', { name: 'SLA' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(page.getByRole('link', { name: subjects.soonest })).toBeVisible();
  // Ours in the order shown, page after page (the shared tenant may hold more sponsor tickets than a page).
  const order = await subjectsShown(page);
  const ours = Object.values(subjects);
  for (let pages = 1; pages < 6 && !ours.every((subject) => order.includes(subject)); pages++) {
    const next = page.getByRole('button', { name: 'Next page' });
    if (await next.isDisabled()) break;
    await next.click();
    await settled(page);
    order.push(...await subjectsShown(page));
  }
  const at = (subject: string) => order.indexOf(subject);
  expect(at(subjects.soonest)).toBeGreaterThanOrEqual(0);
  expect(at(subjects.soonest)).toBeLessThan(at(subjects.replied));
  expect(at(subjects.replied)).toBeLessThan(at(subjects.onTrack));
  if (at(subjects.paused) >= 0) expect(at(subjects.paused)).toBeGreaterThan(at(subjects.onTrack));
  await page.getByRole('button', { name: 'Remove filter Requester: Sponsors' }).click();
  await settled(page);
  expect(new URL(page.url()).searchParams.get('sort')).toBe('SLA_DUE');
  await page.evaluate(() => window.scrollTo(0, 0));
  await expectAccessible(page, 'queue ordered by SLA due');
  await screenshot(page, 'sla-queue-order-due');
});

test('SLA on the ticket view: both clocks, the ledger through a pause, first response met by a public reply; the requester sees none of it', async ({ page }) => {
  await walkthroughPolicy();
  const tag = uniqueTag();
  const subject = `Lost receipt ${tag}`;
  const ticket = await raiseTicket('sponsor', subject);

  await signIn(page, 'agent', `?ticket=${ticket.id}`);
  await expect(page.getByRole('heading', { name: `${ticket.reference} ${subject}` })).toBeVisible();
  const panel = page.getByRole('region', { name: 'SLA', exact: true });
  const first = panel.getByRole('region', { name: /^First response/ });
  const resolution = panel.getByRole('region', { name: /^Resolution/ });
  await expect(panel).toContainText('Policy: Sponsors');
  await expect(panel).toContainText('Measured in Calendar hours');
  await expect(first.getByRole('heading')).toContainText('On track');
  await expect(first).toContainText(/Due\s*\S.*\d/);
  await expect(first).toContainText(/Target\s*2 h/);
  await expect(resolution.getByRole('heading')).toContainText('On track');
  await expect(resolution).toContainText(/Target\s*8 h/);
  await expect(first.locator('dd time')).toHaveAttribute('datetime', /T/);

  await panel.getByRole('button', { name: /^Show SLA ledger/ }).click();
  const ledger = panel.getByRole('list', { name: 'SLA ledger, oldest first' });
  await expect(ledger.getByRole('listitem')).toHaveCount(2);
  await expect(ledger.getByRole('listitem').nth(0)).toContainText(/(First response|Resolution) started/);
  await expect(ledger).toContainText('First response started');
  await expect(ledger).toContainText('Resolution started');
  await expectAccessible(page, 'ticket view: SLA panel with ledger');
  await screenshot(page, 'sla-ticket-panel');

  // Waiting on the requester: both clocks pause, the ledger says so.
  const rail = page.getByRole('complementary', { name: 'Ticket properties' });
  await rail.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Waiting on requester' });
  await expect(first.getByRole('heading')).toContainText('Paused');
  await expect(resolution.getByRole('heading')).toContainText('Paused');
  await expect(first).toContainText(/Due\s*Not running/);
  await expect(ledger).toContainText('First response paused');
  await expect(ledger).toContainText('Resolution paused');
  await expect(ledger.getByRole('listitem')).toHaveCount(4);
  // The status says it in full beside the SLA panel (the pane beside the queue is narrow).
  const statusSelect = rail.getByRole('combobox', { name: 'Status' });
  expect(await statusSelect.evaluate((select: HTMLSelectElement) => select.clientWidth)).toBeGreaterThanOrEqual(170);
  await panel.scrollIntoViewIfNeeded();
  await expectAccessible(page, 'ticket view: SLA paused');
  await screenshot(page, 'sla-ticket-paused');

  // A public reply: the first response is met, and its time is measured.
  const reply = page.getByRole('textbox', { name: /^Reply to/ });
  await reply.click();
  await page.keyboard.type(`Here is what we found (${tag}).`);
  await page.getByRole('button', { name: 'Send reply' }).click();
  await expect(page.getByRole('article', { name: `Reply from ${stack.users.agent.name}` })).toContainText(tag);
  await expect(first.getByRole('heading')).toContainText('Met');
  await expect(first).toContainText(/Stopped at/);
  await expect(panel.getByRole('heading', { name: 'Measured times' })).toBeVisible();
  await expect(panel.locator('dl').last()).toContainText(/First response\s*\d+ min business · \d+ min calendar/);
  await expect(ledger).toContainText('First response met');
  await first.scrollIntoViewIfNeeded();
  await expectAccessible(page, 'ticket view: first response met');
  await screenshot(page, 'sla-ticket-met');

  // The requester (a sponsor user) on their own request: no SLA anywhere.
  await page.context().clearCookies();
  await page.setViewportSize(PHONE);
  await signIn(page, 'sponsor', `?request=${ticket.id}`);
  await expect(page.getByRole('heading', { name: new RegExp(subject) })).toBeVisible();
  await expect(page.getByText(tag).last()).toBeVisible();
  const text = await page.locator('body').innerText();
  for (const word of ['SLA', 'First response', 'On track', 'Paused', 'Met', 'ledger', 'Due']) expect(text).not.toContain(word);
  await expectAccessible(page, 'member portal: own request without SLA');
  await screenshot(page, 'sla-portal-no-sla');
});

test('SLA settings as an admin: edit the sponsor policy, a refusal at its field; a calendar with split shifts, 24:00 and a holiday; auto-close', async ({ page }) => {
  await walkthroughPolicy();
  const tag = uniqueTag();
  await signIn(page, 'admin');
  const settings = page.getByRole('navigation', { name: 'Settings' });

  // ---- SLA policies ----
  await settings.getByRole('link', { name: 'SLA policies' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'SLA policies' })).toBeVisible();
  const cards = page.getByRole('list', { name: 'SLA policies' });
  const sponsors = cards.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /^Sponsors/ }) });
  await expect(sponsors).toContainText('Calendar hours (round the clock)');
  await expectAccessible(page, 'settings: SLA policies');
  await screenshot(page, 'sla-settings-policies');

  await page.getByRole('button', { name: 'Edit policy Sponsors' }).click();
  let dialog = page.getByRole('dialog', { name: 'Edit policy “Sponsors”' });
  await dialog.getByLabel('First response for high priority, hours').fill('2');
  await dialog.getByLabel('First response for high priority, minutes').fill('30');
  await dialog.getByLabel('Resolution for high priority, hours').fill('8');
  await dialog.getByLabel('Resolution for high priority, minutes').fill('0');
  await dialog.getByLabel(/^Warn at/).fill('80');
  await dialog.getByRole('group', { name: 'When a target is breached' }).getByRole('checkbox', { name: 'Raise the priority one step' }).check();
  await expectAccessible(page, 'settings: SLA policy dialog');
  await screenshot(page, 'sla-settings-policy-dialog');
  await dialog.getByRole('button', { name: 'Save policy' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Policy “Sponsors” saved.', { exact: false })).toBeVisible();
  const high = sponsors.getByRole('row', { name: /^High/ });
  await expect(high).toContainText(/2 h 30 min\s*8 h/);
  await expect(sponsors).toContainText('Warns at 80 % of a target');
  await expect(sponsors.locator('dd').last()).toHaveText('Notify the assignee, notify the administrators, raise the priority one step');
  const saved = await sponsorPolicy();
  expect(saved.targets.find((target) => target.priority === 'HIGH')).toMatchObject({ firstResponseMinutes: 150, resolutionMinutes: 480 });
  expect(saved.warningPercent).toBe(80);
  expect(saved.onBreach.raisePriority).toBe(true);

  // A resolution shorter than the first response: said at the targets, nothing saved.
  await page.getByRole('button', { name: 'Edit policy Sponsors' }).click();
  dialog = page.getByRole('dialog', { name: 'Edit policy “Sponsors”' });
  await dialog.getByLabel('Resolution for high priority, hours').fill('1');
  await dialog.getByRole('button', { name: 'Save policy' }).click();
  const targetsError = dialog.getByRole('alert').filter({ hasText: 'The resolution target for high priority must be at least its first-response target.' });
  await expect(targetsError).toBeVisible();
  await expect(dialog.getByLabel('Resolution for high priority, hours')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByLabel('Resolution for medium priority, hours')).not.toHaveAttribute('aria-invalid');
  await expect(dialog.getByRole('group', { name: 'Targets per priority' })).toHaveAccessibleDescription(/must be at least its first-response target/);
  await expectAccessible(page, 'settings: SLA policy refused at its field');
  await screenshot(page, 'sla-settings-policy-error');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect((await sponsorPolicy()).version).toBe(saved.version);

  // ---- Business calendars ----
  await settings.getByRole('link', { name: 'Business calendars' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Business calendars' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Business calendars' })).toContainText('Office hours');
  await expectAccessible(page, 'settings: business calendars');
  await screenshot(page, 'sla-settings-calendars');

  await page.getByRole('button', { name: 'New calendar' }).click();
  dialog = page.getByRole('dialog', { name: 'New business calendar' });
  const name = `Late desk ${tag}`;
  await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Office hours');
  await dialog.getByLabel('Time zone').fill('Europe/London');
  // Monday split: 09:00–12:00 and 13:00–17:00 (first typed overlapping: 11:00).
  await dialog.getByRole('button', { name: 'Add a shift on Monday' }).click();
  await expect(dialog.getByLabel('Monday, shift 2, opens')).toBeFocused();
  await dialog.getByLabel('Monday, shift 1, closes').fill('12:00');
  await dialog.getByLabel('Monday, shift 2, opens').fill('11:00');
  await dialog.getByLabel('Monday, shift 2, closes').fill('17:00');
  // Friday evening to the end of the day; Saturday open too.
  await dialog.getByLabel('Friday, shift 1, opens').fill('18:00');
  await dialog.getByLabel('Friday, shift 1, closes').fill('24:00');
  await dialog.getByRole('button', { name: 'Add holiday' }).click();
  await dialog.getByLabel('Holiday 1 date').fill('2026-12-25');
  await dialog.getByLabel('Holiday 1 name').fill('Christmas Day');
  await dialog.getByRole('button', { name: 'Create calendar' }).click();
  const hoursError = dialog.getByRole('alert').filter({ hasText: 'Monday: each shift needs times as HH:mm, closing after it opens, not overlapping another.' });
  await expect(hoursError).toBeVisible();
  await expect(dialog.getByLabel('Monday, shift 2, opens')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByLabel('Monday, shift 2, opens')).toHaveAccessibleDescription(/Monday: each shift/);
  await expectAccessible(page, 'settings: calendar with an overlapping shift');
  await screenshot(page, 'sla-settings-calendar-overlap');

  // Fixed; the name is taken (the API says so at the name).
  await dialog.getByLabel('Monday, shift 2, opens').fill('13:00');
  await dialog.getByRole('button', { name: 'Create calendar' }).click();
  await expect(hoursError).toBeHidden();
  const nameField = dialog.getByRole('textbox', { name: 'Name', exact: true });
  await expect(nameField).toHaveAttribute('aria-invalid', 'true');
  await expect(nameField).toHaveAccessibleDescription(/.+/);
  await nameField.fill(name);
  await dialog.getByRole('button', { name: 'Create calendar' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`Calendar “${name}” created.`)).toBeVisible();
  const card = page.getByRole('list', { name: 'Business calendars' }).getByRole('listitem').filter({ has: page.getByRole('heading', { name: new RegExp(`^${name}`) }) });
  await expect(card).toContainText('Europe/London');
  await expect(card).toContainText(/Monday\s*09:00–12:00, 13:00–17:00/);
  await expect(card).toContainText(/Friday\s*18:00–24:00/);
  await expect(card).toContainText(/Saturday\s*closed/);
  await expect(card).toContainText('1 holiday: Christmas Day (2026-12-25)');
  // Open and closed days line up (one column of hours).
  const lefts = await card.locator('dd').evaluateAll((items) => items.map((item) => Math.round(item.getBoundingClientRect().left)));
  expect(new Set(lefts).size).toBe(1);
  const { businessCalendars } = await api<{ businessCalendars: { name: string; timeZone: string; weeklyHours: { day: string; shifts: { from: string; to: string }[] }[]; holidays: { date: string; name: string }[] }[] }>(
    'admin', '{ businessCalendars { name timeZone weeklyHours { day shifts { from to } } holidays { date name } } }');
  const created = businessCalendars.find((calendar) => calendar.name === name)!;
  expect(created.weeklyHours.find((day) => day.day === 'MONDAY')!.shifts).toEqual([{ from: '09:00', to: '12:00' }, { from: '13:00', to: '17:00' }]);
  expect(created.weeklyHours.find((day) => day.day === 'FRIDAY')!.shifts).toEqual([{ from: '18:00', to: '24:00' }]);
  expect(created.holidays).toEqual([{ date: '2026-12-25', name: 'Christmas Day' }]);
  await screenshot(page, 'sla-settings-calendar-created');

  // ---- Auto-close ----
  await settings.getByRole('link', { name: 'Auto-close' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Auto-close' })).toBeVisible();
  const { slaSettings } = await api<{ slaSettings: { autoCloseAfterDays: number } }>('admin', '{ slaSettings { autoCloseAfterDays } }');
  const days = page.getByLabel(/^Close resolved tickets after/);
  await expect(days).toHaveValue(String(slaSettings.autoCloseAfterDays));
  await days.fill('0');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(days).toHaveAttribute('aria-invalid', 'true');
  await expect(days).toHaveAccessibleDescription(/Enter a whole number of days from 1 to 90/);
  await days.fill('10');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Saved. Resolved tickets close after 10 days without a reply.')).toBeVisible();
  await expect(page.getByText('Now: resolved tickets close after 10 days without a reply.')).toBeVisible();
  await expectAccessible(page, 'settings: auto-close');
  await screenshot(page, 'sla-settings-auto-close');
  expect((await api<{ slaSettings: { autoCloseAfterDays: number } }>('admin', '{ slaSettings { autoCloseAfterDays } }')).slaSettings.autoCloseAfterDays).toBe(10);
  // Back as it was for the rest of the run.
  const { slaSettings: now } = await api<{ slaSettings: { updatedAt: string } }>('admin', '{ slaSettings { updatedAt } }');
  await api('admin', `mutation SlaWalkSettings($input: UpdateSlaSettingsInput!) { updateSlaSettings(input: $input) { autoCloseAfterDays } }`,
    { input: { autoCloseAfterDays: slaSettings.autoCloseAfterDays, updatedAt: now.updatedAt } });
});

test('SLA settings: an agent sees none of the SLA sections', async ({ page }) => {
  await signIn(page, 'agent');
  const settings = page.getByRole('navigation', { name: 'Settings' });
  await expect(settings.getByRole('link', { name: 'My canned responses' })).toBeVisible();
  for (const section of ['SLA policies', 'Business calendars', 'Auto-close']) await expect(page.getByRole('link', { name: section })).toHaveCount(0);
  for (const section of ['sla-policies', 'calendars', 'auto-close']) {
    await page.goto(`/app/?screen=${section}`);
    await expect(page.getByText('Only your association’s administrators can change these settings.')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: /SLA policies|Business calendars|Auto-close/ })).toHaveCount(0);
  }
  await expectAccessible(page, 'settings refused to an agent');
  await screenshot(page, 'sla-settings-agent-refused');
});
