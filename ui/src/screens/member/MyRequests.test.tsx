import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderWithApi } from '../../test/renderWithApi';
import { MemberPortal } from './MemberPortal';
import { apiError, request, requestsPage } from './testData';

beforeEach(() => {
  window.history.replaceState(null, '', '/');
  sessionStorage.clear();
});
afterEach(cleanup);

describe('My requests', () => {
  it('says where each request stands in plain words, never the status codes', async () => {
    renderWithApi(<MemberPortal />, {
      MemberRequests: requestsPage([
        request({ id: 'a', subject: 'New one', status: 'OPEN' }),
        request({ id: 'b', subject: 'Being worked', status: 'IN_PROGRESS' }),
        request({ id: 'c', subject: 'Needs me', status: 'WAITING' }),
        request({ id: 'd', subject: 'Fixed', status: 'RESOLVED' }),
        request({ id: 'e', subject: 'Done', status: 'CLOSED' }),
      ]),
    });
    const list = await screen.findByRole('list', { name: 'My requests' });
    const row = (subject: string) => within(list).getByText(subject).closest('a')!;
    expect(row('New one')).toHaveTextContent("We're working on it");
    expect(row('Being worked')).toHaveTextContent("We're working on it");
    expect(row('Needs me')).toHaveTextContent('Waiting for you');
    expect(row('Fixed')).toHaveTextContent('Solved');
    expect(row('Done')).toHaveTextContent('Closed');
    expect(list).not.toHaveTextContent(/OPEN|IN_PROGRESS|WAITING|RESOLVED/);
  });

  it('puts the latest activity first and links each request to its conversation', async () => {
    renderWithApi(<MemberPortal />, {
      MemberRequests: requestsPage([
        request({ id: 'new', subject: 'Raised last, quiet since', createdAt: '2026-03-05T09:00:00Z', updatedAt: '2026-03-05T09:00:00Z' }),
        request({ id: 'old', subject: 'Raised first, answered today', createdAt: '2026-03-01T09:00:00Z', updatedAt: '2026-03-06T09:00:00.5Z' }),
      ]),
    });
    const links = within(await screen.findByRole('list', { name: 'My requests' })).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([expect.stringContaining('answered today'), expect.stringContaining('quiet since')]);
    expect(links[0]).toHaveAttribute('href', '?request=old');
    await userEvent.click(links[0]!);
    expect(window.location.search).toBe('?request=old');
  });

  it('filters by plain-word status and asks the API for the statuses behind the words', async () => {
    const { calls } = renderWithApi(<MemberPortal />, {
      MemberRequests: (variables) => requestsPage(variables.status ? [] : [request()]),
    });
    await screen.findByText('Renewal failed');
    await userEvent.click(screen.getByRole('button', { name: "We're working on it" }));
    await screen.findByText('No requests to show here.');
    expect(calls.at(-1)?.variables.status).toEqual(['OPEN', 'IN_PROGRESS']);
    expect(window.location.search).toBe('?show=working');
    await userEvent.click(screen.getByRole('button', { name: 'Waiting for you' }));
    await waitFor(() => expect(calls.at(-1)?.variables.status).toEqual(['WAITING']));
    expect(screen.getByRole('button', { name: 'Waiting for you' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('pages with the cursor', async () => {
    const { calls } = renderWithApi(<MemberPortal />, {
      MemberRequests: (variables) => (variables.after
        ? requestsPage([request({ id: 'b', subject: 'Older one', updatedAt: '2026-01-01T00:00:00Z' })])
        : requestsPage([request({ id: 'a', subject: 'Newer one' })], true)),
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Show older requests' }));
    await screen.findByText('Older one');
    expect(calls.at(-1)?.variables.after).toBe('cursor-1');
    expect(screen.getByText('Newer one')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show older requests' })).toBeNull();
  });

  it('has an empty state that invites a first request', async () => {
    renderWithApi(<MemberPortal />, { MemberRequests: requestsPage([]) });
    expect(await screen.findByText('You have not asked us anything yet.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'New request' })).toHaveAttribute('href', '?new=1');
  });

  it('shows an error in plain words, with retry', async () => {
    renderWithApi(<MemberPortal />, { MemberRequests: apiError('INTERNAL_ERROR', 'java.lang.NullPointerException') });
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 }); // after TanStack's two retries
    expect(alert).toHaveTextContent('Something went wrong on our side');
    expect(alert).not.toHaveTextContent('NullPointer');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
