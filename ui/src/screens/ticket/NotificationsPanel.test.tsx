import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { meAs, renderWithApi, type FakeApi } from '../../test/renderWithApi';
import { TicketView } from './TicketView';

const TICKET = {
  id: 't-1', number: 42, reference: '#42', subject: 'Renewal failed', description: '<p>My renewal payment failed.</p>',
  status: 'IN_PROGRESS', priority: 'MEDIUM', category: { id: 'c-billing', name: 'Billing', archived: false },
  requester: { id: 'u-maria', type: 'MEMBER', name: 'Maria Member', email: 'maria@example.org' }, sponsorTicket: false,
  assignee: null, tags: [], channel: 'WEB', followUpOf: null, followUps: [], createdAt: '2026-11-20T09:00:00Z', updatedAt: '2026-11-20T10:00:00Z',
  firstRespondedAt: null, resolvedAt: null, closedAt: null, version: 3, attachments: [], sla: null,
  history: [
    { id: 'h1', occurredAt: '2026-11-20T09:00:00Z', actor: { type: 'USER', id: 'u-maria', name: 'Maria Member' }, field: 'CREATED', fromValue: null, toValue: 'OPEN', note: null },
    { id: 'h2', occurredAt: '2026-11-20T09:30:00Z', actor: { type: 'USER', id: 'u-alex', name: 'Alex Agent' }, field: 'STATUS', fromValue: 'OPEN', toValue: 'IN_PROGRESS', note: null },
    { id: 'h3', occurredAt: '2026-11-20T09:30:06Z', actor: { type: 'SYSTEM', id: null, name: 'Notifications' }, field: 'NOTIFICATION', fromValue: null, toValue: 'EMAIL', note: 'To maria@example.org: “Your request #42 is now in progress”' },
  ],
};

const VIEW = {
  data: {
    ticket: { ...TICKET, messages: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] } },
    ticketCategories: [{ id: 'c-billing', name: 'Billing', archived: false }],
    supportAgents: [{ id: 'u-alex', name: 'Alex Agent', active: true }],
  },
};

const DELIVERIES = [
  { id: 'd1', channel: 'EMAIL', kind: 'UPDATES', recipient: 'maria@example.org', outcome: 'SENT', detail: 'Your request #42 changed', at: '2026-11-20T09:30:06Z', eventIds: ['evt_7', 'evt_8', 'evt_9'] },
  { id: 'd2', channel: 'WEBHOOK', kind: 'STATUS_CHANGED', recipient: 'host.example', outcome: 'SENT', detail: 'HTTP 200', at: '2026-11-20T09:30:01Z', eventIds: ['evt_8'] },
  { id: 'd3', channel: 'EMAIL', kind: 'NEW_REPLY', recipient: 'maria@example.org', outcome: 'SKIPPED', detail: 'The member opted out of e-mail.', at: '2026-11-20T09:40:00Z', eventIds: ['evt_10'] },
  { id: 'parked-5', channel: 'WEBHOOK', kind: 'NEW_REPLY', recipient: 'webhook', outcome: 'PARKED', detail: 'Connection refused', at: '2026-11-20T10:40:00Z', eventIds: ['evt_10'] },
];

function api(roles: string[], extra: FakeApi = {}): FakeApi {
  return {
    Me: meAs(roles, 'Alex Agent', 'u-alex'),
    TicketView: VIEW,
    TicketComposerResponses: { data: { cannedResponses: [], responseTemplates: [] } },
    TicketNotificationDeliveries: { data: { ticket: { id: 't-1', notificationDeliveries: DELIVERIES } } },
    ...extra,
  };
}

beforeEach(() => {
  sessionStorage.clear();
  window.history.replaceState(null, '', '/app/?ticket=t-1');
});
afterEach(() => vi.unstubAllGlobals());

describe('notifications on the ticket view', () => {
  it('are read only when their tab opens, with every outcome as a worded badge', async () => {
    const { calls } = renderWithApi(<TicketView ticketId="t-1" onOpenTicket={() => {}} />, api(['CLIENT_USER']));
    await screen.findByRole('heading', { name: /#42 Renewal failed/ });
    expect(calls.map((call) => call.operationName)).not.toContain('TicketNotificationDeliveries');

    await userEvent.click(screen.getByRole('tab', { name: 'Notifications' }));
    const list = await screen.findByRole('list', { name: 'Notifications about this ticket' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(4);
    expect(items[0]).toHaveTextContent('E-mail');
    expect(items[0]).toHaveTextContent('Several changes');
    expect(within(items[0]!).getByText('Sent')).toBeInTheDocument();
    expect(items[0]).toHaveTextContent('To: maria@example.org');
    expect(items[0]).toHaveTextContent('Told 3 changes in one e-mail');
    expect(items[1]).toHaveTextContent('Webhook');
    expect(items[1]).toHaveTextContent('Status change');
    expect(items[1]).toHaveTextContent('HTTP 200');
    expect(items[1]).not.toHaveTextContent(/changes in one e-mail/);
    expect(within(items[2]!).getByText('Skipped')).toBeInTheDocument();
    expect(items[2]).toHaveTextContent('The member opted out of e-mail.');
    expect(within(items[3]!).getByText('Not delivered')).toBeInTheDocument();
    expect(items[3]).toHaveTextContent('Connection refused');
    // An agent cannot open the notification settings: the hint is not a link for them.
    expect(within(items[3]!).queryByRole('link')).toBeNull();
    expect(calls.filter((call) => call.operationName === 'TicketNotificationDeliveries').map((call) => call.variables)).toEqual([{ id: 't-1' }]);
  });

  it('links an admin from a parked delivery to the settings where it is sent again', async () => {
    renderWithApi(<TicketView ticketId="t-1" onOpenTicket={() => {}} />, api(['CLIENT_ADMIN']));
    await userEvent.click(await screen.findByRole('tab', { name: 'Notifications' }));
    const link = await screen.findByRole('link', { name: /waits in Settings → Notifications/ });
    expect(link).toHaveAttribute('href', '?screen=notifications');
  });

  it('says when nobody has been notified yet', async () => {
    renderWithApi(<TicketView ticketId="t-1" onOpenTicket={() => {}} />, api(['CLIENT_USER'], {
      TicketNotificationDeliveries: { data: { ticket: { id: 't-1', notificationDeliveries: [] } } },
    }));
    await userEvent.click(await screen.findByRole('tab', { name: 'Notifications' }));
    expect(await screen.findByText('Nobody has been notified about this ticket yet.')).toBeInTheDocument();
  });

  it('are not offered to a requester', async () => {
    const { calls } = renderWithApi(<TicketView ticketId="t-1" onOpenTicket={() => {}} />, api(['MEMBER']));
    await screen.findByRole('heading', { name: /#42 Renewal failed/ });
    expect(screen.queryByRole('tab', { name: 'Notifications' })).toBeNull();
    expect(calls.map((call) => call.operationName)).not.toContain('TicketNotificationDeliveries');
  });

  it('show in the history as a notification sent, with whom it told', async () => {
    renderWithApi(<TicketView ticketId="t-1" onOpenTicket={() => {}} />, api(['CLIENT_USER']));
    await userEvent.click(await screen.findByRole('tab', { name: 'History (3)' }));
    const entry = within(screen.getByRole('list', { name: 'History' })).getAllByRole('listitem')[2]!;
    expect(entry).toHaveTextContent('System (Notifications) E-mail notification sent');
    expect(entry).toHaveTextContent('To maria@example.org: “Your request #42 is now in progress”');
    expect(entry).not.toHaveTextContent('EMAIL');
  });
});
