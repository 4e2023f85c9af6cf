import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { meAs, renderWithApi, type FakeApi } from '../../../test/renderWithApi';
import { CannedResponsesSettings } from './CannedResponsesSettings';

const response = (id: string, title: string, shared: boolean, extra: Record<string, unknown> = {}) => ({
  id, title, shared, body: `<p>${title} text for {{member.firstName}}</p>`, shortcut: null, categories: [],
  updatedAt: '2026-11-20T10:00:00Z', version: 1, ...extra,
});
const TEAM = response('cr-team', 'Team welcome', true, { shortcut: 'welcome', categories: [{ id: 'c-billing', name: 'Billing', archived: false }] });
const MINE = response('cr-mine', 'My thanks', false, { shortcut: 'thanks' });

function api(roles: string[], extra: FakeApi = {}): FakeApi {
  return {
    Me: meAs(roles, roles.includes('CLIENT_ADMIN') ? 'Ada Admin' : 'Alex Agent'),
    AdminResponses: { data: { cannedResponses: [MINE, TEAM], ticketCategories: [{ id: 'c-billing', name: 'Billing', archived: false }, { id: 'c-old', name: 'Old', archived: true }] } },
    ...extra,
  };
}

const refused = (code: string, message: string, field?: string) => ({ errors: [{ message, extensions: field ? { code, field } : { code } }], status: 200 });

beforeEach(() => {
  sessionStorage.clear();
  window.history.replaceState(null, '', '/app/?screen=responses');
});
afterEach(() => vi.unstubAllGlobals());

describe('canned responses', () => {
  it('gives an agent controls for their own responses only, and the shared ones read-only', async () => {
    renderWithApi(<CannedResponsesSettings />, api(['CLIENT_USER']));
    expect(await screen.findByRole('heading', { level: 1, name: 'My canned responses' })).toBeInTheDocument();
    const mine = await screen.findByRole('table', { name: 'Yours' });
    expect(within(mine).getByText('My thanks')).toBeInTheDocument();
    expect(within(mine).getByRole('button', { name: 'Edit My thanks' })).toBeInTheDocument();
    expect(within(mine).getByRole('button', { name: 'Delete My thanks' })).toBeInTheDocument();
    const shared = screen.getByRole('table', { name: 'Shared with the team' });
    expect(within(shared).getByText('Team welcome')).toBeInTheDocument();
    expect(within(shared).queryByRole('button')).toBeNull();
    expect(screen.queryByRole('button', { name: /Team welcome/ })).toBeNull();
    // No shared/personal filter either: an agent's responses are all personal.
    expect(screen.queryByRole('radio', { name: 'Shared' })).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'New canned response' }));
    expect(await screen.findByRole('heading', { name: 'New canned response', level: 2 })).toBeInTheDocument();
    expect(screen.queryByRole('radio', { name: /Shared: the whole team/ })).toBeNull();
  });

  it('never opens a shared response for an agent to edit, even from the URL', async () => {
    window.history.replaceState(null, '', '/app/?screen=responses&response=cr-team');
    renderWithApi(<CannedResponsesSettings />, api(['CLIENT_USER']));
    await screen.findByRole('table', { name: 'Yours' });
    expect(screen.queryByRole('textbox', { name: 'Title' })).toBeNull();
  });

  it('lets an admin write a shared response, showing the API’s validation at its field and keeping the text', async () => {
    const { calls } = renderWithApi(<CannedResponsesSettings />, api(['CLIENT_ADMIN'], {
      AdminResponsesCreate: refused('VALIDATION_FAILED', "Another shared canned response has the shortcut 'welcome'. Choose another one.", 'input.shortcut'),
    }));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'New canned response' }));
    expect(screen.getByRole('radio', { name: /Shared: the whole team/ })).toBeChecked();
    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Renewal help');
    await user.type(screen.getByRole('textbox', { name: 'Shortcut' }), 'Welcome');
    await user.click(screen.getByRole('textbox', { name: 'Text' }));
    await user.keyboard('Here is how to renew.');
    await user.click(screen.getByRole('checkbox', { name: 'Billing' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const shortcut = screen.getByRole('textbox', { name: 'Shortcut' });
    await waitFor(() => expect(shortcut).toHaveAttribute('aria-invalid', 'true'));
    expect(shortcut).toHaveAccessibleDescription(/has the shortcut 'welcome'/);
    expect(screen.getByRole('textbox', { name: 'Title' })).not.toHaveAttribute('aria-invalid');
    expect(calls.find((call) => call.operationName === 'AdminResponsesCreate')?.variables).toEqual({
      input: { title: 'Renewal help', body: '<p>Here is how to renew.</p>', shortcut: 'welcome', categoryIds: ['c-billing'], shared: true },
    });
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Renewal help');
  });

  it('checks the shortcut and the required fields before sending', async () => {
    const { calls } = renderWithApi(<CannedResponsesSettings />, api(['CLIENT_USER']));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'New canned response' }));
    await user.type(screen.getByRole('textbox', { name: 'Shortcut' }), 'two words');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveAccessibleDescription(/Required/);
    expect(screen.getByRole('textbox', { name: 'Shortcut' })).toHaveAccessibleDescription(/without spaces/);
    expect(calls.some((call) => call.operationName === 'AdminResponsesCreate')).toBe(false);
  });

  it('deletes only after confirmation', async () => {
    const { calls } = renderWithApi(<CannedResponsesSettings />, api(['CLIENT_USER'], {
      AdminResponsesDelete: { data: { deleteCannedResponse: 'cr-mine' } },
    }));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Delete My thanks' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete “My thanks”?' });
    expect(calls.some((call) => call.operationName === 'AdminResponsesDelete')).toBe(false);
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(calls.find((call) => call.operationName === 'AdminResponsesDelete')?.variables).toEqual({ id: 'cr-mine' });
    expect(screen.getByText('Deleted “My thanks”.')).toBeInTheDocument();
  });

  it('on CONFLICT keeps the text and saves it over theirs only when asked', async () => {
    let saves = 0;
    let loads = 0;
    const { calls } = renderWithApi(<CannedResponsesSettings />, api(['CLIENT_USER'], {
      AdminResponses: () => {
        loads += 1;
        const mine = loads === 1 ? MINE : { ...MINE, title: 'Their title', version: 2 };
        return { data: { cannedResponses: [mine, TEAM], ticketCategories: [] } };
      },
      AdminResponsesUpdate: () => (++saves === 1 ? refused('CONFLICT', 'changed meanwhile') : { data: { updateCannedResponse: { id: 'cr-mine', title: 'My new title', version: 3 } } }),
    }));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Edit My thanks' }));
    const title = screen.getByRole('textbox', { name: 'Title' });
    await user.clear(title);
    await user.type(title, 'My new title');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/changed this response while you were editing/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('My new title');

    await waitFor(() => expect(loads).toBe(2));
    await user.click(screen.getByRole('button', { name: 'Keep mine (then save)' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(saves).toBe(2));
    const updates = calls.filter((call) => call.operationName === 'AdminResponsesUpdate').map((call) => call.variables.input as { version: number; title: string });
    expect(updates.map((input) => [input.version, input.title])).toEqual([[1, 'My new title'], [2, 'My new title']]);
  });

  it('searches as typed, by title, shortcut or text', async () => {
    renderWithApi(<CannedResponsesSettings />, api(['CLIENT_ADMIN']));
    const user = userEvent.setup();
    const table = await screen.findByRole('table', { name: 'Canned responses' });
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'welc');
    expect(within(table).queryByText('My thanks')).toBeNull();
    expect(within(table).getByText('Team welcome')).toBeInTheDocument();
    expect(window.location.search).toContain('responsesSearch=welc');
    await user.click(screen.getByRole('radio', { name: 'Personal' }));
    expect(screen.getByText('Nothing matches “welc”.')).toBeInTheDocument();
  });
});
