import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithApi, type FakeApi } from '../../test/renderWithApi';
import { RaiseTicket, textToHtml } from './RaiseTicket';

const people = [
  { id: 'u-maria', type: 'MEMBER', name: 'Maria Member', email: 'maria@example.org' },
  { id: 'u-sam', type: 'SPONSOR', name: 'Sam Sponsor', email: 'sam@example.org' },
];

function api(extra: FakeApi = {}): FakeApi {
  return {
    RaiseCategories: { data: { ticketCategories: [{ id: 'cat-billing', name: 'Billing', description: null }, { id: 'cat-events', name: 'Events', description: null }] } },
    RaiseFindRequesters: (variables) => ({ data: { findRequesters: people.filter((p) => `${p.name} ${p.email}`.toLowerCase().includes(String(variables.search).toLowerCase())) } }),
    ...extra,
  };
}

beforeEach(() => sessionStorage.clear());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

async function chooseMaria() {
  const combo = screen.getByRole('combobox', { name: 'Who is it for?' });
  await userEvent.type(combo, 'm');
  expect(screen.getByText('Type at least 2 characters.')).toBeInTheDocument();
  await userEvent.type(combo, 'aria@');
  expect(await screen.findByText('1 person found. Use the arrow keys to choose.')).toBeInTheDocument();
  expect(combo).toHaveAttribute('aria-expanded', 'true');
  await userEvent.keyboard('{ArrowDown}');
  expect(combo).toHaveAttribute('aria-activedescendant', screen.getByRole('option', { name: /Maria Member/ }).id);
  await userEvent.keyboard('{Enter}');
  expect(screen.getByRole('group', { name: 'Raising for' })).toHaveTextContent('Maria Membermaria@example.orgMember');
}

describe('raising a ticket on behalf of a member', () => {
  it('finds the member by e-mail from the keyboard, announcing the results, with one debounced look-up', async () => {
    const { calls } = renderWithApi(<RaiseTicket onRaised={() => {}} />, api());
    await chooseMaria();
    const lookups = calls.filter((call) => call.operationName === 'RaiseFindRequesters');
    expect(lookups.map((call) => call.variables.search)).toEqual(['maria@']);
  });

  it('sends createTicket with onBehalfOf, the channel and the text as HTML, then opens the new ticket', async () => {
    const onRaised = vi.fn();
    const { calls } = renderWithApi(<RaiseTicket onRaised={onRaised} />, api({
      RaiseCreateTicket: { data: { createTicket: { id: 't-new', number: 7, reference: '#7' } } },
    }));
    await chooseMaria();
    await userEvent.type(screen.getByLabelText('Subject'), 'Card declined at renewal');
    await userEvent.type(screen.getByLabelText('What do they need?'), 'She called: <card> declined.{Enter}{Enter}Wants a call back.');
    await userEvent.selectOptions(screen.getByLabelText('Category'), 'Billing');
    await userEvent.selectOptions(screen.getByLabelText('How did it reach you?'), 'Phone call');
    await userEvent.click(screen.getByRole('button', { name: 'Raise ticket' }));
    await waitFor(() => expect(onRaised).toHaveBeenCalledWith('t-new'));
    expect(calls.find((call) => call.operationName === 'RaiseCreateTicket')?.variables).toEqual({
      input: {
        subject: 'Card declined at renewal',
        description: '<p>She called: &lt;card&gt; declined.</p><p>Wants a call back.</p>',
        categoryId: 'cat-billing',
        channel: 'PHONE',
        onBehalfOf: { id: 'u-maria', type: 'MEMBER', name: 'Maria Member', email: 'maria@example.org' },
        attachmentIds: [],
      },
    });
    // The draft is gone once the ticket exists.
    expect(sessionStorage.length).toBe(0);
  });

  it('says what is missing without sending', async () => {
    const { calls } = renderWithApi(<RaiseTicket onRaised={() => {}} />, api());
    await screen.findByRole('option', { name: 'Billing' });
    await userEvent.click(screen.getByRole('button', { name: 'Raise ticket' }));
    expect(screen.getByText('Choose who the ticket is for.')).toBeInTheDocument();
    expect(screen.getAllByText('Required.')).toHaveLength(3);
    expect(calls.some((call) => call.operationName === 'RaiseCreateTicket')).toBe(false);
  });

  it('shows a validation error at its field and keeps the draft', async () => {
    renderWithApi(<RaiseTicket onRaised={() => {}} />, api({
      RaiseCreateTicket: { errors: [{ message: 'The requester is no user of this association.', extensions: { code: 'VALIDATION_FAILED', field: 'input.onBehalfOf.id' } }], status: 200 },
    }));
    await chooseMaria();
    await userEvent.type(screen.getByLabelText('Subject'), 'Kept subject');
    await userEvent.type(screen.getByLabelText('What do they need?'), 'Kept text');
    await userEvent.selectOptions(screen.getByLabelText('Category'), 'Events');
    await userEvent.click(screen.getByRole('button', { name: 'Raise ticket' }));
    expect(await screen.findByText('The requester is no user of this association.')).toBeInTheDocument();
    expect(screen.getByLabelText('Subject')).toHaveValue('Kept subject');
    expect(screen.getByLabelText('Subject')).not.toHaveAttribute('aria-invalid');

    // A new visit (after signing in again, say) finds the draft.
    cleanup();
    renderWithApi(<RaiseTicket onRaised={() => {}} />, api());
    expect(screen.getByLabelText('Subject')).toHaveValue('Kept subject');
    expect(screen.getByLabelText('What do they need?')).toHaveValue('Kept text');
    expect(screen.getByRole('group', { name: 'Raising for' })).toHaveTextContent('Maria Member');
  });

  it('turns text into safe paragraphs', () => {
    expect(textToHtml('  a & b\nc\n\n\n"d"  ')).toBe('<p>a &amp; b<br>c</p><p>&quot;d&quot;</p>');
  });
});
