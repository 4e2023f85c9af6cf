import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithApi, type FakeAnswer, type FakeApi } from '../../../test/renderWithApi';
import { CategoriesSettings } from './CategoriesSettings';
import { fullOrder } from './order';

interface Row { id: string; name: string; description: string | null; position: number; archived: boolean; archivedAt: string | null; version: number }

const row = (id: string, name: string, position: number, change: Partial<Row> = {}): Row =>
  ({ id, name, description: null, position, archived: false, archivedAt: null, version: 1, ...change });

/** A tenant's categories as the API keeps them: Billing, Events, (archived) Old stuff, Directory. */
function tenant() {
  return [
    row('c-billing', 'Billing', 1, { description: 'Renewals, invoices and refunds' }),
    row('c-events', 'Events', 2),
    row('c-old', 'Old stuff', 3, { archived: true, archivedAt: '2026-01-05T10:00:00Z' }),
    row('c-directory', 'Directory', 4),
  ];
}

function api(rows: Row[], extra: FakeApi = {}): FakeApi {
  return { AdminCategories: () => ({ data: { ticketCategories: rows.map((r) => ({ ...r })) } }), ...extra };
}

const error = (code: string, message: string, field?: string): FakeAnswer =>
  ({ errors: [{ message, extensions: field ? { code, field } : { code } }], status: 200 });

const activeNames = () => within(screen.getByRole('list', { name: /Active categories/ })).getAllByRole('listitem')
  .map((item) => item.querySelector('[class*="name"]')?.textContent);

beforeEach(() => sessionStorage.clear());
afterEach(() => vi.unstubAllGlobals());

describe('categories settings', () => {
  it('lists the active categories in order and the archived ones apart', async () => {
    renderWithApi(<CategoriesSettings />, api(tenant()));
    expect(screen.getByRole('status')).toHaveTextContent('Loading');
    await waitFor(() => expect(activeNames()).toEqual(['Billing', 'Events', 'Directory']));
    const archived = screen.getByRole('list', { name: 'Archived categories' });
    expect(within(archived).getByText('Old stuff')).toBeInTheDocument();
    expect(within(archived).getByRole('button', { name: 'Restore Old stuff' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reorder Billing' })).toBeInTheDocument();
  });

  it('shows an empty list in words and a failed load with a way to try again', async () => {
    const { unmount } = renderWithApi(<CategoriesSettings />, api([]));
    expect(await screen.findByText(/No active categories/)).toBeInTheDocument();
    unmount();
    renderWithApi(<CategoriesSettings />, { AdminCategories: error('FORBIDDEN', 'Admins only') });
    expect(await screen.findByRole('alert')).toHaveTextContent('You do not have permission to do that.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('sends the full id list, archived ones in their places, and shows the new order at once', async () => {
    const rows = tenant();
    let answer!: (value: Response) => void;
    const { calls, fetchMock } = renderWithApi(<CategoriesSettings />, api(rows, { AdminReorderCategories: { data: null } }));
    await waitFor(() => expect(activeNames()).toEqual(['Billing', 'Events', 'Directory']));
    // The API answers the reorder later: the new order shows before it does.
    const real = fetchMock.getMockImplementation()!;
    fetchMock.mockImplementation(async (url, init) => {
      if (String(init?.body).includes('AdminReorderCategories')) {
        await real(url, init);
        return new Promise<Response>((resolve) => { answer = resolve; });
      }
      return real(url, init);
    });
    await userEvent.click(screen.getByRole('button', { name: 'Move Directory up' }));
    await waitFor(() => expect(activeNames()).toEqual(['Billing', 'Directory', 'Events']));
    expect(screen.getByText('Saving the new order…')).toBeInTheDocument();
    const sent = calls.find((call) => call.operationName === 'AdminReorderCategories');
    expect(sent?.variables).toEqual({ ids: ['c-billing', 'c-directory', 'c-old', 'c-events'] });
    answer(new Response(JSON.stringify({ data: { reorderTicketCategories: [
      row('c-billing', 'Billing', 1, { version: 2 }), row('c-directory', 'Directory', 2, { version: 2 }),
      row('c-old', 'Old stuff', 3, { archived: true, archivedAt: '2026-01-05T10:00:00Z', version: 2 }), row('c-events', 'Events', 4, { version: 2 }),
    ] } }), { status: 200, headers: { 'Content-Type': 'application/json' } }));
    await waitFor(() => expect(screen.queryByText('Saving the new order…')).not.toBeInTheDocument());
    expect(activeNames()).toEqual(['Billing', 'Directory', 'Events']);
  });

  it('puts the old order back with a plain message when the new one is refused', async () => {
    renderWithApi(<CategoriesSettings />, api(tenant(), { AdminReorderCategories: error('FORBIDDEN', 'Admins only') }));
    await waitFor(() => expect(activeNames()).toEqual(['Billing', 'Events', 'Directory']));
    await userEvent.click(screen.getByRole('button', { name: 'Move Billing down' }));
    expect(await screen.findByText(/The new order could not be saved, so the previous order is back\. You do not have permission/)).toBeInTheDocument();
    expect(activeNames()).toEqual(['Billing', 'Events', 'Directory']);
  });

  it('orders full id lists so that archived categories keep their places', () => {
    const rows = tenant();
    expect(fullOrder(rows, ['c-events', 'c-directory', 'c-billing'])).toEqual(['c-events', 'c-directory', 'c-old', 'c-billing']);
  });

  it('shows a taken name at the name field and keeps what was typed', async () => {
    const { calls } = renderWithApi(<CategoriesSettings />, api(tenant(), {
      AdminCreateCategory: error('CATEGORY_NAME_TAKEN', "A category named 'billing' already exists.", 'input.name'),
    }));
    const form = await screen.findByRole('region', { name: 'Add a category' });
    await userEvent.type(within(form).getByLabelText('Name'), ' billing ');
    await userEvent.type(within(form).getByLabelText('Description'), 'Money things');
    await userEvent.click(within(form).getByRole('button', { name: 'Add category' }));
    const name = within(form).getByLabelText('Name');
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    expect(name).toHaveAccessibleDescription(/Another active category already has this name/);
    expect(name).toHaveValue(' billing ');
    expect(within(form).getByLabelText('Description')).not.toHaveAttribute('aria-invalid');
    expect(within(form).getByLabelText('Description')).toHaveValue('Money things');
    expect(calls.find((call) => call.operationName === 'AdminCreateCategory')?.variables).toEqual({ input: { name: ' billing ', description: 'Money things' } });
    // Changing the name takes the error away until the next send.
    await userEvent.type(name, 's');
    expect(name).not.toHaveAttribute('aria-invalid');
  });

  it('shows each validation error at its own field, and asks for a name before sending', async () => {
    const { calls } = renderWithApi(<CategoriesSettings />, api(tenant(), {
      AdminCreateCategory: error('VALIDATION_FAILED', 'A description may have at most 500 characters.', 'input.description'),
    }));
    const form = await screen.findByRole('region', { name: 'Add a category' });
    await userEvent.click(within(form).getByRole('button', { name: 'Add category' }));
    expect(within(form).getByLabelText('Name')).toHaveAccessibleDescription(/Give the category a name\./);
    expect(calls.some((call) => call.operationName === 'AdminCreateCategory')).toBe(false);
    await userEvent.type(within(form).getByLabelText('Name'), 'Sponsorship');
    await userEvent.type(within(form).getByLabelText('Description'), 'Long text');
    await userEvent.click(within(form).getByRole('button', { name: 'Add category' }));
    const description = within(form).getByLabelText('Description');
    await waitFor(() => expect(description).toHaveAttribute('aria-invalid', 'true'));
    expect(description).toHaveAccessibleDescription(/at most 500 characters\./);
    expect(within(form).getByLabelText('Name')).not.toHaveAttribute('aria-invalid');
  });

  it('adds a category at the end and clears the form', async () => {
    const rows = tenant();
    renderWithApi(<CategoriesSettings />, api(rows, {
      AdminCreateCategory: (variables) => {
        const created = row('c-new', String((variables.input as { name: string }).name), 5);
        rows.push(created);
        return { data: { createTicketCategory: created } };
      },
    }));
    const form = await screen.findByRole('region', { name: 'Add a category' });
    await userEvent.type(within(form).getByLabelText('Name'), 'Sponsorship{Enter}');
    expect(await screen.findByText('“Sponsorship” is added at the end of the list.')).toBeInTheDocument();
    await waitFor(() => expect(activeNames()).toEqual(['Billing', 'Events', 'Directory', 'Sponsorship']));
    expect(within(form).getByLabelText('Name')).toHaveValue('');
    expect(within(form).getByLabelText('Name')).toHaveFocus();
  });

  it('edits with the version read; a conflict reloads, says what changed and keeps what was typed', async () => {
    const rows = tenant();
    let attempts = 0;
    const { calls } = renderWithApi(<CategoriesSettings />, api(rows, {
      AdminUpdateCategory: (variables) => {
        const input = variables.input as { id: string; version: number; name: string; description: string | null };
        attempts += 1;
        if (attempts === 1) {
          // Someone else renamed it meanwhile.
          Object.assign(rows[1]!, { name: 'Events and webinars', version: 2 });
          return error('CONFLICT', 'This category was changed by someone else meanwhile.');
        }
        Object.assign(rows[1]!, { name: input.name, description: input.description, version: 3 });
        return { data: { updateTicketCategory: { ...rows[1]! } } };
      },
    }));
    await userEvent.click(await screen.findByRole('button', { name: 'Edit Events' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit “Events”' });
    const name = within(dialog).getByLabelText('Name');
    expect(name).toHaveValue('Events');
    await userEvent.clear(name);
    await userEvent.type(name, 'Conferences');
    await userEvent.type(within(dialog).getByLabelText('Description'), 'The annual conference');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    expect(await within(dialog).findByText(/Someone changed this category while you were editing\. It is now called “Events and webinars”/)).toBeInTheDocument();
    expect(name).toHaveValue('Conferences');
    expect(within(dialog).getByLabelText('Description')).toHaveValue('The annual conference');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const updates = calls.filter((call) => call.operationName === 'AdminUpdateCategory').map((call) => call.variables.input);
    expect(updates).toEqual([
      { id: 'c-events', version: 1, name: 'Conferences', description: 'The annual conference' },
      { id: 'c-events', version: 2, name: 'Conferences', description: 'The annual conference' },
    ]);
    expect(await screen.findByText('“Conferences” is saved.')).toBeInTheDocument();
    await waitFor(() => expect(activeNames()).toEqual(['Billing', 'Conferences', 'Directory']));
  });

  it('shows a taken name at the name field when editing', async () => {
    renderWithApi(<CategoriesSettings />, api(tenant(), {
      AdminUpdateCategory: error('CATEGORY_NAME_TAKEN', "A category named 'Billing' already exists.", 'input.name'),
    }));
    await userEvent.click(await screen.findByRole('button', { name: 'Edit Events' }));
    const dialog = await screen.findByRole('dialog');
    const name = within(dialog).getByLabelText('Name');
    await userEvent.clear(name);
    await userEvent.type(name, 'BILLING{Enter}');
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    expect(name).toHaveAccessibleDescription(/Another active category already has this name/);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('asks before archiving, says what it means for members, and then lists it as archived', async () => {
    const rows = tenant();
    const { calls } = renderWithApi(<CategoriesSettings />, api(rows, {
      AdminArchiveCategory: (variables) => {
        Object.assign(rows[1]!, { archived: true, archivedAt: '2026-02-01T10:00:00Z', version: 2 });
        expect(variables).toEqual({ id: 'c-events' });
        return { data: { archiveTicketCategory: { ...rows[1]! } } };
      },
    }));
    await userEvent.click(await screen.findByRole('button', { name: 'Archive Events' }));
    const dialog = await screen.findByRole('dialog', { name: 'Archive “Events”?' });
    expect(dialog).toHaveAccessibleDescription(/Members will no longer see it.*Tickets that already have it keep it/);
    expect(calls.some((call) => call.operationName === 'AdminArchiveCategory')).toBe(false);
    // Cancel changes nothing.
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(calls.some((call) => call.operationName === 'AdminArchiveCategory')).toBe(false);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Archive Events' })).toHaveFocus());

    await userEvent.click(screen.getByRole('button', { name: 'Archive Events' }));
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Archive category' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(activeNames()).toEqual(['Billing', 'Directory']);
    expect(within(screen.getByRole('list', { name: 'Archived categories' })).getByText('Events')).toBeInTheDocument();
    expect(screen.getByText(/“Events” is archived\. Members no longer see it/)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Active categories' })).toHaveFocus());
  });

  it('restores an archived category to the active list', async () => {
    const rows = tenant();
    const { calls } = renderWithApi(<CategoriesSettings />, api(rows, {
      AdminRestoreCategory: () => {
        Object.assign(rows[2]!, { archived: false, archivedAt: null, version: 2 });
        return { data: { restoreTicketCategory: { ...rows[2]! } } };
      },
    }));
    await userEvent.click(await screen.findByRole('button', { name: 'Restore Old stuff' }));
    await waitFor(() => expect(activeNames()).toEqual(['Billing', 'Events', 'Old stuff', 'Directory']));
    expect(calls.find((call) => call.operationName === 'AdminRestoreCategory')?.variables).toEqual({ id: 'c-old' });
    expect(screen.queryByRole('list', { name: 'Archived categories' })).not.toBeInTheDocument();
    expect(screen.getByText('“Old stuff” is restored to its old place in the list.')).toBeInTheDocument();
  });

  it('says why an archived category cannot be restored when its name is taken', async () => {
    renderWithApi(<CategoriesSettings />, api(tenant(), {
      AdminRestoreCategory: error('CATEGORY_NAME_TAKEN', "A category named 'Old stuff' already exists."),
    }));
    await userEvent.click(await screen.findByRole('button', { name: 'Restore Old stuff' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('“Old stuff” cannot be restored: an active category has its name now. Rename one of them first.');
  });
});
