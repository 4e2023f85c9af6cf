import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { meAs, renderWithApi, type FakeApi } from '../../../test/renderWithApi';
import { Settings, settingsSections } from '../../admin/Settings';
import { AutoCloseSettings } from './AutoCloseSettings';
import { validDay } from './calendar';
import { CalendarsSettings } from './CalendarsSettings';
import { toMinutes } from './policy';
import { SlaPoliciesSettings } from './SlaPoliciesSettings';

afterEach(() => vi.unstubAllGlobals());

const officeHours = {
  id: 'cal-office', name: 'Office hours', timeZone: 'Australia/Sydney', version: 2,
  weeklyHours: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'].map((day) => ({ day, shifts: [{ from: '09:00', to: '17:00' }] })),
  holidays: [{ date: '2026-12-25', name: 'Christmas Day' }],
};

const escalation = (change: Record<string, unknown> = {}) => ({
  notifyAssignee: true, notifyAdmins: false, raisePriority: false, reassignToAgent: null, reassignToTeam: null, ...change,
});

const membersPolicy = {
  id: 'pol-members', name: 'Members', requesterType: 'MEMBER', calendar: { id: 'cal-office', name: 'Office hours', timeZone: 'Australia/Sydney' },
  targets: [
    { priority: 'HIGH', firstResponseMinutes: 240, resolutionMinutes: 1440 },
    { priority: 'MEDIUM', firstResponseMinutes: 1440, resolutionMinutes: 4320 },
    { priority: 'LOW', firstResponseMinutes: 1440, resolutionMinutes: 7200 },
  ],
  warningPercent: 75, onWarning: escalation(), onBreach: escalation({ notifyAdmins: true, reassignToTeam: { id: 'team-escalations', name: 'Escalations' } }),
  version: 4,
};

const policiesAnswer = (policies: unknown[] = [membersPolicy]) => ({
  data: {
    slaPolicies: policies,
    businessCalendars: [{ id: 'cal-office', name: 'Office hours', timeZone: 'Australia/Sydney' }],
    supportAgents: [{ id: 'u-alex', name: 'Alex Agent', active: true }, { id: 'u-old', name: 'Olga Old', active: false }],
    supportTeams: [{ id: 'team-escalations', name: 'Escalations' }],
  },
});

const error = (code: string, message: string, field?: string) => ({ errors: [{ message, extensions: field ? { code, field } : { code } }], status: 200 });

describe('who sees the SLA settings', () => {
  it('lists the SLA sections for admins only', () => {
    const admin = settingsSections(true).map((section) => section.key);
    expect(admin).toEqual(expect.arrayContaining(['sla-policies', 'calendars', 'auto-close']));
    const agent = settingsSections(false).map((section) => section.key);
    expect(agent).not.toContain('sla-policies');
    expect(agent).not.toContain('calendars');
    expect(agent).not.toContain('auto-close');
  });

  it('shows an agent who opens one by its address that it is for administrators, and asks nothing', async () => {
    const { calls } = renderWithApi(<Settings section="sla-policies" />, { Me: meAs(['CLIENT_USER']) });
    expect(await screen.findByText('Only your association’s administrators can change these settings.')).toBeInTheDocument();
    expect(calls.map((call) => call.operationName)).toEqual(['Me']);
  });
});

describe('hours and minutes', () => {
  it('turns hours and minutes into minutes and refuses what is no time', () => {
    expect(toMinutes({ hours: '4', minutes: '' })).toBe(240);
    expect(toMinutes({ hours: '1', minutes: '30' })).toBe(90);
    expect(toMinutes({ hours: '', minutes: '45' })).toBe(45);
    expect(toMinutes({ hours: '8760', minutes: '0' })).toBe(525_600);
    for (const [hours, minutes] of [['0', '0'], ['', ''], ['1', '60'], ['-1', '0'], ['1.5', '0'], ['8760', '1']]) {
      expect(toMinutes({ hours: hours!, minutes: minutes! })).toBeNull();
    }
  });

  it('checks a day of shifts: HH:mm, 24:00 as the end, ordered and not overlapping', () => {
    const day = (shifts: [string, string][]) => ({ day: 'MONDAY' as const, open: true, shifts: shifts.map(([from, to]) => ({ from, to })) });
    expect(validDay(day([['09:00', '12:00'], ['13:00', '17:00']]))).toBe(true);
    expect(validDay(day([['13:00', '17:00'], ['09:00', '12:00']]))).toBe(true);
    expect(validDay(day([['18:00', '24:00']]))).toBe(true);
    expect(validDay(day([['17:00', '09:00']]))).toBe(false);
    expect(validDay(day([['09:00', '13:00'], ['12:00', '17:00']]))).toBe(false);
    expect(validDay(day([['9', '17:00']]))).toBe(false);
    expect(validDay(day([['24:00', '24:00']]))).toBe(false);
    expect(validDay({ day: 'MONDAY', open: false, shifts: [] })).toBe(true);
  });
});

describe('SLA policies', () => {
  function render(answers: FakeApi = {}, policies?: unknown[]) {
    return renderWithApi(<SlaPoliciesSettings />, { AdminSlaPolicies: policiesAnswer(policies), ...answers });
  }

  it('lists the policy of each requester type and offers to create the missing one', async () => {
    render();
    const list = await screen.findByRole('list', { name: 'SLA policies' });
    expect(within(list).getByRole('heading', { name: /Members · For members/ })).toBeInTheDocument();
    const targets = within(list).getByRole('table', { name: 'Targets of Members' });
    expect(within(targets).getByRole('row', { name: 'High 4 h 24 h' })).toBeInTheDocument();
    expect(within(targets).getByRole('row', { name: 'Low 24 h 5 d' })).toBeInTheDocument();
    expect(list).toHaveTextContent('In Office hours (Australia/Sydney)');
    expect(list).toHaveTextContent('Warns at 75 % of a target');
    expect(list).toHaveTextContent('When a target is breachedNotify the assignee, notify the administrators, reassign to a team: Escalations');
    expect(within(list).getByText('Sponsors have no SLA policy: their new tickets get no clocks.')).toBeInTheDocument();
    expect(within(list).getByRole('button', { name: 'Create a policy for sponsors' })).toBeInTheDocument();
  });

  it('edits targets in hours and minutes and sends minutes with the version read', async () => {
    const { calls } = render({ AdminSlaUpsertPolicy: { data: { upsertSlaPolicy: { ...membersPolicy, version: 5 } } } });
    await userEvent.click(await screen.findByRole('button', { name: 'Edit policy Members' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit policy “Members”' });
    const hours = within(dialog).getByRole('textbox', { name: 'First response for high priority, hours' });
    expect(hours).toHaveValue('4');
    await userEvent.clear(hours);
    await userEvent.type(hours, '2');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'First response for high priority, minutes' }), '{Backspace}30');
    await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: 'Measured in' }), 'Calendar hours (round the clock)');
    const warning = within(dialog).getByRole('group', { name: 'When a clock reaches the warning share' });
    await userEvent.click(within(warning).getByRole('checkbox', { name: 'Raise the priority one step' }));
    await userEvent.click(within(warning).getByRole('radio', { name: 'To an agent' }));
    await userEvent.selectOptions(within(warning).getByRole('combobox', { name: 'Agent' }), 'Alex Agent');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save policy' }));
    await waitFor(() => expect(calls.find((call) => call.operationName === 'AdminSlaUpsertPolicy')).toBeTruthy());
    expect(calls.find((call) => call.operationName === 'AdminSlaUpsertPolicy')?.variables).toEqual({
      input: {
        id: 'pol-members', version: 4, name: 'Members', requesterType: 'MEMBER', calendarId: null, warningPercent: 75,
        targets: [
          { priority: 'HIGH', firstResponseMinutes: 150, resolutionMinutes: 1440 },
          { priority: 'MEDIUM', firstResponseMinutes: 1440, resolutionMinutes: 4320 },
          { priority: 'LOW', firstResponseMinutes: 1440, resolutionMinutes: 7200 },
        ],
        onWarning: { notifyAssignee: true, notifyAdmins: false, raisePriority: true, reassignToAgentId: 'u-alex', reassignToTeamId: null },
        onBreach: { notifyAssignee: true, notifyAdmins: true, raisePriority: false, reassignToAgentId: null, reassignToTeamId: 'team-escalations' },
      },
    });
    expect(await screen.findByText(/Policy “Members” saved\./)).toBeInTheDocument();
  });

  it('refuses a target that is no time here, and shows the API’s refusal at the targets', async () => {
    const { calls } = render({ AdminSlaUpsertPolicy: error('VALIDATION_FAILED', 'The resolution target must be at least the first-response target (LOW).', 'input.targets') });
    await userEvent.click(await screen.findByRole('button', { name: 'Edit policy Members' }));
    const dialog = await screen.findByRole('dialog');
    const minutes = within(dialog).getByRole('textbox', { name: 'Resolution for medium priority, minutes' });
    await userEvent.clear(minutes);
    await userEvent.type(minutes, '75');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save policy' }));
    expect(await within(dialog).findByText('Enter whole hours and minutes (0 to 59) for medium priority, more than 0 in all.')).toBeInTheDocument();
    expect(minutes).toHaveAttribute('aria-invalid', 'true');
    // Only the wrong priority's inputs are marked.
    expect(within(dialog).getByRole('textbox', { name: 'First response for medium priority, hours' })).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByRole('textbox', { name: 'Resolution for high priority, hours' })).not.toHaveAttribute('aria-invalid');
    expect(calls.some((call) => call.operationName === 'AdminSlaUpsertPolicy')).toBe(false);

    await userEvent.clear(minutes);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save policy' }));
    expect(await within(dialog).findByText('The resolution target must be at least the first-response target (LOW).')).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: 'First response for low priority, hours' })).toHaveAccessibleDescription(
      'The resolution target must be at least the first-response target (LOW).');
  });

  it('refuses a resolution shorter than the first response at that priority’s inputs, and sends nothing', async () => {
    const { calls } = render();
    await userEvent.click(await screen.findByRole('button', { name: 'Edit policy Members' }));
    const dialog = await screen.findByRole('dialog');
    const resolution = within(dialog).getByRole('textbox', { name: 'Resolution for high priority, hours' });
    await userEvent.clear(resolution);
    await userEvent.type(resolution, '1');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save policy' }));
    const message = 'The resolution target for high priority must be at least its first-response target.';
    expect(await within(dialog).findByText(message)).toBeInTheDocument();
    expect(resolution).toHaveAttribute('aria-invalid', 'true');
    expect(resolution).toHaveAccessibleDescription(message);
    for (const name of ['Resolution for medium priority, hours', 'First response for low priority, minutes']) {
      const other = within(dialog).getByRole('textbox', { name });
      expect(other).not.toHaveAttribute('aria-invalid');
      expect(other).not.toHaveAccessibleDescription(message);
    }
    expect(calls.some((call) => call.operationName === 'AdminSlaUpsertPolicy')).toBe(false);
    // Corrected, the marks go.
    await userEvent.type(resolution, '0');
    expect(within(dialog).queryByText(message)).toBeNull();
    expect(resolution).not.toHaveAttribute('aria-invalid');
  });

  it('on a stale version reloads, keeps what was entered and saves again with the new version', async () => {
    let reads = 0;
    let saves = 0;
    const { calls } = render({
      AdminSlaPolicies: () => (reads++ === 0 ? policiesAnswer() : policiesAnswer([{ ...membersPolicy, name: 'Members (new)', version: 7 }])),
      AdminSlaUpsertPolicy: () => (saves++ === 0
        ? error('CONFLICT', 'The policy was changed meanwhile.')
        : { data: { upsertSlaPolicy: { ...membersPolicy, name: 'Everyone', version: 8 } } }),
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Edit policy Members' }));
    const dialog = await screen.findByRole('dialog');
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    await userEvent.clear(name);
    await userEvent.type(name, 'Everyone');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save policy' }));
    expect(await within(dialog).findByText(/Someone changed this policy meanwhile\./)).toBeInTheDocument();
    expect(name).toHaveValue('Everyone');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save policy' }));
    await waitFor(() => expect(calls.filter((call) => call.operationName === 'AdminSlaUpsertPolicy')).toHaveLength(2));
    expect(calls.filter((call) => call.operationName === 'AdminSlaUpsertPolicy')[1]?.variables).toMatchObject({ input: { id: 'pol-members', version: 7, name: 'Everyone' } });
  });

  it('creates the policy of a requester type without one', async () => {
    const { calls } = render({
      AdminSlaUpsertPolicy: { data: { upsertSlaPolicy: { ...membersPolicy, id: 'pol-sponsors', name: 'Sponsors', requesterType: 'SPONSOR', version: 1 } } },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Create a policy for sponsors' }));
    const dialog = await screen.findByRole('dialog', { name: 'New SLA policy for sponsors' });
    expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveValue('Sponsors');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create policy' }));
    await waitFor(() => expect(calls.find((call) => call.operationName === 'AdminSlaUpsertPolicy')).toBeTruthy());
    const input = (calls.find((call) => call.operationName === 'AdminSlaUpsertPolicy')?.variables as { input: Record<string, unknown> }).input;
    expect(input).not.toHaveProperty('id');
    expect(input).toMatchObject({ requesterType: 'SPONSOR', calendarId: 'cal-office', warningPercent: 75 });
  });

  it('deletes after a confirmation that says new tickets of that type get no clocks', async () => {
    const { calls } = render({ AdminSlaDeletePolicy: { data: { deleteSlaPolicy: 'pol-members' } } });
    await userEvent.click(await screen.findByRole('button', { name: 'Delete policy Members' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete policy “Members”?' });
    expect(dialog).toHaveTextContent('New tickets from members will get no SLA clocks');
    expect(dialog).toHaveTextContent('Tickets already open keep their clocks.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete policy' }));
    await waitFor(() => expect(calls.find((call) => call.operationName === 'AdminSlaDeletePolicy')?.variables).toEqual({ id: 'pol-members' }));
    expect(await screen.findByText('Policy “Members” deleted.')).toBeInTheDocument();
  });
});

describe('business calendars', () => {
  function render(answers: FakeApi = {}) {
    return renderWithApi(<CalendarsSettings />, { AdminSlaCalendars: { data: { businessCalendars: [officeHours] } }, ...answers });
  }

  it('lists each calendar with its open hours and holidays', async () => {
    render();
    const list = await screen.findByRole('list', { name: 'Business calendars' });
    expect(within(list).getByRole('heading', { name: 'Office hours · Australia/Sydney' })).toBeInTheDocument();
    expect(list).toHaveTextContent('Monday09:00–17:00');
    expect(list).toHaveTextContent('Sundayclosed');
    expect(list).toHaveTextContent('1 holiday: Christmas Day (2026-12-25)');
  });

  it('edits split shifts, 24:00 and holidays from the keyboard and sends them', async () => {
    const { calls } = render({ AdminSlaUpsertCalendar: { data: { upsertBusinessCalendar: { ...officeHours, version: 3 } } } });
    await userEvent.click(await screen.findByRole('button', { name: 'Edit calendar Office hours' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit calendar “Office hours”' });
    // Monday: a lunch break (a second shift).
    await userEvent.clear(within(dialog).getByRole('textbox', { name: 'Monday, shift 1, closes' }));
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Monday, shift 1, closes' }), '12:00');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add a shift on Monday' }));
    const from2 = within(dialog).getByRole('textbox', { name: 'Monday, shift 2, opens' });
    expect(from2).toHaveFocus();
    await userEvent.clear(from2);
    await userEvent.type(from2, '13:00');
    await userEvent.tab();
    await userEvent.keyboard('17:00');
    // Saturday: open until midnight.
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Saturday open' }));
    await userEvent.clear(within(dialog).getByRole('textbox', { name: 'Saturday, shift 1, closes' }));
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Saturday, shift 1, closes' }), '24:00');
    // Friday: no lunch break after all (added, then removed).
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add a shift on Friday' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove shift 2 on Friday' }));
    expect(within(dialog).getByRole('button', { name: 'Add a shift on Friday' })).toHaveFocus();
    // A holiday more.
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add holiday' }));
    expect(within(dialog).getByLabelText('Holiday 2 date')).toHaveFocus();
    await userEvent.type(within(dialog).getByLabelText('Holiday 2 date'), '2026-12-26');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Holiday 2 name' }), 'Boxing Day');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save calendar' }));

    await waitFor(() => expect(calls.find((call) => call.operationName === 'AdminSlaUpsertCalendar')).toBeTruthy());
    const input = (calls.find((call) => call.operationName === 'AdminSlaUpsertCalendar')?.variables as { input: Record<string, unknown> }).input;
    expect(input).toMatchObject({ id: 'cal-office', version: 2, name: 'Office hours', timeZone: 'Australia/Sydney' });
    expect(input.weeklyHours).toEqual([
      { day: 'MONDAY', shifts: [{ from: '09:00', to: '12:00' }, { from: '13:00', to: '17:00' }] },
      { day: 'TUESDAY', shifts: [{ from: '09:00', to: '17:00' }] },
      { day: 'WEDNESDAY', shifts: [{ from: '09:00', to: '17:00' }] },
      { day: 'THURSDAY', shifts: [{ from: '09:00', to: '17:00' }] },
      { day: 'FRIDAY', shifts: [{ from: '09:00', to: '17:00' }] },
      { day: 'SATURDAY', shifts: [{ from: '09:00', to: '24:00' }] },
    ]);
    expect(input.holidays).toEqual([{ date: '2026-12-25', name: 'Christmas Day' }, { date: '2026-12-26', name: 'Boxing Day' }]);
    expect(await screen.findByText(/Calendar “Office hours” saved\./)).toBeInTheDocument();
  });

  it('refuses reversed shifts and an unknown time zone here, and shows the API’s refusals at their fields', async () => {
    const { calls } = render({ AdminSlaUpsertCalendar: error('VALIDATION_FAILED', 'A calendar named “Office hours” already exists.', 'input.name') });
    await userEvent.click(await screen.findByRole('button', { name: 'New calendar' }));
    const dialog = await screen.findByRole('dialog', { name: 'New business calendar' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Office hours');
    const zone = within(dialog).getByRole('combobox', { name: 'Time zone' });
    await userEvent.clear(zone);
    await userEvent.type(zone, 'Mars/Olympus');
    const closes = within(dialog).getByRole('textbox', { name: 'Tuesday, shift 1, closes' });
    await userEvent.clear(closes);
    await userEvent.type(closes, '08:00');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create calendar' }));
    expect(await within(dialog).findByText('Choose a time zone from the list.')).toBeInTheDocument();
    expect(zone).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByText(/Tuesday: each shift needs times as HH:mm/)).toBeInTheDocument();
    expect(closes).toHaveAttribute('aria-invalid', 'true');
    expect(calls.some((call) => call.operationName === 'AdminSlaUpsertCalendar')).toBe(false);

    await userEvent.clear(zone);
    await userEvent.type(zone, 'Europe/London');
    await userEvent.clear(closes);
    await userEvent.type(closes, '17:00');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create calendar' }));
    expect(await within(dialog).findByText('A calendar named “Office hours” already exists.')).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveAttribute('aria-invalid', 'true');
    const input = (calls.find((call) => call.operationName === 'AdminSlaUpsertCalendar')?.variables as { input: Record<string, unknown> }).input;
    expect(input).not.toHaveProperty('id');
    expect(input).toMatchObject({ name: 'Office hours', timeZone: 'Europe/London', holidays: [] });
    expect((input.weeklyHours as unknown[]).length).toBe(5);
  });

  it('shows a weekly-hours refusal of the API at the hours', async () => {
    render({ AdminSlaUpsertCalendar: error('VALIDATION_FAILED', 'Monday has overlapping shifts.', 'input.weeklyHours') });
    await userEvent.click(await screen.findByRole('button', { name: 'Edit calendar Office hours' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save calendar' }));
    expect(await within(dialog).findByText('Monday has overlapping shifts.')).toBeInTheDocument();
    expect(within(dialog).getByRole('group', { name: 'Open hours' })).toHaveAccessibleDescription('Monday has overlapping shifts.');
  });
});

describe('auto-close', () => {
  const loaded = { slaSettings: { autoCloseAfterDays: 7, updatedAt: '2026-11-29T10:00:00.123Z' } };

  it('saves the period with the updatedAt it read', async () => {
    const { calls } = renderWithApi(<AutoCloseSettings />, {
      AdminSlaSettings: { data: loaded },
      AdminSlaUpdateSettings: { data: { updateSlaSettings: { autoCloseAfterDays: 14, updatedAt: '2026-11-29T10:05:00.000Z' } } },
    });
    const days = await screen.findByRole('textbox', { name: /Close resolved tickets after/ });
    expect(days).toHaveValue('7');
    expect(screen.getByText(/Now: resolved tickets close after 7 days without a reply\./)).toBeInTheDocument();
    await userEvent.clear(days);
    await userEvent.type(days, '14');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved. Resolved tickets close after 14 days without a reply.')).toBeInTheDocument();
    expect(calls.find((call) => call.operationName === 'AdminSlaUpdateSettings')?.variables).toEqual({
      input: { autoCloseAfterDays: 14, updatedAt: '2026-11-29T10:00:00.123Z' },
    });
  });

  it('refuses a period outside 1 to 90 days at the field, and on a conflict says what it is now', async () => {
    let reads = 0;
    const { calls } = renderWithApi(<AutoCloseSettings />, {
      AdminSlaSettings: () => ({ data: reads++ === 0 ? loaded : { slaSettings: { autoCloseAfterDays: 10, updatedAt: '2026-11-29T10:07:00.000Z' } } }),
      AdminSlaUpdateSettings: error('CONFLICT', 'Changed meanwhile.'),
    });
    const days = await screen.findByRole('textbox', { name: /Close resolved tickets after/ });
    await userEvent.clear(days);
    await userEvent.type(days, '91');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(days).toHaveAccessibleDescription(/Enter a whole number of days from 1 to 90\./);
    expect(calls.some((call) => call.operationName === 'AdminSlaUpdateSettings')).toBe(false);
    await userEvent.clear(days);
    await userEvent.type(days, '30');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/Someone changed the period meanwhile: it is now 10 days\./)).toBeInTheDocument();
    expect(days).toHaveValue('30');
  });
});
