import type { Page } from '@playwright/test';
import { api, categories, expect, expectAccessible, raiseTicket, screenshot, signIn, stack, test, uniqueTag } from './fixtures';

// The member portal on a phone (390×844), as a member and a sponsor user, against the real stack.
const PHONE = { width: 390, height: 844 };
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const unique = (what: string) => `${what} ${uniqueTag()}`;

async function onPhone(page: Page) {
  await page.setViewportSize(PHONE);
}

/** Nothing sticks out sideways: the page reflows (a phone, or a desktop browser at 200 % or 400 % zoom). */
async function expectNoSideScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'pixels of horizontal scrolling').toBeLessThanOrEqual(0);
}

test('member portal: a member raises a request with a file and sees it in My requests', async ({ page }) => {
  await onPhone(page);
  await signIn(page, 'member');
  await expect(page.getByRole('heading', { level: 1, name: 'My requests' })).toBeVisible();

  await page.getByRole('link', { name: 'New request' }).click();
  await expect(page).toHaveURL(/[?&]new=1/);
  await expect(page.getByRole('heading', { level: 1, name: 'Raise a request' })).toBeVisible();
  // The picker offers the active categories in the admins' order (once they have been read: a read waits for none).
  const expected = (await categories()).map((category) => category.name);
  await expect(page.getByLabel('What is it about?').locator('option')).toHaveCount(expected.length + 1);
  const offered = await page.getByLabel('What is it about?').locator('option').allTextContents();
  expect(offered.slice(1)).toEqual(expected);

  const subject = unique('Cannot renew my membership');
  await page.getByLabel('Subject').fill(subject);
  await page.getByLabel('What is it about?').selectOption({ label: 'Billing' });
  await page.getByLabel('How can we help?').fill('The renewal page says my card was declined.\n\nI tried twice today.');
  await page.locator('input[type=file]').setInputFiles({ name: 'declined.png', mimeType: 'image/png', buffer: PNG });
  await expect(page.getByRole('list', { name: 'Files to send' })).toContainText('Ready');
  await expectAccessible(page, 'member form');
  await expectNoSideScroll(page);
  await screenshot(page, 'member-form');

  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(page.getByRole('heading', { level: 1, name: subject })).toBeVisible();
  await expect(page.getByText(/Thank you\. We received your request #\d+\./)).toBeVisible();
  const thread = page.getByRole('list', { name: 'Conversation' });
  await expect(thread).toContainText('I tried twice today.');
  await expect(thread.getByRole('button', { name: /declined\.png/ })).toBeVisible();
  expect(new URL(page.url()).searchParams.get('request')).toBeTruthy();

  await page.getByRole('link', { name: /Back to my requests/ }).click();
  const mine = page.getByRole('list', { name: 'My requests' });
  const row = mine.getByRole('link', { name: new RegExp(subject) });
  await expect(row).toContainText("We're working on it");
  // The latest activity is on top.
  await expect(mine.getByRole('link').first()).toContainText(subject);
  await expectAccessible(page, 'member list');
  await expectNoSideScroll(page);
  await screenshot(page, 'member-list');

  await page.getByRole('button', { name: 'Solved' }).click();
  await expect(page).toHaveURL(/show=solved/);
  await expect(mine.or(page.getByText('No requests to show here.')).first()).toBeVisible();
  await expect(page.getByRole('link', { name: new RegExp(subject) })).toHaveCount(0);
});

test('member portal: a member reads the staff reply and never the note, replies, closes, and a reply on the closed request opens a follow-up', async ({ page }) => {
  const subject = unique('Event ticket not received');
  const request = await raiseTicket('member', subject, { description: '<p>I paid for the gala but got no ticket.</p>' });
  const note = unique('INTERNAL NOTE payment flagged by the fraud check');
  await api('agent', 'mutation($input: MessageInput!) { replyToTicket(input: $input) { openedFollowUp } }',
    { input: { ticketId: request.id, body: '<p>Hello Maria, we have re-sent your ticket. Can you check your inbox?</p>' } });
  await api('agent', 'mutation($input: MessageInput!) { addInternalNote(input: $input) { id } }', { input: { ticketId: request.id, body: `<p>${note}</p>` } });

  await onPhone(page);
  await signIn(page, 'member', `?request=${request.id}`);
  await expect(page.getByRole('heading', { level: 1, name: subject })).toBeVisible();
  const thread = page.getByRole('list', { name: 'Conversation' });
  await expect(thread).toContainText('we have re-sent your ticket');
  await expect(thread).toContainText(`${stack.users.agent.name} · Support team`);
  await expect(page.locator('body')).not.toContainText(note);
  await expect(page.locator('body')).not.toContainText('fraud');
  await expectAccessible(page, 'member conversation');
  await expectNoSideScroll(page);
  await screenshot(page, 'member-conversation');
  // 1280 px at 400 % zoom (WCAG reflow) is 320 CSS pixels wide; 200 % is 640.
  for (const width of [320, 640]) {
    await page.setViewportSize({ width, height: 700 });
    await expectNoSideScroll(page);
  }
  await onPhone(page);

  await page.getByLabel('Your message').fill('Thank you, it arrived.');
  await page.locator('input[type=file]').setInputFiles({ name: 'ticket.txt', mimeType: 'text/plain', buffer: Buffer.from('Gala ticket, row 4\n') });
  await expect(page.getByRole('list', { name: 'Files to send' })).toContainText('Ready');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByText('Your message was sent.')).toBeVisible();
  await expect(thread.getByRole('listitem').filter({ hasText: 'Thank you, it arrived.' })).toContainText(`${stack.users.member.name} (you)`);
  await expect(thread.getByRole('button', { name: /ticket\.txt/ })).toBeVisible();
  await expect(page.locator('body')).not.toContainText(note);

  await page.getByRole('button', { name: 'Close this request' }).click();
  const dialog = page.getByRole('dialog', { name: 'Close this request?' });
  await expect(dialog).toBeVisible();
  await expectAccessible(page, 'member close confirmation');
  await screenshot(page, 'member-close');
  await dialog.getByRole('button', { name: 'Yes, close it' }).click();
  await expect(page.getByText('You closed this request. Thank you.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Close this request' })).toHaveCount(0);
  await expect(page.getByText('This request is closed. If you write again')).toBeVisible();

  await page.getByLabel('Your message').fill('Sorry, one more thing: can I bring a guest?');
  await page.getByRole('button', { name: 'Send as a new request' }).click();
  await expect(page.getByText(new RegExp(`${request.reference} was closed, so your message started a new request, #\\d+`))).toBeVisible();
  const followUpId = new URL(page.url()).searchParams.get('request');
  expect(followUpId).not.toBe(request.id);
  await expect(page.getByRole('list', { name: 'Conversation' })).toContainText('can I bring a guest?');
  await expect(page.getByText(`Follow-up of ${request.reference}`)).toBeVisible();
  const followUp = await api<{ ticket: { followUpOf: string; reference: string } }>('member', 'query($id: ID!) { ticket(id: $id) { followUpOf reference } }', { id: followUpId });
  expect(followUp.ticket.followUpOf).toBe(request.id);
  await expectAccessible(page, 'member follow-up');
  await screenshot(page, 'member-follow-up');

  await page.getByRole('link', { name: request.reference, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: subject })).toBeVisible();
  await expect(page.getByText('Closed', { exact: true })).toBeVisible();
  // ... and the earlier request links on to its follow-up.
  await expect(page.getByText(`Continued in ${followUp.ticket.reference}`)).toBeVisible();
  await page.getByRole('link', { name: followUp.ticket.reference, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`request=${followUpId}`));
});

test('member portal: a request that changed meanwhile is reloaded with a plain message before closing', async ({ page }) => {
  const subject = unique('Directory listing wrong');
  const request = await raiseTicket('member', subject);
  await onPhone(page);
  await signIn(page, 'member', `?request=${request.id}`);
  await expect(page.getByRole('heading', { level: 1, name: subject })).toBeVisible();

  const { ticket } = await api<{ ticket: { version: number } }>('agent', 'query($id: ID!) { ticket(id: $id) { version } }', { id: request.id });
  await api('agent', 'mutation($input: ChangeTicketStatusInput!) { changeTicketStatus(input: $input) { id } }',
    { input: { id: request.id, version: ticket.version, status: 'WAITING' } });

  await page.getByRole('button', { name: 'Close this request' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Yes, close it' }).click();
  await expect(page.getByText(/This request changed while you were reading it/)).toBeVisible();
  await expect(page.getByText('Waiting for you')).toBeVisible();
  await page.getByRole('button', { name: 'Close this request' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Yes, close it' }).click();
  await expect(page.getByText('You closed this request. Thank you.')).toBeVisible();
});

test('member portal: a validation error shows at its field and what was typed is kept', async ({ page }) => {
  await onPhone(page);
  await signIn(page, 'member', '?new=1');
  const tooLong = 'x'.repeat(201);
  await page.getByLabel('Subject').fill(tooLong);
  await page.getByLabel('What is it about?').selectOption({ label: 'Membership' });
  await page.getByLabel('How can we help?').fill('My membership card shows the wrong name.');
  await page.getByRole('button', { name: 'Send request' }).click();
  const subjectField = page.getByLabel('Subject');
  await expect(subjectField).toHaveAttribute('aria-invalid', 'true');
  await expect(subjectField).toHaveAccessibleDescription(/200 characters/);
  await expect(page.getByText(/Your request was not sent\. What you wrote is kept/)).toBeVisible();
  await expect(subjectField).toHaveValue(tooLong);
  await expect(page.getByLabel('How can we help?')).toHaveValue('My membership card shows the wrong name.');
  await expect(page.getByLabel('How can we help?')).not.toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'member form with an error');
  await screenshot(page, 'member-form-error');

  // A reload (as after a session expiry and sign-in) gives the draft back.
  await page.reload();
  const login = page.locator('#username');
  await expect(login.or(page.getByLabel('Subject'))).toBeVisible();
  if (await login.isVisible()) {
    await login.fill(stack.users.member.username);
    await page.locator('#password').fill(stack.password);
    await page.locator('#kc-login').click();
  }
  await expect(page.getByLabel('How can we help?')).toHaveValue('My membership card shows the wrong name.');
  await expect(page.getByLabel('Subject')).toHaveValue(tooLong);
});

test('member portal: files the API refuses are explained in plain words', async ({ page }) => {
  await onPhone(page);
  await signIn(page, 'member', '?new=1');
  const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]), Buffer.alloc(256, 0)]);
  await page.locator('input[type=file]').setInputFiles({ name: 'holiday.png', mimeType: 'image/png', buffer: elf });
  const files = page.getByRole('list', { name: 'Files to send' });
  await expect(files.getByRole('alert')).toHaveText('This kind of file is not accepted. Images, PDF, text, CSV and Office documents are.');

  // Over the tenant's 25 MB default.
  await page.locator('input[type=file]').setInputFiles({ name: 'huge.txt', mimeType: 'text/plain', buffer: Buffer.alloc(25 * 1024 * 1024 + 1024, 0x61) });
  await expect(files.getByRole('listitem').filter({ hasText: 'huge.txt' }).getByRole('alert'))
    .toHaveText('This file is larger than your association allows.', { timeout: 30_000 });
  await expectAccessible(page, 'member form with refused files');
  await expectNoSideScroll(page);
  await files.scrollIntoViewIfNeeded();
  await screenshot(page, 'member-files-refused');
});

test('member portal: a sponsor user sees the same portal with their own requests', async ({ page }) => {
  const subject = unique('Sponsor booth invoice');
  await raiseTicket('sponsor', subject);
  await onPhone(page);
  await signIn(page, 'sponsor');
  await expect(page.getByRole('heading', { level: 1, name: 'My requests' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'My requests' }).getByRole('link', { name: new RegExp(subject) })).toContainText("We're working on it");
  await expect(page.getByRole('link', { name: 'New request' })).toBeVisible();
  await expectAccessible(page, 'sponsor list');
});
