import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderWithApi } from '../../test/renderWithApi';
import { MemberPortal } from './MemberPortal';
import { apiError, requestsPage } from './testData';

// Radix's Switch measures itself; jsdom has no ResizeObserver.
globalThis.ResizeObserver ??= class { observe() {} unobserve() {} disconnect() {} } as unknown as typeof ResizeObserver;

const preferences = (emailOptOut: boolean, email: string | null = 'maria@example.org') => ({ data: { myNotificationPreferences: { emailOptOut, email } } });
const updated = (emailOptOut: boolean) => ({ data: { updateMyNotificationPreferences: { emailOptOut, email: 'maria@example.org' } } });

beforeEach(() => {
  window.history.replaceState(null, '', '/');
  sessionStorage.clear();
});

describe('e-mail preferences', () => {
  it('are reachable from My requests', async () => {
    renderWithApi(<MemberPortal />, { MemberRequests: requestsPage([]), MemberEmailPreferences: preferences(false) });
    await userEvent.click(await screen.findByRole('link', { name: 'E-mail notifications' }));
    expect(window.location.search).toBe('?preferences=email');
    expect(await screen.findByRole('heading', { level: 1, name: 'E-mail notifications' })).toHaveFocus();
    expect(await screen.findByRole('switch', { name: 'E-mail me about my requests' })).toBeChecked();
    expect(screen.getByRole('switch')).toHaveAccessibleDescription(/E-mails go to maria@example.org\./);
  });

  it('opts out and back in, saying what it means', async () => {
    window.history.replaceState(null, '', '/?preferences=email');
    const { calls } = renderWithApi(<MemberPortal />, {
      MemberEmailPreferences: preferences(false),
      MemberUpdateEmailPreferences: (variables) => updated((variables.input as { emailOptOut: boolean }).emailOptOut),
    });
    const toggle = await screen.findByRole('switch', { name: 'E-mail me about my requests' });
    await userEvent.click(toggle);
    expect(await screen.findByText('You will not get e-mails about your requests. You can still see every update here.')).toBeInTheDocument();
    expect(toggle).not.toBeChecked();
    await userEvent.click(toggle);
    expect(await screen.findByText('You will get an e-mail when your requests change.')).toBeInTheDocument();
    expect(toggle).toBeChecked();
    expect(calls.filter((call) => call.operationName === 'MemberUpdateEmailPreferences').map((call) => call.variables)).toEqual([
      { input: { emailOptOut: true } },
      { input: { emailOptOut: false } },
    ]);
  });

  it('puts the switch back and says so when the choice could not be saved', async () => {
    window.history.replaceState(null, '', '/?preferences=email');
    renderWithApi(<MemberPortal />, {
      MemberEmailPreferences: preferences(true),
      MemberUpdateEmailPreferences: apiError('INTERNAL_ERROR', 'boom'),
    });
    const toggle = await screen.findByRole('switch', { name: 'E-mail me about my requests' });
    expect(toggle).not.toBeChecked();
    await userEvent.click(toggle);
    expect(await screen.findByText(/Your choice was not saved/)).toBeInTheDocument();
    await waitFor(() => expect(toggle).not.toBeChecked());
  });

  it('says so when there is no address to e-mail', async () => {
    window.history.replaceState(null, '', '/?preferences=email');
    renderWithApi(<MemberPortal />, { MemberEmailPreferences: preferences(false, null) });
    expect(await screen.findByText('We have no e-mail address for you, so we cannot e-mail you.')).toBeInTheDocument();
  });
});
