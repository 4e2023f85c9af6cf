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
    node: {
      id: `t${number}`, number, reference: `#${number}`, subject: `Subject ${number}`, status: 'OPEN', priority: 'MEDIUM',
      category: { id: 'cat-billing', name: 'Billing' }, requester: { id: 'm1', type: 'MEMBER', name: 'Maria Member', email: 'maria@example.org' },
      sponsorTicket: false, assignee: null, createdAt: '2026-01-05T10:00:00Z', updatedAt: '2026-01-05T10:00:00Z', ...change,
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

function api(queuePage: FakeApi[string] = page([ticket(3), ticket(2, { sponsorTicket: true, priority: 'HIGH', requester: { id: 's1', type: 'SPONSOR', name: 'Sam Sponsor', email: null } }), ticket(1)])): FakeApi {
  return { Me: meAs(['CLIENT_USER'], 'Alex Agent', 'agent-1'), QueueConsole: consoleAnswer, QueuePage: queuePage };
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
