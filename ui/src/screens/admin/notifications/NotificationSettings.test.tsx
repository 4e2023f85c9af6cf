import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { meAs, renderWithApi, type FakeApi } from '../../../test/renderWithApi';
import { Settings, settingsSections } from '../Settings';
import { NotificationSettings } from './NotificationSettings';

// Radix's Switch measures itself inside a form; jsdom has no ResizeObserver.
globalThis.ResizeObserver ??= class { observe() {} unobserve() {} disconnect() {} } as unknown as typeof ResizeObserver;

const SETTINGS = {
  emailEnabled: true,
  fromAddress: null,
  fromName: null,
  replyToAddress: null,
  webhookEnabled: false,
  webhookUrl: null,
  webhookSecret: null,
  updatedAt: '2026-11-29T10:00:00.123Z',
};

function parked(id: string, overrides: Record<string, unknown> = {}) {
  return {
    id,
    channel: 'WEBHOOK',
    ticket: { id: `t-${id}`, reference: `#${id}`, subject: `Renewal ${id}` },
    eventType: 'ticket.status-changed',
    recordedAt: '2026-11-29T09:00:00Z',
    attempts: 8,
    lastError: 'Connection refused',
    lastFailedAt: '2026-11-29T09:30:00Z',
    resendRequested: false,
    ...overrides,
  };
}

function page(settings: Record<string, unknown> = SETTINGS, items = [] as ReturnType<typeof parked>[], more = false) {
  return {
    data: {
      notificationSettings: settings,
      parkedNotifications: { totalCount: items.length, pageInfo: { hasNextPage: more, endCursor: more ? 'c1' : null }, edges: items.map((node) => ({ node })) },
    },
  };
}

const error = (code: string, message: string, field?: string) => ({ errors: [{ message, extensions: field ? { code, field } : { code } }], status: 200 });

function render(answers: FakeApi = {}) {
  return renderWithApi(<NotificationSettings />, { AdminNotifications: page(), ...answers });
}

beforeEach(() => {
  window.history.replaceState(null, '', '/app/?screen=notifications');
});

describe('notification settings', () => {
  it('is an admin section: agents neither see it in the list nor can open it', async () => {
    expect(settingsSections(true).map((section) => section.key)).toContain('notifications');
    expect(settingsSections(false).map((section) => section.key)).not.toContain('notifications');
    const { calls } = renderWithApi(<Settings section="notifications" />, { Me: meAs(['CLIENT_USER']) });
    expect(await screen.findByText(/Only your association’s administrators/)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Notifications' })).not.toBeInTheDocument();
    expect(calls.map((call) => call.operationName)).toEqual(['Me']);
  });

  it('saves the sender with the updatedAt it read, empty fields as null', async () => {
    const saved = { ...SETTINGS, fromAddress: 'help@club.example', fromName: 'Rowing Club', updatedAt: '2026-11-29T10:05:00.000Z' };
    const { calls } = render({ AdminNotificationsUpdate: { data: { updateNotificationSettings: saved } } });
    await userEvent.type(await screen.findByLabelText('From address'), 'help@club.example');
    await userEvent.type(screen.getByLabelText('From name'), '  Rowing Club ');
    await userEvent.click(screen.getByRole('button', { name: 'Save notification settings' }));
    expect(await screen.findByText('Saved. The next notification goes out with these settings.')).toBeInTheDocument();
    expect(calls.find((call) => call.operationName === 'AdminNotificationsUpdate')?.variables).toEqual({
      input: {
        emailEnabled: true, fromAddress: 'help@club.example', fromName: 'Rowing Club', replyToAddress: null,
        webhookEnabled: false, webhookUrl: null, updatedAt: '2026-11-29T10:00:00.123Z',
      },
    });
    expect(screen.getByLabelText('From name')).toHaveValue('Rowing Club');
  });

  it.each([
    ['input.fromAddress', 'From address', "'help at club' is not an e-mail address (write it as name@example.org)."],
    ['input.fromName', 'From name', 'A sender name may have at most 100 characters.'],
    ['input.replyToAddress', 'Reply-To address', "'nobody' is not an e-mail address (write it as name@example.org)."],
    ['input.webhookUrl', 'Receiver URL', 'The webhook URL must be an absolute https URL (http only to 127.0.0.1 or localhost).'],
  ])('shows the refusal of %s at its field', async (field, label, message) => {
    render({ AdminNotificationsUpdate: error('VALIDATION_FAILED', message, field) });
    await screen.findByLabelText(label);
    await userEvent.click(screen.getByRole('button', { name: 'Save notification settings' }));
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(screen.getByLabelText(label)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText(label)).toHaveAccessibleDescription(expect.stringContaining(message));
  });

  it('shows "no signing secret yet" at the webhook switch', async () => {
    const message = 'Make a signing secret first (rotate the webhook secret), so that the host can verify the events.';
    const { calls } = render({ AdminNotificationsUpdate: error('VALIDATION_FAILED', message, 'input.webhookEnabled') });
    const webhook = await screen.findByRole('switch', { name: 'Post every change to the webhook' });
    expect(webhook).toHaveAccessibleDescription(/create one below first/);
    await userEvent.click(webhook);
    await userEvent.type(screen.getByLabelText('Receiver URL'), 'https://host.example/hook');
    await userEvent.click(screen.getByRole('button', { name: 'Save notification settings' }));
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(webhook).toHaveAttribute('aria-invalid', 'true');
    expect(webhook).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(calls.find((call) => call.operationName === 'AdminNotificationsUpdate')?.variables).toMatchObject({ input: { webhookEnabled: true, webhookUrl: 'https://host.example/hook' } });
  });

  it('on CONFLICT reads the settings again, keeps what was typed and shows what is saved now', async () => {
    let reads = 0;
    const theirs = { ...SETTINGS, fromName: 'Their name', updatedAt: '2026-11-29T10:07:00.000Z' };
    const { calls } = render({
      AdminNotifications: () => (reads++ === 0 ? page() : page(theirs)),
      AdminNotificationsUpdate: (variables) => ((variables.input as { updatedAt: string }).updatedAt === theirs.updatedAt
        ? { data: { updateNotificationSettings: { ...theirs, fromName: 'Mine', updatedAt: '2026-11-29T10:08:00.000Z' } } }
        : error('CONFLICT', 'The notification settings were changed by someone else meanwhile.')),
    });
    await userEvent.type(await screen.findByLabelText('From name'), 'Mine');
    await userEvent.click(screen.getByRole('button', { name: 'Save notification settings' }));
    expect(await screen.findByText(/Someone changed the notification settings meanwhile/)).toBeInTheDocument();
    expect(screen.getByLabelText('From name')).toHaveValue('Mine');
    expect(screen.getByLabelText('From name')).toHaveAccessibleDescription(/Saved now: Their name/);
    // Saving again names the settings as read after the conflict.
    await userEvent.click(screen.getByRole('button', { name: 'Save notification settings' }));
    expect(await screen.findByText('Saved. The next notification goes out with these settings.')).toBeInTheDocument();
    const updates = calls.filter((call) => call.operationName === 'AdminNotificationsUpdate').map((call) => (call.variables.input as { updatedAt: string }).updatedAt);
    expect(updates).toEqual(['2026-11-29T10:00:00.123Z', '2026-11-29T10:07:00.000Z']);
  });
});

describe('the signing secret', () => {
  const SECRET = 'a1b2c3d4'.repeat(8);

  it('is created behind a confirmation, shown once with a copy button, and the form takes the new updatedAt', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const after = { ...SETTINGS, webhookSecret: { hint: 'c3d4', createdAt: '2026-11-29T10:06:00Z', previousValidUntil: null }, updatedAt: '2026-11-29T10:06:00.000Z' };
    const { calls } = render({
      AdminNotificationsRotateSecret: { data: { rotateWebhookSecret: { secret: SECRET, settings: after } } },
      AdminNotificationsUpdate: { data: { updateNotificationSettings: { ...after, webhookEnabled: true, webhookUrl: 'https://host.example/hook' } } },
    });
    expect(await screen.findByText('No signing secret yet.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Create signing secret…' }));
    const confirm = screen.getByRole('dialog', { name: 'Create a signing secret?' });
    // Nothing to overlap with: no choice offered.
    expect(within(confirm).queryByRole('radio')).not.toBeInTheDocument();
    await userEvent.click(within(confirm).getByRole('button', { name: 'Create secret' }));

    const shown = await screen.findByRole('dialog', { name: 'Your new signing secret' });
    expect(within(shown).getByText(/it will not be shown again/)).toBeInTheDocument();
    expect(within(shown).getByLabelText('Signing secret')).toHaveValue(SECRET);
    await userEvent.click(within(shown).getByRole('button', { name: 'Copy' }));
    expect(writeText).toHaveBeenCalledWith(SECRET);
    expect(within(shown).getByText('Copied to the clipboard.')).toBeInTheDocument();
    await userEvent.click(within(shown).getByRole('button', { name: 'I have stored it' }));

    // Gone for good: only its hint is left on the screen.
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.queryByDisplayValue(SECRET)).not.toBeInTheDocument();
    expect(screen.getByText('In use: the secret ending in …c3d4')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Rotate secret…' })).toHaveFocus();
    expect(calls.find((call) => call.operationName === 'AdminNotificationsRotateSecret')?.variables).toEqual({ input: { overlapMinutes: 0 } });

    // The rotation moved updatedAt: the next save names the new one (no CONFLICT with oneself).
    await userEvent.click(screen.getByRole('switch', { name: 'Post every change to the webhook' }));
    await userEvent.type(screen.getByLabelText('Receiver URL'), 'https://host.example/hook');
    await userEvent.click(screen.getByRole('button', { name: 'Save notification settings' }));
    await screen.findByText('Saved. The next notification goes out with these settings.');
    expect(calls.find((call) => call.operationName === 'AdminNotificationsUpdate')?.variables).toMatchObject({ input: { updatedAt: '2026-11-29T10:06:00.000Z' } });
  });

  it('rotates with the overlap chosen (a day unless changed) and says until when the old one signs', async () => {
    const before = { ...SETTINGS, webhookSecret: { hint: 'old1', createdAt: '2026-10-01T08:00:00Z', previousValidUntil: null } };
    const after = { ...SETTINGS, webhookSecret: { hint: 'c3d4', createdAt: '2026-11-29T10:06:00Z', previousValidUntil: '2026-12-06T10:06:00Z' }, updatedAt: '2026-11-29T10:06:00.000Z' };
    const { calls } = render({
      AdminNotifications: page(before),
      AdminNotificationsRotateSecret: { data: { rotateWebhookSecret: { secret: SECRET, settings: after } } },
    });
    expect(await screen.findByText('In use: the secret ending in …old1')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Rotate secret…' }));
    const confirm = screen.getByRole('dialog', { name: 'Rotate the signing secret?' });
    expect(within(confirm).getByRole('radio', { name: /1 day/ })).toBeChecked();
    expect(within(confirm).getAllByRole('radio').map((radio) => radio.getAttribute('value'))).toEqual(['0', '60', '1440', '10080']);
    await userEvent.click(within(confirm).getByRole('radio', { name: '1 week' }));
    await userEvent.click(within(confirm).getByRole('button', { name: 'Rotate secret' }));
    const shown = await screen.findByRole('dialog', { name: 'Your new signing secret' });
    expect(within(shown).getByText(/The previous secret also signs events until/)).toBeInTheDocument();
    expect(calls.find((call) => call.operationName === 'AdminNotificationsRotateSecret')?.variables).toEqual({ input: { overlapMinutes: 10080 } });
    await userEvent.keyboard('{Escape}');
    expect(screen.getByText('In use: the secret ending in …c3d4')).toBeInTheDocument();
    expect(screen.getByText(/The previous secret also signs events until/)).toBeInTheDocument();
  });

  it('cancelling makes no secret', async () => {
    const { calls } = render();
    await userEvent.click(await screen.findByRole('button', { name: 'Create signing secret…' }));
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(calls.map((call) => call.operationName)).toEqual(['AdminNotifications']);
  });
});

describe('parked notifications', () => {
  it('says when nothing is waiting', async () => {
    render();
    expect(await screen.findByText('Nothing is waiting: every notification was delivered.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Send .* again/ })).not.toBeInTheDocument();
  });

  it('lists what is waiting, links the ticket and sends the selected ones again', async () => {
    let reads = 0;
    const items = [parked('11'), parked('12', { channel: 'EMAIL', eventType: 'message.added', lastError: '421 Service not available' }), parked('13', { ticket: null, eventType: 'sla.breached' })];
    const { calls } = render({
      AdminNotifications: () => (reads++ === 0 ? page(SETTINGS, items) : page(SETTINGS, [items[1]!])),
      AdminNotificationsResend: { data: { resendParkedNotifications: { requested: 1, notFound: ['13'] } } },
    });
    const table = await screen.findByRole('table', { name: 'Notifications waiting to be sent again' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toHaveTextContent('Webhook');
    expect(rows[0]).toHaveTextContent('Status changed');
    expect(rows[0]).toHaveTextContent('Connection refused');
    expect(within(rows[0]!).getByRole('link', { name: '#11 Renewal 11' })).toHaveAttribute('href', expect.stringContaining('ticket=t-11'));
    expect(rows[1]).toHaveTextContent('E-mail');
    expect(rows[1]).toHaveTextContent('New reply');
    expect(rows[2]).toHaveTextContent('A ticket that no longer exists');
    expect(rows[2]).toHaveTextContent('SLA breached');
    expect(screen.getByText('3 notifications are waiting.')).toBeInTheDocument();

    const send = screen.getByRole('button', { name: 'Send again' });
    expect(send).toBeDisabled();
    await userEvent.click(within(rows[0]!).getByRole('checkbox'));
    await userEvent.click(within(rows[2]!).getByRole('checkbox'));
    expect(screen.getByRole('checkbox', { name: 'Select all' })).toHaveProperty('indeterminate', true);
    await userEvent.click(screen.getByRole('button', { name: 'Send 2 notifications again' }));
    expect(await screen.findByText(/1 notification will be sent again shortly/)).toBeInTheDocument();
    expect(screen.getByText(/No longer waiting \(already delivered, or gone\): Webhook · SLA breached\./)).toBeInTheDocument();
    expect(calls.find((call) => call.operationName === 'AdminNotificationsResend')?.variables).toEqual({ ids: ['11', '13'] });
    // The list is read again.
    await waitFor(() => expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(2));
  });

  it('selects all at once', async () => {
    const { calls } = render({
      AdminNotifications: page(SETTINGS, [parked('21'), parked('22')]),
      AdminNotificationsResend: { data: { resendParkedNotifications: { requested: 2, notFound: [] } } },
    });
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Select all' }));
    await userEvent.click(screen.getByRole('button', { name: 'Send 2 notifications again' }));
    expect(await screen.findByText(/2 notifications will be sent again shortly/)).toBeInTheDocument();
    expect(calls.find((call) => call.operationName === 'AdminNotificationsResend')?.variables).toEqual({ ids: ['21', '22'] });
  });
});
