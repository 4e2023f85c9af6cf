import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeLive } from '../../test/fakeLive';
import { meAs, renderWithApi, type FakeApi } from '../../test/renderWithApi';
import { announceTicketChange } from '../search/changes';
import { StaffConsole } from './StaffConsole';

vi.mock('../ticket/TicketView', () => ({
  TicketView: ({ ticketId }: { ticketId: string }) => <section aria-label="Ticket view">ticket {ticketId}</section>,
}));

type Highlight = { field: string; fragments: string[] };

function edge(number: number, change: Record<string, unknown> = {}, highlights: Highlight[] = []) {
  return {
    cursor: `cursor-${number}`,
    highlights,
    node: {
      id: `t${number}`, number, reference: `#${number}`, subject: `Subject ${number}`, status: 'OPEN', priority: 'MEDIUM',
      category: { id: 'cat-billing', name: 'Billing' }, requester: { id: 'm1', type: 'MEMBER', name: 'Maria Member', email: null },
      sponsorTicket: false, assignee: null, tags: [] as string[], createdAt: '2026-01-05T10:00:00Z', updatedAt: '2026-01-05T10:00:00Z',
      sla: null, ...change,
    },
  };
}

function page(edges: ReturnType<typeof edge>[]) {
  return { data: { tickets: { totalCount: edges.length, pageInfo: { hasNextPage: false, endCursor: null }, edges } } };
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

const facets = {
  data: {
    tickets: {
      facets: {
        status: [{ value: 'WAITING', count: 7 }, { value: 'OPEN', count: 20 }],
        priority: [{ value: 'HIGH', count: 5 }, { value: 'MEDIUM', count: 22 }],
        category: [{ value: 'cat-events', count: 18 }, { value: 'cat-billing', count: 9 }],
        assignee: [{ value: null, count: 16 }, { value: 'agent-1', count: 10 }, { value: 'agent-2', count: 1 }],
        tag: [{ value: 'renewal', count: 9 }, { value: 'late-payment', count: 2 }],
      },
    },
  },
};

const unavailable = { errors: [{ message: 'Search is unavailable', extensions: { code: 'SEARCH_UNAVAILABLE' } }], status: 503 };

const searched = page([
  edge(7, { subject: 'Renewal failed' }, [
    { field: 'SUBJECT', fragments: ['<mark>Renewal</mark> failed'] },
    { field: 'DESCRIPTION', fragments: ['My &lt;script&gt;alert(1)&lt;/script&gt; <mark>renewal</mark> page broke'] },
  ]),
  edge(8, { subject: 'Card declined', tags: ['late-payment'] }, [{ field: 'NOTES', fragments: ['asked about the <mark>renewal</mark> fee'] }]),
]);
const unsearched = page([edge(3), edge(2), edge(1)]);

function api(extra: FakeApi = {}): FakeApi {
  return {
    Me: meAs(['CLIENT_USER'], 'Alex Agent', 'agent-1'),
    QueueConsole: consoleAnswer,
    QueuePage: (variables) => ((variables.filter as { search?: string } | null)?.search ? searched : unsearched),
    QueueFacets: facets,
    ...extra,
  };
}

const pageCalls = (calls: { operationName: string; variables: Record<string, unknown> }[]) => calls.filter((call) => call.operationName === 'QueuePage');
const facetCalls = (calls: { operationName: string; variables: Record<string, unknown> }[]) => calls.filter((call) => call.operationName === 'QueueFacets');
const url = () => new URLSearchParams(window.location.search);

beforeEach(() => {
  window.history.replaceState(null, '', '/app/');
  fakeLive.reset();
});
afterEach(() => vi.unstubAllGlobals());

describe('searching the queue', () => {
  it('searches after typing pauses, in the URL, best match first, with "Best match" offered only while searching', async () => {
    const { calls } = renderWithApi(<StaffConsole />, api());
    await screen.findByRole('link', { name: 'Subject 3' });
    const sort = screen.getByRole('combobox', { name: 'Sort' });
    expect(within(sort).queryByRole('option', { name: 'Best match' })).toBeNull();

    await userEvent.type(screen.getByRole('searchbox', { name: 'Search tickets' }), 'renewal');
    await screen.findByRole('link', { name: 'Renewal failed' });
    expect(url().get('search')).toBe('renewal');
    // Debounced: one search for the whole word, none for what was typed on the way.
    const searches = pageCalls(calls).map((call) => (call.variables.filter as { search?: string } | null)?.search).filter(Boolean);
    expect(searches).toEqual(['renewal']);
    expect(pageCalls(calls).at(-1)?.variables).toMatchObject({ filter: { search: 'renewal' }, orderBy: { field: 'RELEVANCE', direction: 'DESC' } });
    expect(sort).toHaveDisplayValue('Best match');
    await waitFor(() => expect(facetCalls(calls).at(-1)?.variables.filter).toEqual({ search: 'renewal' }));

    // Another order while searching, then back to best match (the default: nothing in the URL).
    await userEvent.selectOptions(sort, 'Newest first');
    expect(url().get('sort')).toBe('CREATED_AT');
    await waitFor(() => expect(pageCalls(calls).at(-1)?.variables.orderBy).toEqual({ field: 'CREATED_AT', direction: 'DESC' }));
    await userEvent.selectOptions(sort, 'Best match');
    expect(url().get('sort')).toBeNull();
  });

  it('needs two characters, and Escape clears the search', async () => {
    const { calls } = renderWithApi(<StaffConsole />, api());
    await screen.findByRole('link', { name: 'Subject 3' });
    const box = screen.getByRole('searchbox', { name: 'Search tickets' });
    await userEvent.type(box, 'r');
    expect(await screen.findByText('Type at least 2 characters, or a number, to search.')).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(url().get('search')).toBeNull();
    expect(pageCalls(calls).every((call) => call.variables.filter === null)).toBe(true);

    await userEvent.type(box, 'enewal{Enter}');
    await screen.findByRole('link', { name: 'Renewal failed' });
    expect(url().get('search')).toBe('renewal');
    await userEvent.keyboard('{Escape}');
    expect(box).toHaveValue('');
    expect(url().get('search')).toBeNull();
    // The queue as it was before the search (read again, or from the cache).
    await screen.findByRole('link', { name: 'Subject 3' });
    expect(screen.getByRole('combobox', { name: 'Sort' })).toHaveDisplayValue('Newest first');
  });

  it('reads a shared search link and "/" goes to the search box', async () => {
    window.history.replaceState(null, '', '/app/?search=renewal&status=OPEN');
    const { calls } = renderWithApi(<StaffConsole />, api());
    expect(await screen.findByRole('searchbox', { name: 'Search tickets' })).toHaveValue('renewal');
    await screen.findByRole('link', { name: 'Renewal failed' });
    expect(pageCalls(calls)[0]?.variables.filter).toEqual({ status: ['OPEN'], search: 'renewal' });
    expect(screen.getByRole('table')).toHaveAccessibleName('Tickets: matching “renewal” · Open');
    await userEvent.keyboard('/');
    expect(screen.getByRole('searchbox', { name: 'Search tickets' })).toHaveFocus();
  });

  it('shows where the words matched under each subject, marked, and markup in a ticket stays text', async () => {
    window.history.replaceState(null, '', '/app/?search=renewal');
    const { container } = renderWithApi(<StaffConsole />, api());
    const link = await screen.findByRole('link', { name: 'Renewal failed' });
    expect(link.querySelector('mark')).toHaveTextContent('Renewal');
    const row = within(link.closest('tr')!);
    expect(row.getByRole('list', { name: 'Where the words matched' })).toHaveTextContent('Description: My <script>alert(1)</script> renewal page broke');
    expect(container.querySelector('script')).toBeNull();
    const noteRow = within(screen.getByRole('link', { name: 'Card declined' }).closest('tr')!);
    expect(noteRow.getByRole('list', { name: 'Where the words matched' })).toHaveTextContent('Internal note: asked about the renewal fee');
    expect(noteRow.getByText('late-payment')).toBeInTheDocument();
  });

  it('says so in plain words when nothing matches', async () => {
    window.history.replaceState(null, '', '/app/?search=zebra');
    renderWithApi(<StaffConsole />, api({ QueuePage: page([]) }));
    expect(await screen.findByText('No tickets match “zebra”.')).toBeInTheDocument();
  });
});

describe('the facet sidebar', () => {
  it('counts per status, priority, category, assignee and tag, names categories and agents, and ticking filters the queue', async () => {
    const { calls } = renderWithApi(<StaffConsole />, api());
    await userEvent.click(await screen.findByRole('button', { name: 'Filters' }));
    const sidebar = await screen.findByRole('complementary', { name: 'Refine' });
    const box = (name: string) => within(sidebar).getByRole('checkbox', { name });
    await waitFor(() => expect(box('Waiting on member, 7 tickets')).toBeInTheDocument());
    // Status in the workflow's order; categories and agents by name, the most frequent first; nobody is "Unassigned".
    const statusGroup = within(sidebar).getByRole('group', { name: 'Status' });
    expect(within(statusGroup).getAllByRole('checkbox').map((input) => input.getAttribute('aria-label'))).toEqual(['Open, 20 tickets', 'Waiting on member, 7 tickets']);
    const categoryGroup = within(sidebar).getByRole('group', { name: 'Category' });
    expect(within(categoryGroup).getAllByRole('checkbox').map((input) => input.getAttribute('aria-label'))).toEqual(['Events, 18 tickets', 'Billing, 9 tickets']);
    expect(box('Unassigned, 16 tickets')).toBeInTheDocument();
    expect(box('Avery Agent, 1 ticket')).toBeInTheDocument();

    await userEvent.click(box('Waiting on member, 7 tickets'));
    expect(url().getAll('status')).toEqual(['WAITING']);
    await userEvent.click(box('Events, 18 tickets'));
    await userEvent.click(box('Unassigned, 16 tickets'));
    await userEvent.click(box('Avery Agent, 1 ticket'));
    await userEvent.click(box('renewal, 9 tickets'));
    await userEvent.click(box('late-payment, 2 tickets'));
    expect(url().getAll('tag')).toEqual(['renewal', 'late-payment']);
    const expected = { status: ['WAITING'], categoryId: ['cat-events'], assignee: { ids: ['agent-2'], unassigned: true }, tag: ['renewal', 'late-payment'] };
    await waitFor(() => expect(pageCalls(calls).at(-1)?.variables.filter).toEqual(expected));
    await waitFor(() => expect(facetCalls(calls).at(-1)?.variables.filter).toEqual(expected));
    expect(screen.getByRole('list', { name: 'Active filters' }).textContent).toBe('Waiting on member×·Events×·Unassigned, Avery Agent×·renewal, late-payment×');

    // Unticking, and clearing a whole dimension.
    await userEvent.click(box('late-payment, 2 tickets'));
    expect(url().getAll('tag')).toEqual(['renewal']);
    await userEvent.click(within(sidebar).getByRole('button', { name: 'Clear tag' }));
    expect(url().getAll('tag')).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Remove filter Status: Waiting on member' }));
    expect(box('Waiting on member, 7 tickets')).not.toBeChecked();
  });

  it('ticks the agent\'s own row for the "me" filter and keeps a ticked value without tickets so it can be unticked', async () => {
    window.history.replaceState(null, '', '/app/?assignee=me&tag=gone');
    renderWithApi(<StaffConsole />, api());
    // Filtering by a tag keeps the sidebar open (the tag is ticked there).
    const sidebar = await screen.findByRole('complementary', { name: 'Refine' });
    const mine = await within(sidebar).findByRole('checkbox', { name: 'Alex Agent, 10 tickets' });
    expect(mine).toBeChecked();
    const gone = within(sidebar).getByRole('checkbox', { name: 'gone, 0 tickets' });
    expect(gone).toBeChecked();
    await userEvent.click(mine);
    expect(url().getAll('assignee')).toEqual([]);
    await userEvent.click(gone);
    expect(url().getAll('tag')).toEqual([]);
  });

  it('opens beside a wide queue while searching (the daily queue keeps its columns and asks for no counts); "Filters" toggles it', async () => {
    const { calls } = renderWithApi(<StaffConsole />, api());
    await screen.findByRole('link', { name: 'Subject 3' });
    expect(screen.queryByRole('complementary', { name: 'Refine' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Filters' })).toHaveAttribute('aria-expanded', 'false');
    expect(facetCalls(calls)).toHaveLength(0);

    await userEvent.type(screen.getByRole('searchbox', { name: 'Search tickets' }), 'renewal');
    await screen.findByRole('complementary', { name: 'Refine' });
    const toggle = screen.getByRole('button', { name: 'Filters' });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await userEvent.click(toggle);
    expect(screen.queryByRole('complementary', { name: 'Refine' })).toBeNull();
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    expect(screen.getByRole('complementary', { name: 'Refine' })).toBeInTheDocument();
  });

  it('shows the list before the counts arrive: the page never waits for them', async () => {
    let answer: (value: unknown) => void = () => undefined;
    const slow = new Promise((resolve) => { answer = resolve; });
    const { fetchMock } = renderWithApi(<StaffConsole />, api());
    const original = fetchMock.getMockImplementation()!;
    fetchMock.mockImplementation(async (input: unknown, init?: RequestInit) => {
      if (String(init?.body).includes('query QueueFacets')) await slow;
      return original(input, init);
    });
    window.history.replaceState(null, '', '/app/?search=renewal');
    act(() => window.dispatchEvent(new PopStateEvent('popstate')));
    await screen.findByRole('link', { name: 'Renewal failed' });
    const sidebar = screen.getByRole('complementary', { name: 'Refine' });
    expect(sidebar).toHaveAttribute('aria-busy', 'true');
    answer(null);
    await waitFor(() => expect(sidebar).toHaveAttribute('aria-busy', 'false'));
  });

  it('sits behind a "Filters" button when the queue is narrow, and counts only when opened', async () => {
    vi.stubGlobal('ResizeObserver', class {
      constructor(private readonly callback: ResizeObserverCallback) {}
      observe() { this.callback([{ contentRect: { width: 700 } } as ResizeObserverEntry], this as unknown as ResizeObserver); }
      unobserve() {}
      disconnect() {}
    });
    const { calls } = renderWithApi(<StaffConsole />, api());
    await screen.findByRole('link', { name: 'Subject 3' });
    const toggle = screen.getByRole('button', { name: 'Filters' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('complementary', { name: 'Refine' })).toBeNull();
    expect(facetCalls(calls)).toHaveLength(0);
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const sidebar = screen.getByRole('complementary', { name: 'Refine' });
    await within(sidebar).findByRole('checkbox', { name: 'Open, 20 tickets' });
    expect(facetCalls(calls)).toHaveLength(1);
  });
});

describe('when the search service is down', () => {
  it('says so calmly, and the queue goes on without the search; "try again" asks again', async () => {
    window.history.replaceState(null, '', '/app/?search=renewal');
    const { calls } = renderWithApi(<StaffConsole />, api({
      QueuePage: (variables) => ((variables.filter as { search?: string } | null)?.search ? unavailable : unsearched),
      QueueFacets: unavailable,
    }));
    expect(await screen.findByText('Search is unavailable right now; the queue still works without a search.')).toBeInTheDocument();
    await screen.findByRole('link', { name: 'Subject 3' });
    expect(pageCalls(calls).at(-1)?.variables).toMatchObject({ filter: null, orderBy: null });
    expect(screen.queryByRole('alert')).toBeNull();
    // The words stay in the box and the URL; the sidebar still filters, without counts.
    expect(screen.getByRole('searchbox', { name: 'Search tickets' })).toHaveValue('renewal');
    const sidebar = screen.getByRole('complementary', { name: 'Refine' });
    expect(sidebar).toHaveTextContent('Counts are unavailable right now; you can still filter.');
    await userEvent.click(within(sidebar).getByRole('checkbox', { name: 'Waiting on member' }));
    expect(url().get('search')).toBe('renewal');
    await waitFor(() => expect(pageCalls(calls).at(-1)?.variables.filter).toEqual({ status: ['WAITING'] }));

    const searchesBefore = pageCalls(calls).filter((call) => (call.variables.filter as { search?: string } | null)?.search).length;
    await userEvent.click(screen.getByRole('button', { name: 'Try the search again' }));
    await waitFor(() => expect(pageCalls(calls).filter((call) => (call.variables.filter as { search?: string } | null)?.search).length).toBeGreaterThan(searchesBefore));
    expect(await screen.findByText('Search is unavailable right now; the queue still works without a search.')).toBeInTheDocument();
  });
});

describe('live updates while searching', () => {
  it('says the results are updating for a moment (the index lags a commit), then reads them again', async () => {
    window.history.replaceState(null, '', '/app/?search=renewal&tag=renewal&status=OPEN');
    const { calls } = renderWithApi(<StaffConsole />, api());
    await screen.findByRole('link', { name: 'Renewal failed' });
    // The subscription has the filter without the words and tags.
    await waitFor(() => expect(fakeLive.active().at(-1)?.variables).toEqual({ filter: { status: ['OPEN'] } }));
    const before = pageCalls(calls).length;
    act(() => fakeLive.push({ ticketUpdated: { kind: 'CHANGED', matchesFilter: true, occurredAt: '2026-01-05T10:00:00Z', ticket: { id: 't7', version: 4, status: 'OPEN' } } }));
    expect(await screen.findByText('Search results are updating')).toBeInTheDocument();
    expect(pageCalls(calls).length).toBe(before);
    await waitFor(() => expect(pageCalls(calls).length).toBeGreaterThan(before), { timeout: 4000 });
    await waitFor(() => expect(screen.queryByText('Search results are updating')).toBeNull());
  });

  it('treats a tag change announced by the ticket view like a live update (tags are not pushed live)', async () => {
    window.history.replaceState(null, '', '/app/?search=renewal');
    const { calls } = renderWithApi(<StaffConsole />, api());
    await screen.findByRole('link', { name: 'Renewal failed' });
    const before = pageCalls(calls).length;
    act(() => announceTicketChange('t7'));
    expect(await screen.findByText('Search results are updating')).toBeInTheDocument();
    await waitFor(() => expect(pageCalls(calls).length).toBeGreaterThan(before), { timeout: 4000 });
  });
});
