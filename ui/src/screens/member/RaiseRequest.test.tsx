import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderWithApi, type FakeApi } from '../../test/renderWithApi';
import { MemberPortal } from './MemberPortal';
import { apiError, requestsPage, ticketAnswer, validationError } from './testData';

const categories = {
  data: {
    ticketCategories: [
      // Deliberately not in position order, with an archived one: the picker follows the admins' order, active only.
      { id: 'c-events', name: 'Events', description: 'Tickets, venues, schedules.', position: 3, archived: false },
      { id: 'c-billing', name: 'Billing', description: 'Invoices, payments, refunds.', position: 1, archived: false },
      { id: 'c-old', name: 'Old stuff', description: null, position: 2, archived: true },
      { id: 'c-membership', name: 'Membership', description: null, position: 2, archived: false },
    ],
  },
};

beforeEach(() => {
  window.history.replaceState(null, '', '/?new=1');
  sessionStorage.clear();
});
afterEach(cleanup);

function renderForm(answers: FakeApi = {}) {
  return renderWithApi(<MemberPortal />, { MemberCategories: categories, MemberRequests: requestsPage([]), MemberRequest: ticketAnswer({ id: 't-9', reference: '#9' }), ...answers });
}

async function fillIn(subject = 'Renewal failed', description = 'It failed twice.\n\nCard <ends> 4242 & more') {
  const user = userEvent.setup();
  await user.click(screen.getByLabelText('Subject'));
  await user.paste(subject);
  await user.selectOptions(await screen.findByLabelText('What is it about?'), await screen.findByRole('option', { name: 'Billing' }));
  await user.click(screen.getByLabelText('How can we help?'));
  await user.paste(description);
  return user;
}

describe('Raise a request', () => {
  it('offers the categories in the admins\' order and never an archived one', async () => {
    renderForm();
    const picker = await screen.findByLabelText('What is it about?');
    await waitFor(() => expect(within(picker).getAllByRole('option')).toHaveLength(4));
    expect(within(picker).getAllByRole('option').map((option) => option.textContent)).toEqual(['Choose one…', 'Billing', 'Membership', 'Events']);
    expect(within(picker).queryByText('Old stuff')).toBeNull();
  });

  it('sends the request (text escaped into paragraphs) and goes to it', async () => {
    const { calls } = renderForm({ MemberRaiseRequest: { data: { createTicket: { id: 't-9', reference: '#9' } } } });
    const user = await fillIn();
    await user.click(screen.getByRole('button', { name: 'Send request' }));
    await waitFor(() => expect(window.location.search).toBe('?request=t-9'));
    const sent = calls.find((call) => call.operationName === 'MemberRaiseRequest')!.variables.input as Record<string, unknown>;
    expect(sent).toEqual({
      subject: 'Renewal failed',
      description: '<p>It failed twice.</p><p>Card &lt;ends&gt; 4242 &amp; more</p>',
      categoryId: 'c-billing',
      attachmentIds: [],
    });
    expect(await screen.findByText('Thank you. We received your request #9.')).toBeInTheDocument();
    expect(sessionStorage.length).toBe(0);
  });

  it('shows a validation error at its field', async () => {
    const { calls } = renderForm({ MemberRaiseRequest: validationError('input.subject', 'Subject can have at most 200 characters.') });
    const user = await fillIn('x'.repeat(201));
    await user.click(screen.getByRole('button', { name: 'Send request' }));
    const subject = screen.getByLabelText('Subject');
    await waitFor(() => expect(subject).toHaveAccessibleDescription(expect.stringContaining('Subject can have at most 200 characters.')));
    expect(subject).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('How can we help?')).not.toHaveAttribute('aria-invalid');
    expect(calls.filter((call) => call.operationName === 'MemberRaiseRequest')).toHaveLength(1);
    expect(window.location.search).toBe('?new=1');
  });

  it('says what is missing before sending anything', async () => {
    const { calls } = renderForm();
    await screen.findByRole('option', { name: 'Billing' });
    await userEvent.click(screen.getByRole('button', { name: 'Send request' }));
    expect(screen.getByLabelText('Subject')).toHaveAccessibleDescription(expect.stringContaining('Please write a subject.'));
    expect(screen.getByLabelText('What is it about?')).toHaveAccessibleDescription(expect.stringContaining('Please choose what it is about.'));
    expect(screen.getByLabelText('How can we help?')).toHaveAccessibleDescription(expect.stringContaining('Please tell us how we can help.'));
    expect(calls.some((call) => call.operationName === 'MemberRaiseRequest')).toBe(false);
  });

  it('keeps the draft when sending fails, even across a reload', async () => {
    renderForm({ MemberRaiseRequest: apiError('INTERNAL_ERROR', 'boom') });
    const user = await fillIn('Cannot log in', 'Since Monday.');
    await user.click(screen.getByRole('button', { name: 'Send request' }));
    expect(await screen.findByText(/Your request was not sent\. What you wrote is kept\./)).toHaveTextContent('Something went wrong on our side');
    expect(screen.getByLabelText('Subject')).toHaveValue('Cannot log in');

    // The page goes away (a session expiry sends the member through sign-in) and comes back.
    cleanup();
    renderForm();
    expect(await screen.findByLabelText('Subject')).toHaveValue('Cannot log in');
    expect(screen.getByLabelText('How can we help?')).toHaveValue('Since Monday.');
    await waitFor(() => expect(screen.getByLabelText('What is it about?')).toHaveValue('c-billing'));
  });

  it('puts an archived category\'s refusal at the picker', async () => {
    renderForm({ MemberRaiseRequest: apiError('CATEGORY_ARCHIVED', 'archived') });
    const user = await fillIn();
    await user.click(screen.getByRole('button', { name: 'Send request' }));
    await waitFor(() => expect(screen.getByLabelText('What is it about?')).toHaveAccessibleDescription(expect.stringContaining('no longer in use')));
  });
});
