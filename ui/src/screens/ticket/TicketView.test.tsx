import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeLive } from '../../test/fakeLive';
import { meAs, renderWithApi, type FakeApi } from '../../test/renderWithApi';
import { TicketView } from './TicketView';

const AGENT = ['CLIENT_USER'];
const ADMIN = ['CLIENT_ADMIN'];

function ticket(overrides: Record<string, unknown> = {}) {
  return {
    id: 't-1',
    number: 42,
    reference: '#42',
    subject: 'Renewal failed',
    description: '<p>My renewal payment failed.</p>',
    status: 'OPEN',
    priority: 'MEDIUM',
    category: { id: 'c-billing', name: 'Billing', archived: false },
    requester: { id: 'u-maria', type: 'MEMBER', name: 'Maria Member', email: 'maria@example.org' },
    sponsorTicket: false,
    assignee: null,
    tags: ['renewal'],
    channel: 'WEB',
    followUpOf: null,
    followUps: [],
    createdAt: '2026-11-20T09:00:00Z',
    updatedAt: '2026-11-20T10:00:00Z',
    firstRespondedAt: null,
    resolvedAt: null,
    closedAt: null,
    version: 3,
    attachments: [],
    history: [
      { id: 'h1', occurredAt: '2026-11-20T09:00:00Z', actor: { type: 'USER', id: 'u-maria', name: 'Maria Member' }, field: 'CREATED', fromValue: null, toValue: 'OPEN', note: null },
      { id: 'h2', occurredAt: '2026-11-20T09:30:00Z', actor: { type: 'USER', id: 'u-ada', name: 'Ada Admin' }, field: 'PRIORITY', fromValue: 'MEDIUM', toValue: 'HIGH', note: 'Renewal deadline' },
    ],
    ...overrides,
  };
}

function message(id: string, visibility: 'PUBLIC' | 'INTERNAL', body: string, author = { id: 'u-alex', name: 'Alex Agent', role: 'STAFF' }) {
  return { id, visibility, author, body, createdAt: '2026-11-20T09:45:00Z', attachments: [] };
}

function view(ticketOverrides: Record<string, unknown> = {}, messages = [message('m1', 'PUBLIC', '<p>We are looking into it.</p>'), message('m2', 'INTERNAL', '<p>Card expired, check Stripe.</p>')]) {
  return {
    data: {
      ticket: {
        ...ticket(ticketOverrides),
        messages: { totalCount: messages.length, pageInfo: { hasNextPage: false, endCursor: null as string | null }, edges: messages.map((node) => ({ node })) },
      },
      ticketCategories: [
        { id: 'c-billing', name: 'Billing', archived: false },
        { id: 'c-events', name: 'Events', archived: false },
      ],
      supportAgents: [
        { id: 'u-alex', name: 'Alex Agent', active: true },
        { id: 'u-ada', name: 'Ada Admin', active: true },
      ],
    },
  };
}

const responses = {
  data: {
    cannedResponses: [
      { id: 'cr-thanks', title: 'Thanks for waiting', shortcut: 'thanks', shared: true, body: '<p>Thanks {{member.firstName}}!</p>', categories: [] },
      { id: 'cr-refund', title: 'Refund policy', shortcut: 'refund', shared: true, body: '<p>Refunds take 5 days.</p>', categories: [{ id: 'c-billing' }] },
    ],
    responseTemplates: [{ id: 'rt-1', name: 'Closing note', body: '<p>Closing {{ticket.reference}}.</p>' }],
  },
};

function api(roles: string[], extra: FakeApi = {}): FakeApi {
  return { Me: meAs(roles, 'Alex Agent', 'u-alex'), TicketView: view(), TicketComposerResponses: responses, ...extra };
}

const error = (code: string, message = 'refused', field?: string) => ({ errors: [{ message, extensions: field ? { code, field } : { code } }], status: 200 });

async function editor() {
  return screen.findByRole('textbox', { name: 'Reply to Maria' });
}

beforeEach(() => sessionStorage.clear());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('ticket view', () => {
  it('shows the header, the request and internal notes unmistakably apart from replies', async () => {
    renderWithApi(<TicketView ticketId="t-1" onOpenTicket={() => {}} />, api(AGENT));
    expect(await screen.findByRole('heading', { name: /#42 Renewal failed/ })).toBeInTheDocument();
    expect(screen.getAllByText('maria@example.org').length).toBeGreaterThan(0);

    const note = screen.getByRole('article', { name: 'Internal note from Alex Agent' });
    expect(within(note).getByText('Internal note')).toBeInTheDocument();
    expect(note).toHaveClass('note');
    expect(note.querySelector('svg')).not.toBeNull(); // the lock
    const reply = screen.getByRole('article', { name: 'Reply from Alex Agent' });
    expect(within(reply).queryByText('Internal note')).toBeNull();
    expect(reply).not.toHaveClass('note');
    expect(screen.getByRole('article', { name: 'Request from Maria Member' })).toHaveTextContent('My renewal payment failed.');
  });

  it('shows an agent no priority or assignee control, only their values', async () => {
    renderWithApi(<TicketView ticketId="t-1" onOpenTicket={() => {}} />, api(AGENT));
    expect(await screen.findByRole('combobox', { name: 'Status' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Category' })).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Priority' })).toBeNull();
    expect(screen.queryByRole('combobox', { name: 'Assignee' })).toBeNull();
    const rail = screen.getByRole('complementary', { name: 'Ticket properties' });
    expect(within(rail).getByText('Medium')).toBeInTheDocument();
    expect(within(rail).getByText('Unassigned')).toBeInTheDocument();
  });

  it('gives an admin priority and assignee controls that send the change with the version seen', async () => {
    const assigned = view({ assignee: { id: 'u-alex', name: 'Alex Agent' }, version: 4 }).data.ticket;
    const { calls } = renderWithApi(<TicketView ticketId="t-1" onOpenTicket={() => {}} />, api(ADMIN, {
      TicketAssign: { data: { assignTicket: assigned } },
    }));
    const user = userEvent.setup();
    expect(await screen.findByRole('combobox', { name: 'Priority' })).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Assignee' }), 'Alex Agent');
    await waitFor(() => expect(calls.find((call) => call.operationName === 'TicketAssign')?.variables).toEqual({ input: { id: 't-1', version: 3, agentId: 'u-alex' } }));
    expect(screen.getByRole('combobox', { name: 'Assignee' })).toHaveValue('u-alex');
  });

  it('shows a status change at once and rolls it back in plain words when refused', async () => {
    renderWithApi(<TicketView ticketId="t-1" onOpenTicket={() => {}} />, api(AGENT, {
      TicketChangeStatus: () => error('INVALID_TRANSITION', 'Cannot move'),
    }));
    const user = userEvent.setup();
    const status = await screen.findByRole('combobox', { name: 'Status' });
    await user.selectOptions(status, 'In progress');
    await waitFor(() => expect(screen.getByText(/Status was not changed\. That change is not possible/)).toBeInTheDocument());
    expect(status).toHaveValue('OPEN');
  });

  it('says the ticket changed meanwhile on CONFLICT, and Reload keeps the typed reply', async () => {
    let loads = 0;
    const { calls } = renderWithApi(<TicketView ticketId="t-1" onOpenTicket={() => {}} />, api(AGENT, {
      TicketView: () => { loads += 1; return loads === 1 ? view() : view({ status: 'WAITING', version: 5 }); },
      TicketChangeStatus: () => error('CONFLICT', 'Stale version'),
    }));
    const user = userEvent.setup();
    const box = await editor();
    await user.click(box);
    await user.keyboard('Half-written answer');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Resolved');

    const banner = await screen.findByText(/Someone else changed this ticket meanwhile/);
    expect(banner).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reload' }));
    await waitFor(() => expect(screen.queryByText(/Someone else changed this ticket meanwhile/)).toBeNull());
    expect(calls.filter((call) => call.operationName === 'TicketView')).toHaveLength(2);
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('WAITING');
    expect(await editor()).toHaveTextContent('Half-written answer');
  });

  it('inserts the canned response rendered for this ticket when /shortcut is typed', async () => {
    const { calls } = renderWithApi(<TicketView ticketId="t-1" onOpenTicket={() => {}} />, api(AGENT, {
      TicketRenderCanned: { data: { renderCannedResponse: { body: '<p>Thanks Maria!</p>' } } },
    }));
    const user = userEvent.setup();
    const box = await editor();
    await screen.findByRole('button', { name: 'Insert response' });
    await waitFor(() => expect(calls.some((call) => call.operationName === 'TicketComposerResponses')).toBe(true));
    await user.click(box);
    await user.keyboard('/than');
    expect(await screen.findByRole('option', { name: /thanks Thanks for waiting/ })).toBeInTheDocument();
    await user.keyboard('ks ');
    await waitFor(() => expect(box).toHaveTextContent('Thanks Maria!'));
    expect(box).not.toHaveTextContent('/thanks');
    expect(calls.find((call) => call.operationName === 'TicketRenderCanned')?.variables).toEqual({ id: 'cr-thanks', ticketId: 't-1' });
  });

  it('inserts a template from the picker', async () => {
    renderWithApi(<TicketView ticketId="t-1" onOpenTicket={() => {}} />, api(AGENT, {
      TicketRenderTemplate: { data: { renderResponseTemplate: { body: '<p>Closing #42.</p>' } } },
    }));
    const user = userEvent.setup();
    const box = await editor();
    await user.click(screen.getByRole('button', { name: 'Insert response' }));
    const search = await screen.findByRole('combobox', { name: 'Search responses' });
    await user.type(search, 'closing');
    expect(screen.getAllByRole('option')).toHaveLength(1);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(box).toHaveTextContent('Closing #42.'));
  });

  it('puts a validation error at the editor and keeps the draft', async () => {
    const { calls } = renderWithApi(<TicketView ticketId="t-1" onOpenTicket={() => {}} />, api(AGENT, {
      TicketReply: error('VALIDATION_FAILED', 'The reply may have at most 20,000 characters.', 'input.body'),
    }));
    const user = userEvent.setup();
    const box = await editor();
    await user.click(box);
    await user.keyboard('Too long, say');
    await user.click(screen.getByRole('button', { name: 'Send reply' }));
    expect(await screen.findByText('The reply may have at most 20,000 characters.')).toBeInTheDocument();
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveTextContent('Too long, say');
    expect(calls.find((call) => call.operationName === 'TicketReply')?.variables).toMatchObject({ input: { ticketId: 't-1', body: '<p>Too long, say</p>' } });
  });

  it('refuses to send nothing, in words at the editor', async () => {
    const { calls } = renderWithApi(<TicketView ticketId="t-1" onOpenTicket={() => {}} />, api(AGENT));
    const user = userEvent.setup();
    await editor();
    await user.click(screen.getByRole('button', { name: 'Send reply' }));
    expect(await screen.findByText('Write something first.')).toBeInTheDocument();
    expect(calls.some((call) => call.operationName === 'TicketReply')).toBe(false);
  });

  it('switches to an internal note with n, says who sees it, and sends it with Ctrl+Enter', async () => {
    const { calls } = renderWithApi(<TicketView ticketId="t-1" onOpenTicket={() => {}} />, api(AGENT, {
      TicketNote: { data: { addInternalNote: { id: 'm3' } } },
    }));
    const user = userEvent.setup();
    await editor();
    await user.keyboard('n');
    const note = await screen.findByRole('textbox', { name: 'Internal note – staff only' });
    await waitFor(() => expect(note).toHaveFocus());
    await user.keyboard('Checked the logs');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(calls.find((call) => call.operationName === 'TicketNote')?.variables).toEqual({ input: { ticketId: 't-1', body: '<p>Checked the logs</p>', attachmentIds: [] } }));
    expect(await screen.findByText('Internal note added.')).toBeInTheDocument();
    // The reply's draft is its own: the note never went into it.
    await user.click(screen.getByRole('radio', { name: /Reply to Maria/ }));
    expect(await editor()).toHaveTextContent('');
  });

  it('keeps shortcuts out of the way while typing', async () => {
    renderWithApi(<TicketView ticketId="t-1" onOpenTicket={() => {}} />, api(AGENT));
    const user = userEvent.setup();
    const box = await editor();
    await user.click(box);
    await user.keyboard('run now');
    expect(box).toHaveTextContent('run now');
    expect(screen.getByRole('textbox', { name: 'Reply to Maria' })).toBe(box);
  });

  it('shows the history with names, from → to and the note', async () => {
    renderWithApi(<TicketView ticketId="t-1" onOpenTicket={() => {}} />, api(AGENT));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('tab', { name: 'History (2)' }));
    const history = screen.getByRole('list', { name: 'History' });
    expect(within(history).getByText('Ada Admin')).toBeInTheDocument();
    expect(history).toHaveTextContent('Priority: Medium → High');
    expect(history).toHaveTextContent('“Renewal deadline”');
  });

  it('links the ticket it follows up and the ones that continue it', async () => {
    const onOpenTicket = vi.fn();
    renderWithApi(<TicketView ticketId="t-1" onOpenTicket={onOpenTicket} />, api(AGENT, {
      TicketView: view({ followUpOf: 't-0', followUps: [{ id: 't-2', reference: '#43', subject: 'Renewal again', status: 'OPEN' }] }),
      TicketFollowUpOf: { data: { ticket: { id: 't-0', reference: '#40', subject: 'Renewal', status: 'CLOSED' } } },
    }));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: '#40 Renewal' }));
    expect(onOpenTicket).toHaveBeenCalledWith('t-0');
    expect(screen.getByText(/Continued in/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '#43 Renewal again (Open)' }));
    expect(onOpenTicket).toHaveBeenCalledWith('t-2');
  });

  it('offers the rest of a long conversation', async () => {
    const many = Array.from({ length: 3 }, (_, index) => message(`m${index}`, 'PUBLIC', `<p>Message ${index}</p>`));
    const first = view({}, many);
    first.data.ticket.messages = { ...first.data.ticket.messages, totalCount: 5, pageInfo: { hasNextPage: true, endCursor: 'c3' } };
    const { calls } = renderWithApi(<TicketView ticketId="t-1" onOpenTicket={() => {}} />, api(AGENT, {
      TicketView: first,
      TicketMessagesPage: { data: { ticket: { id: 't-1', messages: { totalCount: 5, pageInfo: { hasNextPage: false, endCursor: 'c5' }, edges: [3, 4].map((index) => ({ node: message(`m${index}`, 'PUBLIC', `<p>Message ${index}</p>`) })) } } } },
    }));
    const user = userEvent.setup();
    expect(await screen.findByText('Showing 3 of 5 messages')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show 2 more' }));
    expect(await screen.findByText('Message 4')).toBeInTheDocument();
    expect(calls.find((call) => call.operationName === 'TicketMessagesPage')?.variables).toEqual({ id: 't-1', first: 100, after: 'c3' });
    expect(screen.queryByText(/Showing/)).toBeNull();
  });

  it('shows a closed ticket without an editor or controls that would be refused', async () => {
    renderWithApi(<TicketView ticketId="t-1" onOpenTicket={() => {}} />, api(ADMIN, { TicketView: view({ status: 'CLOSED' }) }));
    expect(await screen.findByText(/This ticket is closed/)).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('combobox')).toBeNull();
  });
});

describe('tags on the ticket view', () => {
  const tagged = (tags: string[], version = 4) => ({ ...view({ tags, version }).data.ticket });

  it('shows the tags as chips to staff, adds several typed with commas on Enter, and clears the box', async () => {
    const { calls } = renderWithApi(<TicketView ticketId="t-1" onOpenTicket={() => {}} />, api(AGENT, {
      TicketAddTags: { data: { addTicketTags: tagged(['late-payment', 'renewal', 'vip']) } },
    }));
    const user = userEvent.setup();
    const list = await screen.findByRole('list', { name: 'Tags' });
    expect(within(list).getByText('renewal')).toBeInTheDocument();
    const box = screen.getByRole('textbox', { name: 'Add tags' });
    await user.type(box, 'Late Payment, vip,, VIP {Enter}');
    await waitFor(() => expect(calls.find((call) => call.operationName === 'TicketAddTags')?.variables).toEqual({ input: { id: 't-1', tags: ['Late Payment', 'vip'] } }));
    await waitFor(() => expect(box).toHaveValue(''));
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['late-payment×', 'renewal×', 'vip×']);
  });

  it('removes a tag with its button, named for the tag', async () => {
    const { calls } = renderWithApi(<TicketView ticketId="t-1" onOpenTicket={() => {}} />, api(AGENT, {
      TicketRemoveTags: { data: { removeTicketTags: tagged([]) } },
    }));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Remove tag renewal' }));
    await waitFor(() => expect(calls.find((call) => call.operationName === 'TicketRemoveTags')?.variables).toEqual({ input: { id: 't-1', tags: ['renewal'] } }));
    expect(await screen.findByText('No tags yet.')).toBeInTheDocument();
  });

  it('puts a validation error at the box, rolls the chips back and keeps what was typed', async () => {
    renderWithApi(<TicketView ticketId="t-1" onOpenTicket={() => {}} />, api(AGENT, {
      TicketAddTags: () => error('VALIDATION_FAILED', 'A tag has 1 to 40 letters, digits, hyphens, underscores or dots.', 'input.tags'),
    }));
    const user = userEvent.setup();
    const box = await screen.findByRole('textbox', { name: 'Add tags' });
    await user.type(box, 'no way!{Enter}');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('A tag has 1 to 40 letters, digits, hyphens, underscores or dots.');
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveAccessibleDescription(/A tag has 1 to 40 letters/);
    expect(box).toHaveValue('no way!');
    expect(within(screen.getByRole('list', { name: 'Tags' })).getAllByRole('listitem')).toHaveLength(1);
    // Editing the text puts the error away.
    await user.type(box, '{Backspace}');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(box).not.toHaveAttribute('aria-invalid');
  });

  it('says in plain words when tags could not be changed for another reason', async () => {
    renderWithApi(<TicketView ticketId="t-1" onOpenTicket={() => {}} />, api(AGENT, {
      TicketRemoveTags: () => error('NOT_FOUND', 'No such ticket'),
    }));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Remove tag renewal' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Tags were not changed. We could not find that.');
    expect(screen.getByRole('list', { name: 'Tags' })).toHaveTextContent('renewal');
  });

  it('shows no tags to anyone but staff', async () => {
    renderWithApi(<TicketView ticketId="t-1" onOpenTicket={() => {}} />, api(['MEMBER'], { TicketView: view({ tags: [] }) }));
    expect(await screen.findByRole('heading', { name: /#42 Renewal failed/ })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Tags' })).toBeNull();
    expect(screen.queryByRole('textbox', { name: 'Add tags' })).toBeNull();
  });

  it('shows a closed ticket\'s tags without ways to change them', async () => {
    renderWithApi(<TicketView ticketId="t-1" onOpenTicket={() => {}} />, api(AGENT, { TicketView: view({ status: 'CLOSED' }) }));
    expect(await screen.findByRole('list', { name: 'Tags' })).toHaveTextContent('renewal');
    expect(screen.queryByRole('button', { name: 'Remove tag renewal' })).toBeNull();
    expect(screen.queryByRole('textbox', { name: 'Add tags' })).toBeNull();
  });

  it('says which tags a history entry added and removed', async () => {
    renderWithApi(<TicketView ticketId="t-1" onOpenTicket={() => {}} />, api(AGENT, {
      TicketView: view({ history: [
        { id: 'h3', occurredAt: '2026-11-20T10:00:00Z', actor: { type: 'USER', id: 'u-alex', name: 'Alex Agent' }, field: 'TAGS', fromValue: null, toValue: 'renewal,vip', note: null },
        { id: 'h4', occurredAt: '2026-11-20T10:05:00Z', actor: { type: 'USER', id: 'u-alex', name: 'Alex Agent' }, field: 'TAGS', fromValue: 'renewal,vip', toValue: 'late-payment,renewal', note: null },
        { id: 'h5', occurredAt: '2026-11-20T10:06:00Z', actor: { type: 'USER', id: 'u-alex', name: 'Alex Agent' }, field: 'TAGS', fromValue: 'late-payment,renewal', toValue: null, note: null },
      ] }),
    }));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('tab', { name: 'History (3)' }));
    const entries = within(screen.getByRole('list', { name: 'History' })).getAllByRole('listitem');
    expect(entries[0]).toHaveTextContent('Alex Agent Tags: added renewal, vip');
    expect(entries[1]).toHaveTextContent('Alex Agent Tags: added late-payment; removed vip');
    expect(entries[2]).toHaveTextContent('Alex Agent Tags: removed late-payment, renewal');
  });
});

describe('ticket view, live updates', () => {
  const changed = (kind: string, id: string, version: number) =>
    ({ ticketUpdated: { kind, matchesFilter: true, occurredAt: '2026-11-20T11:00:00Z', ticket: { id, version, status: 'WAITING' } } });
  const banner = 'This ticket was changed by someone else.';

  beforeEach(() => fakeLive.reset());

  it('says when someone else changed the ticket, and Reload shows it keeping the draft', async () => {
    const user = userEvent.setup();
    let current = view();
    renderWithApi(<TicketView ticketId="t-1" onOpenTicket={() => {}} />, api(AGENT, { TicketView: () => current }));
    await screen.findByRole('heading', { name: /#42 Renewal failed/ });
    await user.type(await editor(), 'Half-written answer');

    // Its own version, or another ticket: nothing to say.
    act(() => fakeLive.push(changed('CHANGED', 't-1', 3)));
    act(() => fakeLive.push(changed('CHANGED', 't-9', 7)));
    expect(screen.queryByText(banner)).not.toBeInTheDocument();

    act(() => fakeLive.push(changed('CHANGED', 't-1', 4)));
    const notice = await screen.findByRole('status');
    expect(notice).toHaveTextContent(banner);

    current = view({ version: 4, status: 'WAITING' });
    await user.click(within(notice).getByRole('button', { name: 'Reload' }));
    await waitFor(() => expect(screen.queryByText(banner)).not.toBeInTheDocument());
    expect(await editor()).toHaveTextContent('Half-written answer');
  });

  it('reads the conversation again when a message is added', async () => {
    const { calls } = renderWithApi(<TicketView ticketId="t-1" onOpenTicket={() => {}} />, api(AGENT));
    await screen.findByRole('heading', { name: /#42 Renewal failed/ });
    const reads = () => calls.filter((call) => call.operationName === 'TicketView').length;
    const before = reads();

    act(() => fakeLive.push(changed('MESSAGE_ADDED', 't-1', 3)));

    await waitFor(() => expect(reads()).toBeGreaterThan(before));
    expect(screen.queryByText(banner)).not.toBeInTheDocument();
  });
});
