import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderWithApi } from '../../test/renderWithApi';
import { MemberPortal } from './MemberPortal';
import { request, requestsPage } from './testData';

beforeEach(() => {
  window.history.replaceState(null, '', '/');
  sessionStorage.clear();
});

const unavailable = { errors: [{ message: 'Search is unavailable', extensions: { code: 'SEARCH_UNAVAILABLE' } }], status: 503 };
const all = requestsPage([request({ id: 'a', subject: 'Renewal failed' }), request({ id: 'b', subject: 'Gala tickets', updatedAt: '2026-03-09T09:00:00Z' })]);
const found = requestsPage(
  // Best match first, whatever the activity: the older one first here.
  [request({ id: 'a', subject: 'Renewal failed', updatedAt: '2026-03-01T09:00:00Z' }), request({ id: 'c', subject: 'Card question', updatedAt: '2026-03-08T09:00:00Z' })],
  false,
  {
    a: [{ field: 'SUBJECT', fragments: ['<mark>Renewal</mark> failed'] }],
    c: [
      { field: 'REPLIES', fragments: ['we fixed your &lt;b&gt;<mark>renewal</mark>&lt;/b&gt; today'] },
      // A note never reaches a member; were one ever sent, the portal would not show it.
      { field: 'NOTES', fragments: ['staff only <mark>renewal</mark> remark'] },
    ],
  },
);

const url = () => new URLSearchParams(window.location.search);

describe('searching My requests', () => {
  it('searches the member\'s own requests after typing pauses, best match first, with where the words are', async () => {
    const { calls, container } = renderWithApi(<MemberPortal />, {
      MemberRequests: (variables) => (variables.search ? found : all),
    });
    await screen.findByText('Gala tickets');
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search your requests' }), 'renewal');
    const results = await screen.findByRole('list', { name: 'Requests matching your search' });
    expect(url().get('search')).toBe('renewal');
    expect(calls.filter((call) => call.operationName === 'MemberRequests').map((call) => call.variables.search)).toEqual([null, 'renewal']);
    const links = within(results).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['?search=renewal&request=a', '?search=renewal&request=c']);
    expect(links[0]!.querySelector('mark')).toHaveTextContent('Renewal');
    expect(links[1]).toHaveTextContent('Conversation: we fixed your <b>renewal</b> today');
    expect(container.querySelector('b')).toBeNull();
    expect(results).not.toHaveTextContent('staff only');
    expect(screen.getByText('2 requests match')).toBeInTheDocument();

    // A request opened from the results, and back: the search is still there.
    await userEvent.click(links[0]!);
    expect(url().get('request')).toBe('a');
    expect(url().get('search')).toBe('renewal');
  });

  it('keeps the status filter with the search and says so plainly when nothing matches, with a way back', async () => {
    window.history.replaceState(null, '', '/?show=waiting&search=zebra');
    const { calls } = renderWithApi(<MemberPortal />, {
      MemberRequests: (variables) => (variables.search ? requestsPage([]) : all),
    });
    expect(await screen.findByText('None of the requests shown here mention “zebra”.')).toBeInTheDocument();
    expect(calls[0]?.variables).toMatchObject({ status: ['WAITING'], search: 'zebra' });
    expect(screen.getByRole('searchbox', { name: 'Search your requests' })).toHaveValue('zebra');
    await userEvent.click(screen.getByRole('button', { name: 'Show them without the search' }));
    expect(url().get('search')).toBeNull();
    expect(url().get('show')).toBe('waiting');
    await waitFor(() => expect(screen.getByRole('searchbox', { name: 'Search your requests' })).toHaveValue(''));
  });

  it('lists the requests without the search while search is unavailable, and says so calmly', async () => {
    window.history.replaceState(null, '', '/?search=renewal');
    const { calls } = renderWithApi(<MemberPortal />, {
      MemberRequests: (variables) => (variables.search ? unavailable : all),
    });
    expect(await screen.findByText('Search is not available right now, so all your requests are listed.')).toBeInTheDocument();
    expect(await screen.findByText('Gala tickets')).toBeInTheDocument();
    expect(calls.at(-1)?.variables.search).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('needs two characters before it searches', async () => {
    const { calls } = renderWithApi(<MemberPortal />, { MemberRequests: all });
    await screen.findByText('Gala tickets');
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search your requests' }), 'x');
    expect(await screen.findByText('Type at least 2 characters, or a number, to search.')).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(calls.every((call) => call.variables.search === null)).toBe(true);
    expect(url().get('search')).toBeNull();
  });
});
