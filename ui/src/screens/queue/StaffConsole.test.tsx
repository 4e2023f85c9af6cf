import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { meAs, renderWithApi, type FakeApi } from '../../test/renderWithApi';
import { StaffConsole } from './StaffConsole';

// The ticket view is another screen with its own queries: here it only shows which ticket it was given.
vi.mock('../ticket/TicketView', () => ({
  TicketView: ({ ticketId }: { ticketId: string }) => <section aria-label="Ticket view">ticket {ticketId}</section>,
}));

function ticket(number: number, change: Record<string, unknown> = {}) {
  return {
    cursor: `cursor-${number}`,
    highlights: [] as { field: string; fragments: string[] }[],
    node: {
      id: `t${number}`, number, reference: `#${number}`, subject: `Subject ${number}`, status: 'OPEN', priority: 'MEDIUM',
      category: { id: 'cat-billing', name: 'Billing' }, requester: { id: 'm1', type: 'MEMBER', name: 'Maria Member', email: 'maria@example.org' },
      sponsorTicket: false, assignee: null, tags: [] as string[], createdAt: '2026-01-05T10:00:00Z', updatedAt: '2026-01-05T10:00:00Z', ...change,
    },
  };
}

function page(edges: ReturnType<typeof ticket>[], totalCount = edges.length, hasNextPage = false) {
  return { data: { tickets: { totalCount, pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null }, edges } } };
}

const consoleAnswer = {
  data: {
    myOpen: { totalCount: 3 }, unassigned: { totalCount: 4 }, sponsors: { totalCount: 2 }, allOpen: { totalCount: 30 },
    ticketCategories: [
      { id: 'cat-billing', name: 'Billing', archived: false, position: 1 },
      { id: 'cat-events', name: 'Events', archived: false, position: 2 },
    ],
    supportAgents: [
      { id: 'agent-1', name: 'Alex Agent', active: true, availability: 'AVAILABLE', version: 3 },
      { id: 'agent-2', name: 'Avery Agent', active: true, availability: 'AWAY', version: 1 },
    ],
  },
};

const facetsAnswer = {
  data: {
    tickets: {
      facets: {
        status: [{ value: 'OPEN', count: 20 }, { value: 'WAITING', count: 7 }, { value: 'RESOLVED', count: 3 }],
        priority: [{ value: 'MEDIUM', count: 25 }, { value: 'HIGH', count: 5 }],
        category: [{ value: 'cat-events', count: 18 }, { value: 'cat-billing', count: 12 }],
        assignee: [{ value: null, count: 16 }, { value: 'agent-1', count: 10 }, { value: 'agent-2', count: 4 }],
        tag: [{ value: 'renewal', count: 9 }, { value: 'late-payment', count: 2 }],
      },
    },
  },
};

function api(queuePage: FakeApi[string] = page([ticket(3), ticket(2, { sponsorTicket: true, priority: 'HIGH', requester: { id: 's1', type: 'SPONSOR', name: 'Sam Sponsor', email: null } }), ticket(1)])): FakeApi {
  return { Me: meAs(['CLIENT_USER'], 'Alex Agent', 'agent-1'), QueueConsole: consoleAnswer, QueuePage: queuePage, QueueFacets: facetsAnswer };
}

function at(search: string) {
  window.history.replaceState(null, '', `/app/${search}`);
}

beforeEach(() => at(''));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the staff console', () => {
  it('shows the saved views with their counts, the queue and sponsor tickets marked in words', async () => {
    renderWithApi(<StaffConsole />, api());
    const views = screen.getByRole('navigation', { name: 'Queue views' });
    await waitFor(() => expect(within(views).getByRole('link', { name: /My open\s*3/ })).toBeInTheDocument());
    expect(within(views).getByRole('link', { name: /Unassigned\s*4/ })).toBeInTheDocument();
    const row = (await screen.findByRole('link', { name: 'Subject 2' })).closest('tr')!;
    expect(within(row).getByText('Sponsor')).toBeInTheDocument();
    expect(within(row).getByText('High')).toBeInTheDocument();
    expect(screen.getByText('1–3 of 3')).toBeInTheDocument();
  });

  it('reads the filters of the URL back as chips and removes one with its button', async () => {
    at('?status=OPEN&status=IN_PROGRESS&priority=HIGH&category=cat-billing&assignee=me');
    const { calls } = renderWithApi(<StaffConsole />, api());
    const chips = await screen.findByRole('list', { name: 'Active filters' });
    await waitFor(() => expect(chips.textContent).toBe('Open, In progress×·High×·Billing×·Me×'));
    expect(calls.find((call) => call.operationName === 'QueuePage')?.variables.filter).toEqual({
      status: ['OPEN', 'IN_PROGRESS'], priority: ['HIGH'], categoryId: ['cat-billing'], assignee: { me: true },
    });
    // It is the "My open" view plus more filters: no saved view is current.
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Tickets');

    await userEvent.click(screen.getByRole('button', { name: 'Remove filter Priority: High' }));
    expect(new URLSearchParams(window.location.search).getAll('priority')).toEqual([]);
    expect(new URLSearchParams(window.location.search).getAll('status')).toEqual(['OPEN', 'IN_PROGRESS']);
    await waitFor(() => expect(calls.filter((call) => call.operationName === 'QueuePage').at(-1)?.variables.filter).toEqual({
      status: ['OPEN', 'IN_PROGRESS'], categoryId: ['cat-billing'], assignee: { me: true },
    }));
  });

  it('writes filter, order and view changes to the URL, and the back button restores them', async () => {
    renderWithApi(<StaffConsole />, api());
    await screen.findByRole('link', { name: 'Subject 3' });
    await userEvent.click(screen.getByRole('button', { name: /^Status/ }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Waiting on member' }));
    expect(window.location.search).toBe('?status=WAITING');
    await userEvent.click(screen.getByRole('button', { name: 'Done' }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Sort' }), 'Highest priority first');
    expect(new URLSearchParams(window.location.search).get('sort')).toBe('PRIORITY');
    expect(new URLSearchParams(window.location.search).get('dir')).toBe('DESC');

    await userEvent.click(screen.getByRole('link', { name: /Unassigned/ }));
    const params = new URLSearchParams(window.location.search);
    expect(params.getAll('status')).toEqual(['OPEN', 'IN_PROGRESS', 'WAITING']);
    expect(params.getAll('assignee')).toEqual(['unassigned']);
    expect(params.get('sort')).toBe('PRIORITY');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Unassigned');

    act(() => {
      window.history.back();
    });
    await waitFor(() => expect(new URLSearchParams(window.location.search).getAll('assignee')).toEqual([]));
    await waitFor(() => expect(screen.getByRole('list', { name: 'Active filters' }).textContent).toBe('Waiting on member×'));
  });

  it('pages with a stack of cursors and says where it is', async () => {
    const first = Array.from({ length: 25 }, (_, i) => ticket(60 - i));
    const second = Array.from({ length: 25 }, (_, i) => ticket(35 - i));
    const { calls } = renderWithApi(<StaffConsole />, api((variables) => (variables.after === 'cursor-36' ? page(second, 60, true) : page(first, 60, true))));
    await screen.findByText('1–25 of 60');
    await userEvent.click(screen.getByRole('button', { name: /Next page/ }));
    await screen.findByText('26–50 of 60');
    expect(new URLSearchParams(window.location.search).getAll('page')).toEqual(['cursor-36']);
    expect(calls.at(-1)?.variables.after).toBe('cursor-36');
    await userEvent.click(screen.getByRole('button', { name: /Previous page/ }));
    await screen.findByText('1–25 of 60');
    expect(window.location.search).toBe('');
  });

  it('moves with j and k, opens with Enter (in the URL), closes with Escape', async () => {
    renderWithApi(<StaffConsole />, api());
    await screen.findByRole('link', { name: 'Subject 3' });
    await userEvent.keyboard('j');
    expect(screen.getByRole('link', { name: 'Subject 3' })).toHaveFocus();
    await userEvent.keyboard('jj');
    expect(screen.getByRole('link', { name: 'Subject 1' })).toHaveFocus();
    await userEvent.keyboard('k');
    expect(screen.getByRole('link', { name: 'Subject 2' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(new URLSearchParams(window.location.search).get('ticket')).toBe('t2');
    expect(await screen.findByRole('region', { name: 'Ticket view' })).toHaveTextContent('ticket t2');
    expect(screen.getByRole('link', { name: 'Subject 2' }).closest('tr')).toHaveAttribute('aria-current', 'true');
    await userEvent.keyboard('{Escape}');
    expect(new URLSearchParams(window.location.search).get('ticket')).toBeNull();
  });

  it('lists the shortcuts on ?, and no shortcut fires while typing', async () => {
    renderWithApi(<StaffConsole />, api());
    await screen.findByRole('link', { name: 'Subject 3' });
    await userEvent.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(dialog).getByText('Open the selected ticket')).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    // In a date field of the filters: j, k, c and ? are typing, not commands.
    await userEvent.click(screen.getByRole('button', { name: /^Created/ }));
    const input = screen.getByLabelText('From');
    input.focus();
    for (const key of ['j', 'k', '?', 'c', '/']) fireEvent.keyDown(input, { key });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(window.location.search).toBe('');
    expect(input).toHaveFocus();

    // In a contenteditable (the ticket view's editor, say) too.
    const editor = document.createElement('div');
    editor.contentEditable = 'true';
    document.body.appendChild(editor);
    editor.focus();
    fireEvent.keyDown(editor, { key: 'c' });
    fireEvent.keyDown(editor, { key: '?' });
    expect(new URLSearchParams(window.location.search).get('screen')).toBeNull();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    editor.remove();

    // On the page itself they work.
    fireEvent.keyDown(document.body, { key: 'c' });
    expect(new URLSearchParams(window.location.search).get('screen')).toBe('raise');
  });

  it('offers "me", "unassigned" and every agent as assignee filters', async () => {
    renderWithApi(<StaffConsole />, api());
    await screen.findByRole('link', { name: 'Subject 3' });
    await userEvent.click(screen.getByRole('button', { name: /^Assignee/ }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Avery Agent' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Unassigned' }));
    expect(new URLSearchParams(window.location.search).getAll('assignee')).toEqual(['agent-2', 'unassigned']);
    expect(screen.getByRole('button', { name: /^Assignee: Unassigned, Avery Agent/ })).toHaveAttribute('aria-expanded', 'true');
  });

  it('shows an empty queue with a way out', async () => {
    at('?status=CLOSED');
    renderWithApi(<StaffConsole />, api(page([])));
    expect(await screen.findByText('No tickets match these filters.')).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Clear all filters' })).toHaveLength(2);
  });

  it('says what went wrong when the queue cannot load', async () => {
    renderWithApi(<StaffConsole />, api({ errors: [{ message: 'Nope', extensions: { code: 'FORBIDDEN' } }], status: 200 }));
    // A request that ran answers 200 with its error: the client retries twice before saying so.
    expect(await screen.findByText('You do not have permission to do that.', {}, { timeout: 8000 })).toBeInTheDocument();
  }, 15_000);
});

describe('SLA in the queue', () => {
  const clock = (state: string, remainingMinutes: number, dueAt: string | null = '2026-01-05T12:00:00Z', stoppedAt: string | null = null) =>
    ({ state, dueAt, remainingMinutes, stoppedAt });
  const withSla = (number: number, firstResponse: ReturnType<typeof clock>, resolution: ReturnType<typeof clock>) =>
    ticket(number, { subject: `Subject ${number}`, sla: { firstResponse, resolution } });

  it('shows the deciding clock per row in words (state, due or overdue), the due time in a title, and "No SLA" without clocks', async () => {
    renderWithApi(<StaffConsole />, api(page([
      withSla(6, clock('ON_TRACK', 120), clock('ON_TRACK', 2880)),
      withSla(5, clock('AT_RISK', 35), clock('ON_TRACK', 2000)),
      withSla(4, clock('BREACHED', -35, '2026-01-05T09:25:00Z'), clock('ON_TRACK', 1500)),
      // Staff replied: the resolution clock decides now (also after a late reply).
      withSla(3, clock('MET', 20, null, '2026-01-05T10:40:00Z'), clock('PAUSED', 300, null)),
      withSla(2, clock('BREACHED', -10, null, '2026-01-05T11:10:00Z'), clock('AT_RISK', 90)),
      ticket(1, { sla: null }),
    ])));
    const cell = async (subject: string) => within((await screen.findByRole('link', { name: subject })).closest('tr')!);
    const onTrack = await cell('Subject 6');
    expect(screen.getByRole('columnheader', { name: /SLA/ })).toBeInTheDocument();
    expect(onTrack.getByText('On track').parentElement).toHaveTextContent('Reply First response: On track · due in 2h');
    const due = onTrack.getByText('due in 2h');
    expect(due.tagName).toBe('TIME');
    expect(due).toHaveAttribute('dateTime', '2026-01-05T12:00:00Z');
    expect(due.getAttribute('title')).toMatch(/^First response due /);
    expect((await cell('Subject 5')).getByText('At risk').parentElement).toHaveTextContent('At risk · due in 35m');
    expect((await cell('Subject 4')).getByText('Breached').parentElement).toHaveTextContent('Reply First response: Breached · overdue 35m');
    expect((await cell('Subject 3')).getByText('Paused').parentElement).toHaveTextContent('Resolve Resolution: Paused · 5h left');
    expect((await cell('Subject 2')).getByText('At risk').parentElement).toHaveTextContent('Resolution: At risk · due in 1h 30m');
    expect((await cell('Subject 1')).getByText('No SLA')).toBeInTheDocument();
  });

  it('filters by SLA state in the URL and in the variables sent, and reads the comma form of a shared link', async () => {
    at('?sla=AT_RISK,BREACHED');
    const { calls } = renderWithApi(<StaffConsole />, api());
    const chips = await screen.findByRole('list', { name: 'Active filters' });
    await waitFor(() => expect(chips.textContent).toBe('At risk, Breached×'));
    expect(calls.find((call) => call.operationName === 'QueuePage')?.variables.filter).toEqual({ slaState: ['AT_RISK', 'BREACHED'] });

    await userEvent.click(screen.getByRole('button', { name: /^SLA: At risk, Breached/ }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Breached' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Paused' }));
    expect(new URLSearchParams(window.location.search).getAll('sla')).toEqual(['AT_RISK', 'PAUSED']);
    await waitFor(() => expect(calls.filter((call) => call.operationName === 'QueuePage').at(-1)?.variables.filter).toEqual({ slaState: ['AT_RISK', 'PAUSED'] }));
  });

  it('orders by SLA due, soonest first by default, from the column and from the sort menu', async () => {
    const { calls } = renderWithApi(<StaffConsole />, api());
    await screen.findByRole('link', { name: 'Subject 3' });
    await userEvent.click(screen.getByTitle('Sort by sla'));
    let params = new URLSearchParams(window.location.search);
    expect([params.get('sort'), params.get('dir')]).toEqual(['SLA_DUE', 'ASC']);
    await waitFor(() => expect(calls.filter((call) => call.operationName === 'QueuePage').at(-1)?.variables.orderBy).toEqual({ field: 'SLA_DUE', direction: 'ASC' }));
    expect(screen.getByRole('columnheader', { name: /SLA/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByRole('combobox', { name: 'Sort' })).toHaveDisplayValue('SLA due soonest first');

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Sort' }), 'SLA due latest first');
    params = new URLSearchParams(window.location.search);
    expect([params.get('sort'), params.get('dir')]).toEqual(['SLA_DUE', 'DESC']);
    await waitFor(() => expect(calls.filter((call) => call.operationName === 'QueuePage').at(-1)?.variables.orderBy).toEqual({ field: 'SLA_DUE', direction: 'DESC' }));
  });

  it('sorts a link with sort=SLA_DUE and no direction soonest first', async () => {
    at('?sort=SLA_DUE');
    const { calls } = renderWithApi(<StaffConsole />, api());
    await screen.findByRole('link', { name: 'Subject 3' });
    expect(calls.find((call) => call.operationName === 'QueuePage')?.variables.orderBy).toEqual({ field: 'SLA_DUE', direction: 'ASC' });
  });
});

describe('the reports page in the console', () => {
  it('is reachable from the rail and loads on demand', async () => {
    vi.stubGlobal('ResizeObserver', class { observe() {} unobserve() {} disconnect() {} });
    renderWithApi(<StaffConsole />, {
      ...api(),
      ReportsTicketReport: { data: { ticketReport: { from: '2026-01-01T00:00:00Z', to: '2026-01-31T00:00:00Z', groupBy: 'CATEGORY', rows: [], total: {
        key: 'total', label: 'Total', raised: 0, resolved: 0, open: 0, firstResponseMedianMinutes: null, firstResponseP90Minutes: null,
        resolutionMedianMinutes: null, resolutionP90Minutes: null, slaMetShare: null,
      } } } },
    });
    await screen.findByRole('link', { name: 'Subject 3' });
    await userEvent.click(screen.getByRole('link', { name: 'Reports' }));
    expect(new URLSearchParams(window.location.search).get('screen')).toBe('reports');
    // The chart library loads on demand: on a busy machine that takes more than a second.
    expect(await screen.findByRole('heading', { level: 1, name: 'Reports' }, { timeout: 5000 })).toBeInTheDocument();
    expect(await screen.findByText('No tickets were raised in this period.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Reports' })).toHaveAttribute('aria-current', 'page');
  });
});
