import type { Page } from '@playwright/test';
import { api, expect, expectAccessible, figure, raiseTicket, screenshot, signIn, stack, test, uniqueTag } from './fixtures';

// Live updates (ticketUpdated over graphql-ws): nothing here reloads the page. Waits are generous; the time from the
// API's answer to the screen is printed as a figure, never asserted.

const LIVE_BOUND = { timeout: 30_000 };
const rows = (page: Page) => page.locator('main table tbody tr');

test('live queue: a member\'s new ticket appears in an open staff queue, and another agent\'s change shows in the open ticket', async ({ page }) => {
  const tag = uniqueTag();
  await signIn(page, 'agent', '?status=OPEN&status=IN_PROGRESS&status=WAITING');
  // The view's heading and its count: the queue has been read (it may be empty: this may be the run's first spec).
  await expect(page.getByRole('heading', { name: 'All open' })).toBeVisible();
  await expect(page.getByText(/^\d+ tickets?$/)).toBeVisible();

  // A member raises a request through the API, as the portal does: it shows in the open queue without a reload.
  const subject = `Live ${tag} card declined at renewal`;
  const raisedAt = Date.now();
  const raised = await raiseTicket('member', subject);
  const row = rows(page).filter({ hasText: subject });
  await expect(row).toBeVisible(LIVE_BOUND);
  figure('live queue: a member raises a ticket (token and API calls included) to its queue row', Date.now() - raisedAt, 'ms');
  await expect(row).toContainText(stack.users.member.name);
  await expectAccessible(page, 'queue after a live update');
  await screenshot(page, 'live-queue-new-ticket');

  // The agent opens it and starts a reply; another agent moves it meanwhile.
  await row.getByRole('link', { name: new RegExp(subject) }).click();
  await expect(page.getByRole('heading', { name: `${raised.reference} ${subject}` })).toBeVisible();
  const reply = page.getByRole('textbox', { name: /^Reply to/ });
  await reply.click();
  await page.keyboard.type('Half-written answer about the card');

  const changedAt = Date.now();
  await api('agent2', 'mutation LiveMove($input: ChangeTicketStatusInput!) { changeTicketStatus(input: $input) { version } }', {
    input: { id: raised.id, version: raised.version, status: 'WAITING' },
  });
  const banner = page.getByRole('status').filter({ hasText: 'This ticket was changed by someone else.' });
  await expect(banner).toBeVisible(LIVE_BOUND);
  figure('live queue: change by another agent, API answer to ticket view', Date.now() - changedAt, 'ms');
  // The queue's row follows too.
  await expect(row).toContainText('Waiting', LIVE_BOUND);
  await expectAccessible(page, 'ticket changed by someone else');
  await screenshot(page, 'live-ticket-changed');

  // Reload shows the change and keeps what was being typed.
  await banner.getByRole('button', { name: 'Reload' }).click();
  await expect(banner).toHaveCount(0);
  const status = page.getByRole('complementary', { name: 'Ticket properties' }).getByRole('combobox', { name: 'Status' });
  await expect(status.locator('option:checked')).toHaveText('Waiting on requester');
  await expect(reply).toContainText('Half-written answer about the card');

  // A reply by another agent appears in the conversation by itself.
  await api('agent2', 'mutation LiveReply($input: MessageInput!) { replyToTicket(input: $input) { ticket { id } } }', {
    input: { ticketId: raised.id, body: `<p>Live ${tag}: we have asked the bank.</p>` },
  });
  await expect(page.getByText(`Live ${tag}: we have asked the bank.`)).toBeVisible(LIVE_BOUND);
  await expect(reply).toContainText('Half-written answer about the card');
});

test('live queue: the member\'s own list follows a change staff make', async ({ page }) => {
  const tag = uniqueTag();
  const raised = await raiseTicket('member', `Live ${tag} event badge missing`);
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, 'member');
  const request = page.getByRole('listitem').filter({ hasText: `Live ${tag} event badge missing` });
  await expect(request).toBeVisible();

  const changedAt = Date.now();
  await api('agent', 'mutation LiveMemberMove($input: ChangeTicketStatusInput!) { changeTicketStatus(input: $input) { version } }', {
    input: { id: raised.id, version: raised.version, status: 'RESOLVED' },
  });
  await expect(request).toContainText(/solved/i, LIVE_BOUND);
  figure('live queue: status change, API answer to member list', Date.now() - changedAt, 'ms');
  await expectAccessible(page, 'member list after a live update');
  await screenshot(page, 'live-member-list');
});
