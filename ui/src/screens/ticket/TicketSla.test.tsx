import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { meAs, renderWithApi } from '../../test/renderWithApi';
import { TicketView } from './TicketView';

const clock = (target: string, change: Record<string, unknown> = {}) => ({
  target, state: 'ON_TRACK', targetMinutes: 240, elapsedMinutes: 60, remainingMinutes: 180, dueAt: '2026-11-20T13:00:00Z',
  warningAt: '2026-11-20T12:00:00Z', stoppedAt: null, breachedAt: null, ...change,
});

/** A ticket whose first response came late (breached, then stopped) and whose resolution clock is at risk. */
const sla = {
  policy: { id: 'p-members', name: 'Members' },
  calendarName: 'Office hours (Australia/Sydney)',
  firstResponse: clock('FIRST_RESPONSE', {
    state: 'BREACHED', targetMinutes: 240, elapsedMinutes: 275, remainingMinutes: -35, dueAt: null, warningAt: null,
    stoppedAt: '2026-11-20T13:35:00Z', breachedAt: '2026-11-20T13:00:00Z',
  }),
  resolution: clock('RESOLUTION', { state: 'AT_RISK', targetMinutes: 1440, elapsedMinutes: 1200, remainingMinutes: 240, dueAt: '2026-11-23T13:00:00Z' }),
  times: {
    firstResponseCalendarMinutes: 275, firstResponseBusinessMinutes: 275, resolutionCalendarMinutes: null, resolutionBusinessMinutes: null,
    pausedCalendarMinutes: 90, firstResolvedAt: null,
  },
  ledger: [
    { id: 'l1', occurredAt: '2026-11-20T09:00:00Z', target: 'FIRST_RESPONSE', kind: 'STARTED', reason: 'ticket raised: priority HIGH, target 240 min', calendarName: 'Office hours (Australia/Sydney)', dueAt: '2026-11-20T13:00:00Z' },
    { id: 'l2', occurredAt: '2026-11-20T13:00:00Z', target: 'FIRST_RESPONSE', kind: 'BREACHED', reason: 'target 240 min passed', calendarName: 'Office hours (Australia/Sydney)', dueAt: null },
    { id: 'l3', occurredAt: '2026-11-21T10:00:00Z', target: 'RESOLUTION', kind: 'PAUSED', reason: 'waiting on the member', calendarName: 'Office hours (Australia/Sydney)', dueAt: null },
  ],
};

function viewWith(slaValue: unknown) {
  return {
    data: {
      ticket: {
        id: 't-1', number: 42, reference: '#42', subject: 'Renewal failed', description: '<p>Help</p>', status: 'IN_PROGRESS', priority: 'HIGH',
        category: { id: 'c-billing', name: 'Billing', archived: false }, requester: { id: 'u-maria', type: 'MEMBER', name: 'Maria Member', email: null },
        sponsorTicket: false, assignee: null, tags: [], channel: 'WEB', followUpOf: null, followUps: [], createdAt: '2026-11-20T09:00:00Z',
        updatedAt: '2026-11-20T10:00:00Z', firstRespondedAt: '2026-11-20T13:35:00Z', resolvedAt: null, closedAt: null, version: 3, attachments: [],
        history: [
          { id: 'h1', occurredAt: '2026-11-20T13:00:00Z', actor: { type: 'RULE', id: 'p-members', name: 'Members' }, field: 'SLA', fromValue: null, toValue: 'FIRST_RESPONSE BREACHED', note: 'target 240 min passed' },
        ],
        sla: slaValue,
        messages: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] },
      },
      ticketCategories: [{ id: 'c-billing', name: 'Billing', archived: false }],
      supportAgents: [],
    },
  };
}

function render(slaValue: unknown, roles = ['CLIENT_USER']) {
  return renderWithApi(<TicketView ticketId="t-1" onOpenTicket={() => {}} />, {
    Me: meAs(roles, 'Alex Agent', 'u-alex'), TicketView: viewWith(slaValue), TicketComposerResponses: { data: { cannedResponses: [], responseTemplates: [] } },
  });
}

afterEach(() => vi.unstubAllGlobals());

describe('the SLA panel of the ticket view', () => {
  it('shows both clocks with state, due, left or overdue and target, and the measured times', async () => {
    render(sla);
    const panel = await screen.findByRole('region', { name: 'SLA' });
    expect(panel).toHaveTextContent('Policy: Members');
    expect(panel).toHaveTextContent('Measured in Office hours (Australia/Sydney)');

    const first = within(panel).getByRole('region', { name: /^First response/ });
    expect(within(first).getByText('Breached')).toBeInTheDocument();
    expect(first).toHaveTextContent('DueNot running');
    expect(first).toHaveTextContent('Overdue by35 min');
    expect(first).toHaveTextContent('Target4 h');
    expect(first).toHaveTextContent('Used4 h 35 min');
    expect(within(first).getByText('Stopped at').nextElementSibling?.querySelector('time')).toHaveAttribute('dateTime', '2026-11-20T13:35:00Z');

    const resolution = within(panel).getByRole('region', { name: /^Resolution/ });
    expect(within(resolution).getByText('At risk')).toBeInTheDocument();
    // The badge says the state; the time left is said once, in full, below it (the panel is narrow).
    expect(within(resolution).getByRole('heading')).toHaveTextContent(/^Resolution▲Resolution: At risk$/);
    expect(resolution).not.toHaveTextContent('due in');
    expect(resolution).toHaveTextContent('Left4 h');
    expect(resolution).toHaveTextContent('Target24 h');
    expect(within(resolution).getByText('Due').nextElementSibling?.querySelector('time')).toHaveAttribute('dateTime', '2026-11-23T13:00:00Z');

    expect(panel).toHaveTextContent('First response4 h 35 min business · 4 h 35 min calendar');
    expect(panel).toHaveTextContent('ResolutionNot yet');
    expect(panel).toHaveTextContent('Paused for1 h 30 min');
  });

  it('keeps the ledger behind a disclosure and lists when, which clock, what, why, calendar and due after', async () => {
    render(sla);
    const toggle = await screen.findByRole('button', { name: 'Show SLA ledger (3)' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('list', { name: 'SLA ledger, oldest first' })).toBeNull();
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveTextContent('Hide SLA ledger');
    const entries = within(screen.getByRole('list', { name: 'SLA ledger, oldest first' })).getAllByRole('listitem');
    expect(entries).toHaveLength(3);
    expect(entries[0]).toHaveTextContent('First response started');
    expect(entries[0]).toHaveTextContent('ticket raised: priority HIGH, target 240 min');
    expect(entries[0]).toHaveTextContent('Office hours (Australia/Sydney) · due after:');
    expect(entries[0]!.querySelectorAll('time')[1]).toHaveAttribute('dateTime', '2026-11-20T13:00:00Z');
    expect(entries[1]).toHaveTextContent('First response breached');
    expect(entries[2]).toHaveTextContent('Resolution paused');
    expect(entries[2]).toHaveTextContent('waiting on the member');
    expect(entries[2]).toHaveTextContent('not running after this');
  });

  it('says so when no policy measures the ticket', async () => {
    render(null);
    const panel = await screen.findByRole('region', { name: 'SLA' });
    expect(panel).toHaveTextContent('No SLA policy measures this ticket.');
    expect(within(panel).queryByRole('button')).toBeNull();
  });

  it('writes SLA history entries in words', async () => {
    render(sla);
    await userEvent.click(await screen.findByRole('tab', { name: /History/ }));
    expect(screen.getByRole('list', { name: 'History' })).toHaveTextContent('Rule “Members” SLA: First response breached');
  });

  it('shows no SLA to anyone but staff', async () => {
    render(sla, ['MEMBER']);
    await screen.findByRole('heading', { name: /#42 Renewal failed/ });
    expect(screen.queryByRole('region', { name: 'SLA' })).toBeNull();
    expect(screen.queryByText(/Show SLA ledger/)).toBeNull();
  });
});
