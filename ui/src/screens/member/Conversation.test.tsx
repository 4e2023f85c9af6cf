import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderWithApi } from '../../test/renderWithApi';
import { MemberPortal } from './MemberPortal';
import { apiError, message, requestsPage, ticketAnswer, validationError } from './testData';

beforeEach(() => {
  window.history.replaceState(null, '', '/?request=t-1');
  sessionStorage.clear();
});
afterEach(cleanup);

const conversation = [
  message('m-1', { body: '<p>Could you send the invoice number?</p>', author: { name: 'Alex Agent', role: 'STAFF' } }),
  message('m-2', { visibility: 'INTERNAL', body: '<p>Secret: card flagged by fraud check</p>', author: { name: 'Alex Agent', role: 'STAFF' } }),
  message('m-3', {
    body: '<p>It is INV-77.</p>', createdAt: '2026-03-01T11:00:00Z', author: { name: 'Maria Lind', role: 'REQUESTER' },
    attachments: [{ id: 'f-1', name: 'invoice.pdf', size: 2048, url: '/attachments/f-1' }],
  }),
];

async function type(label: string, text: string) {
  const user = userEvent.setup();
  await user.click(screen.getByLabelText(label));
  await user.paste(text);
  return user;
}

describe('The conversation', () => {
  it('reads like e-mail: the description, then the public replies with author, time and files', async () => {
    renderWithApi(<MemberPortal />, { MemberRequest: ticketAnswer({}, conversation) });
    expect(await screen.findByRole('heading', { level: 1, name: 'Renewal failed' })).toBeInTheDocument();
    const thread = screen.getByRole('list', { name: 'Conversation' });
    const items = within(thread).getAllByRole('listitem').filter((item) => item.parentElement === thread);
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent('Maria Lind (you)');
    expect(items[0]).toHaveTextContent('My renewal failed twice.');
    expect(items[1]).toHaveTextContent('Alex Agent · Support team');
    expect(items[1]).toHaveTextContent('Could you send the invoice number?');
    expect(items[2]).toHaveTextContent('It is INV-77.');
    expect(within(items[2]!).getByRole('button', { name: /invoice\.pdf/ })).toBeInTheDocument();
    expect(items[1]!.querySelector('time')).toHaveAttribute('dateTime', '2026-03-01T10:00:00Z');
    expect(screen.getByText("We're working on it")).toBeInTheDocument();
  });

  it('never shows an internal note, even if one is in the data', async () => {
    renderWithApi(<MemberPortal />, { MemberRequest: ticketAnswer({}, conversation) });
    await screen.findByText('Could you send the invoice number?');
    expect(document.body).not.toHaveTextContent('Secret');
    expect(document.body).not.toHaveTextContent('fraud');
  });

  it('sends a reply as escaped paragraphs and clears the draft', async () => {
    const { calls } = renderWithApi(<MemberPortal />, {
      MemberRequest: ticketAnswer({}, conversation),
      MemberReply: { data: { replyToTicket: { openedFollowUp: false, message: { id: 'm-4' }, ticket: { id: 't-1', reference: '#1', status: 'IN_PROGRESS' } } } },
      MemberRequests: requestsPage([]),
    });
    await screen.findByText('Could you send the invoice number?');
    const user = await type('Your message', 'Thanks <b>a lot</b>\nMaria');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(await screen.findByText('Your message was sent.')).toBeInTheDocument();
    expect(calls.find((call) => call.operationName === 'MemberReply')?.variables.input).toEqual({
      ticketId: 't-1', body: '<p>Thanks &lt;b&gt;a lot&lt;/b&gt;<br>Maria</p>', attachmentIds: [],
    });
    expect(screen.getByLabelText('Your message')).toHaveValue('');
  });

  it('keeps a reply that failed and shows its validation error at the box', async () => {
    renderWithApi(<MemberPortal />, { MemberRequest: ticketAnswer({}, conversation), MemberReply: validationError('input.body', 'A message may have at most 20000 characters.') });
    await screen.findByText('Could you send the invoice number?');
    const user = await type('Your message', 'A long story');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(screen.getByLabelText('Your message')).toHaveAccessibleDescription(expect.stringContaining('at most 20000 characters')));
    expect(screen.getByLabelText('Your message')).toHaveValue('A long story');
    expect(sessionStorage.getItem('memberpulse-support.draft.member.reply.t-1')).toBe('A long story');
  });

  it('on a closed request, says a reply starts a new one, and goes to the follow-up it opened', async () => {
    renderWithApi(<MemberPortal />, {
      MemberRequest: (variables) => (variables.id === 't-1'
        ? ticketAnswer({ status: 'CLOSED' }, conversation)
        : ticketAnswer({ id: 't-2', reference: '#2', subject: 'Renewal failed', followUpOf: 't-1', description: '<p>Still broken</p>' })),
      MemberRequestReference: { data: { ticket: { id: 't-1', reference: '#1' } } },
      MemberReply: { data: { replyToTicket: { openedFollowUp: true, message: null, ticket: { id: 't-2', reference: '#2', status: 'OPEN' } } } },
      MemberRequests: requestsPage([]),
    });
    expect(await screen.findByText(/This request is closed\. If you write again/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Close this request' })).toBeNull();
    const user = await type('Your message', 'Still broken');
    await user.click(screen.getByRole('button', { name: 'Send as a new request' }));
    await waitFor(() => expect(window.location.search).toBe('?request=t-2'));
    expect(await screen.findByText('#1 was closed, so your message started a new request, #2. We will answer you here.')).toBeInTheDocument();
    const earlier = await screen.findByRole('link', { name: '#1' });
    expect(earlier).toHaveAttribute('href', '?request=t-1');
    expect(earlier.parentElement).toHaveTextContent('Follow-up of #1');
  });

  it('links a closed request to the follow-ups that continue it', async () => {
    renderWithApi(<MemberPortal />, {
      MemberRequest: ticketAnswer({ status: 'CLOSED', followUps: [{ id: 't-5', reference: '#5' }, { id: 't-8', reference: '#8' }] }, conversation),
    });
    const later = await screen.findByRole('link', { name: '#8' });
    expect(later).toHaveAttribute('href', '?request=t-8');
    expect(later.parentElement!.parentElement).toHaveTextContent('Continued in #5, #8');
  });

  it('closes the request after a confirmation', async () => {
    let closed = false;
    const { calls } = renderWithApi(<MemberPortal />, {
      MemberRequest: () => ticketAnswer({ status: closed ? 'CLOSED' : 'RESOLVED' }, conversation),
      MemberCloseRequest: () => { closed = true; return { data: { changeTicketStatus: { id: 't-1', status: 'CLOSED', version: 4 } } }; },
      MemberRequests: requestsPage([]),
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Close this request' }));
    const dialog = screen.getByRole('dialog', { name: 'Close this request?' });
    expect(calls.some((call) => call.operationName === 'MemberCloseRequest')).toBe(false);
    await user.click(within(dialog).getByRole('button', { name: 'Yes, close it' }));
    expect(await screen.findByText('You closed this request. Thank you.')).toBeInTheDocument();
    expect(calls.find((call) => call.operationName === 'MemberCloseRequest')?.variables.input).toEqual({ id: 't-1', version: 3, status: 'CLOSED' });
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Close this request' })).toBeNull());
    expect(screen.getByText('Closed')).toBeInTheDocument();
  });

  it('when the request changed meanwhile, reloads it and says so in plain words', async () => {
    let version = 3;
    renderWithApi(<MemberPortal />, {
      MemberRequest: () => ticketAnswer({ version, status: version > 3 ? 'WAITING' : 'IN_PROGRESS' }, conversation),
      MemberCloseRequest: () => { version = 4; return apiError('CONFLICT', 'Version 3 is stale'); },
      MemberRequests: requestsPage([]),
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Close this request' }));
    await user.click(screen.getByRole('button', { name: 'Yes, close it' }));
    expect(await screen.findByText(/This request changed while you were reading it/)).toBeInTheDocument();
    expect(await screen.findByText('Waiting for you')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.body).not.toHaveTextContent('stale');
  });

  it('a request that is not the member\'s reads as not found', async () => {
    renderWithApi(<MemberPortal />, { MemberRequest: { data: { ticket: null } } });
    expect(await screen.findByRole('alert')).toHaveTextContent('We could not find that');
    expect(screen.getByRole('link', { name: /Back to my requests/ })).toBeInTheDocument();
  });
});
