import type { Page } from '@playwright/test';
import { api, expect, expectAccessible, figure, raiseTicket, screenshot, signIn, stack, test, uniqueTag } from './fixtures';

// The ticket view as staff work it, reached at /app/?ticket=<id> (the console's URL for a selected ticket).

const suffix = uniqueTag;

/** Maria raises a ticket in the portal's way (through the API). */
const raise = (subject: string) => raiseTicket('member', subject,
  { description: '<p>My membership renewal payment failed twice this morning.</p>', category: 'Billing' });

async function current(id: string) {
  const data = await api<{ ticket: { status: string; priority: string; version: number; assignee: { id: string } | null } }>('admin',
    'query ($id: ID!) { ticket(id: $id) { status priority version assignee { id } } }', { id });
  return data.ticket;
}

function editor(page: Page, name: string | RegExp = 'Reply to Maria') {
  return page.getByRole('textbox', { name });
}

test('ticket view: an agent replies with a canned response by /shortcut and a template, adds a distinct internal note, changes status, and sees no priority or assignment control', async ({ page }) => {
  const tag = suffix();
  const shortcut = `thx-${tag}`.slice(0, 30);
  await api('admin', `mutation ($input: CreateCannedResponseInput!) { createCannedResponse(input: $input) { id } }`, {
    input: { title: `Thanks for waiting ${tag}`, shortcut, shared: true, body: '<p>Thanks {{member.firstName}}, we are on it.</p>' },
  });
  await api('admin', `mutation ($input: CreateResponseTemplateInput!) { createResponseTemplate(input: $input) { id } }`, {
    input: { name: `Renewal steps ${tag}`, body: '<p>To renew, open {{ticket.reference}} and follow the link.</p>' },
  });
  const ticket = await raise(`Renewal failed ${tag}`);

  await signIn(page, 'agent', `?ticket=${ticket.id}`);
  await expect(page.getByRole('heading', { name: `${ticket.reference} Renewal failed ${tag}` })).toBeVisible();
  await expect(page.getByRole('article', { name: 'Request from Maria Member' })).toContainText('renewal payment failed');
  // An agent: status and category, never priority or assignment controls.
  const rail = page.getByRole('complementary', { name: 'Ticket properties' });
  await expect(rail.getByRole('combobox', { name: 'Status' })).toBeVisible();
  await expect(rail.getByRole('combobox', { name: 'Category' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Priority' })).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: 'Assignee' })).toHaveCount(0);
  await expectAccessible(page, 'ticket view (agent)');
  await screenshot(page, 'ticket-agent');

  // A canned response by its shortcut, rendered for this ticket (Maria's first name filled in).
  const reply = editor(page);
  await reply.click();
  await page.keyboard.type(`/${shortcut.slice(0, 6)}`);
  await expect(page.getByRole('option', { name: new RegExp(shortcut) })).toBeVisible();
  await expectAccessible(page, 'ticket view: /shortcut popup');
  await screenshot(page, 'ticket-slash-popup');
  await page.keyboard.type(shortcut.slice(6));
  await page.keyboard.press('Space');
  await expect(reply).toContainText('Thanks Maria, we are on it.');
  await expect(reply).not.toContainText(`/${shortcut}`);
  // A reply template from the picker.
  await page.getByRole('button', { name: 'Insert response' }).click();
  const search = page.getByRole('combobox', { name: 'Search responses' });
  await search.fill(`Renewal steps ${tag}`);
  await expect(page.getByRole('option')).toHaveCount(1);
  await expectAccessible(page, 'ticket view: response picker');
  await screenshot(page, 'ticket-response-picker');
  await search.press('Enter');
  await expect(reply).toContainText(`To renew, open ${ticket.reference}`);
  await page.getByRole('button', { name: 'Send reply' }).click();
  const sent = page.getByRole('article', { name: 'Reply from Alex Agent' });
  await expect(sent).toContainText('Thanks Maria, we are on it.');
  // The template went on a line of its own.
  await expect(sent.locator('p', { hasText: 'To renew' })).not.toContainText('Thanks Maria');
  await expect(reply).toHaveText('');

  // An internal note: `n` switches, the editor says who sees it, and the note is unmistakable once added.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('n');
  const note = editor(page, 'Internal note – staff only');
  await expect(note).toBeFocused();
  await page.keyboard.type('Card expired; checked with the payment provider.');
  await expectAccessible(page, 'ticket view: note mode');
  await screenshot(page, 'ticket-note-mode');
  await page.keyboard.press('Control+Enter');
  const added = page.getByRole('article', { name: 'Internal note from Alex Agent' });
  await expect(added).toContainText('Card expired');
  await expect(added).toContainText('Internal note');
  const background = (locator: typeof added) => locator.evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(await background(added)).not.toBe(await background(sent));

  // Status: shown at once, saved.
  await rail.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'In progress' });
  await expect.poll(async () => (await current(ticket.id)).status).toBe('IN_PROGRESS');
  await expect(page.getByText('In progress', { exact: true }).first()).toBeVisible();
  await expectAccessible(page, 'ticket view after reply and note');
  await screenshot(page, 'ticket-conversation');

  // Maria sees the reply and never the note.
  const seen = await api<{ ticket: { messages: { edges: { node: { body: string; visibility: string } }[] } } }>('member',
    'query ($id: ID!) { ticket(id: $id) { messages { edges { node { body visibility } } } } }', { id: ticket.id });
  const bodies = seen.ticket.messages.edges.map((edge) => edge.node.body).join('\n');
  expect(bodies).toContain('Thanks Maria, we are on it.');
  expect(bodies).not.toContain('Card expired');
});

test('ticket view: an admin assigns the ticket and changes its priority, and the history tab shows the changes', async ({ page }) => {
  const tag = suffix();
  const ticket = await raise(`Refund for the gala ${tag}`);
  await signIn(page, 'admin', `?ticket=${ticket.id}`);
  const rail = page.getByRole('complementary', { name: 'Ticket properties' });
  const assignee = rail.getByRole('combobox', { name: 'Assignee' });
  const priority = rail.getByRole('combobox', { name: 'Priority' });
  await expect(assignee).toBeVisible();
  await assignee.selectOption({ label: stack.users.agent.name });
  await priority.selectOption({ label: 'High' });
  await expect.poll(async () => current(ticket.id)).toMatchObject({ priority: 'HIGH', assignee: { id: stack.users.agent.id } });
  await expect(page.getByText('High priority')).toBeVisible();
  await expectAccessible(page, 'ticket view (admin)');
  await screenshot(page, 'ticket-admin');

  await page.getByRole('tab', { name: /History/ }).click();
  const history = page.getByRole('list', { name: 'History' });
  await expect(history).toContainText('Priority: Medium → High');
  await expect(history).toContainText(`Assignee: nobody → ${stack.users.agent.name}`);
  await expect(history).toContainText(stack.users.admin.name);
  await expectAccessible(page, 'ticket view: history');
  await screenshot(page, 'ticket-history');

  // In a narrower pane (or at 200 % zoom) the properties sit above the conversation, two by two.
  await page.getByRole('tab', { name: 'Conversation' }).click();
  await page.setViewportSize({ width: 720, height: 900 });
  await expect(assignee).toBeVisible();
  await expectAccessible(page, 'ticket view (narrow)');
  await screenshot(page, 'ticket-narrow');
});

test('ticket view: a stale edit shows the conflict message, and Reload keeps the typed reply', async ({ page }) => {
  const tag = suffix();
  const ticket = await raise(`Event badge missing ${tag}`);
  await signIn(page, 'agent', `?ticket=${ticket.id}`);
  const reply = editor(page);
  await reply.click();
  await page.keyboard.type('Half-written answer about the badge');

  // Someone else moves the ticket meanwhile.
  await api('agent2', 'mutation ($input: ChangeTicketStatusInput!) { changeTicketStatus(input: $input) { version } }', {
    input: { id: ticket.id, version: ticket.version, status: 'WAITING' },
  });
  const status = page.getByRole('complementary', { name: 'Ticket properties' }).getByRole('combobox', { name: 'Status' });
  await status.selectOption({ label: 'Resolved' });
  const banner = page.getByText(/Someone else changed this ticket meanwhile/);
  await expect(banner).toBeVisible();
  await expect(status).toHaveValue('OPEN'); // rolled back
  await expectAccessible(page, 'ticket view: conflict');
  await screenshot(page, 'ticket-conflict');

  await page.getByRole('button', { name: 'Reload' }).click();
  await expect(banner).toHaveCount(0);
  await expect(status).toHaveValue('WAITING');
  await expect(reply).toHaveText('Half-written answer about the badge');
  // And the change goes through now.
  await status.selectOption({ label: 'Resolved' });
  await expect.poll(async () => (await current(ticket.id)).status).toBe('RESOLVED');
});

test('ticket view: files by the picker and by drag and drop, with progress, sent with a reply', async ({ page }) => {
  const tag = suffix();
  const ticket = await raise(`Invoice copy ${tag}`);
  await signIn(page, 'agent', `?ticket=${ticket.id}`);
  const composer = page.getByRole('region', { name: 'Write a reply or an internal note' });

  // Slow the upload down so the progress bar can be seen (Chromium's network emulation).
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: 512 * 1024 });
  await composer.getByLabel('Attach files').setInputFiles({ name: 'statement.csv', mimeType: 'text/csv', buffer: Buffer.from('date,amount\n' + '2026-11-01,25.00\n'.repeat(60_000)) });
  await expect(composer.getByRole('progressbar', { name: 'Uploading statement.csv' })).toBeVisible();
  await screenshot(page, 'ticket-upload-progress');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });

  // Drag and drop onto the drop zone.
  const dataTransfer = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['Seat 14B, table 3'], 'seating.txt', { type: 'text/plain' }));
    return transfer;
  });
  const zone = composer.getByText('Drop files here, or');
  await zone.dispatchEvent('dragover', { dataTransfer });
  await zone.dispatchEvent('drop', { dataTransfer });
  // A program is refused in plain words.
  await composer.getByLabel('Attach files').setInputFiles({ name: 'setup.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff') });
  await expect(composer.getByText('This kind of file is not accepted.', { exact: false })).toBeVisible();
  await composer.getByRole('button', { name: 'Remove setup.exe' }).click();
  await expect(composer.getByText('Ready')).toHaveCount(2, { timeout: 30_000 });
  await expectAccessible(page, 'ticket view: files');
  await screenshot(page, 'ticket-files');

  await editor(page).click();
  await page.keyboard.type('Here is the statement and the seating plan.');
  await page.keyboard.press('Control+Enter');
  const sent = page.getByRole('article', { name: 'Reply from Alex Agent' });
  await expect(sent).toContainText('Here is the statement');
  await expect(sent.getByRole('button', { name: /statement\.csv/ })).toBeVisible();
  await expect(sent.getByRole('button', { name: /seating\.txt/ })).toBeVisible();
});

test('ticket view: a ticket with 200 messages opens quickly and loads the rest on request', async ({ page }) => {
  const tag = suffix();
  const ticket = await raise(`Long thread ${tag}`);
  // 200 messages in 4 requests of 50 (replies and notes taking turns).
  for (let batch = 0; batch < 4; batch++) {
    const fields = Array.from({ length: 50 }, (_, index) => {
      const n = batch * 50 + index + 1;
      const body = JSON.stringify(`<p>Message ${n}: ${'we looked at the renewal again. '.repeat(3)}</p>`);
      return n % 4 === 0
        ? `m${n}: addInternalNote(input: { ticketId: "${ticket.id}", body: ${body} }) { id }`
        : `m${n}: replyToTicket(input: { ticketId: "${ticket.id}", body: ${body} }) { message { id } }`;
    });
    await api('agent', `mutation { ${fields.join('\n')} }`);
  }
  const other = await raise(`Short thread ${tag}`);

  await signIn(page, 'agent', `?ticket=${other.id}`);
  await expect(page.getByRole('heading', { name: new RegExp(`Short thread ${tag}`) })).toBeVisible();

  // In-app navigation (what the console does when a ticket is picked): URL change → the first message on screen.
  const firstRender = await page.evaluate(async (id) => {
    const start = performance.now();
    window.history.pushState(null, '', `?ticket=${id}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
    return new Promise<number>((resolve) => {
      const look = () => (document.querySelector('article[data-visibility]') ? resolve(performance.now() - start) : requestAnimationFrame(look));
      look();
    });
  }, ticket.id);
  figure('ticket with 200 messages: time to first render (in-app navigation)', firstRender, 'ms');
  await expect(page.getByText('Showing 50 of 200 messages')).toBeVisible();
  await expectAccessible(page, 'ticket view: long conversation');
  await screenshot(page, 'ticket-long');

  const allLoaded = await page.evaluate(async () => {
    const button = Array.from(document.querySelectorAll('button')).find((element) => element.textContent?.startsWith('Show all'));
    const start = performance.now();
    button!.click();
    return new Promise<number>((resolve) => {
      const look = () => (document.querySelectorAll('article[data-visibility]').length >= 200 ? resolve(performance.now() - start) : requestAnimationFrame(look));
      look();
    });
  });
  figure('ticket with 200 messages: all 200 shown after "Show all"', allLoaded, 'ms');
  await expect(page.getByRole('article', { name: /from Alex Agent/ })).toHaveCount(200);

  // A full page load of the same ticket (the sign-in redirect included, answered by Keycloak's session).
  const started = Date.now();
  await page.goto(`/app/?ticket=${ticket.id}`);
  await page.locator('article[data-visibility]').first().waitFor();
  figure('ticket with 200 messages: time to first render (page load)', Date.now() - started, 'ms');
});

test('ticket view: closing asks first, and a closed ticket and its follow-up link to each other', async ({ page }) => {
  const tag = suffix();
  const ticket = await raise(`Certificate missing ${tag}`);
  await signIn(page, 'agent', `?ticket=${ticket.id}`);
  const rail = page.getByRole('complementary', { name: 'Ticket properties' });
  await rail.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Closed' });
  const dialog = page.getByRole('dialog', { name: `Close ${ticket.reference} for good?` });
  await expect(dialog).toBeVisible();
  await expectAccessible(page, 'ticket view: close confirmation');
  await screenshot(page, 'ticket-close-dialog');
  await dialog.getByRole('button', { name: 'Close ticket' }).click();
  await expect(page.getByText(/This ticket is closed/)).toBeVisible();
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await expect.poll(async () => (await current(ticket.id)).status).toBe('CLOSED');

  // Maria writes again: a follow-up is opened.
  const reply = await api<{ replyToTicket: { ticket: { id: string; reference: string } } }>('member',
    'mutation ($input: MessageInput!) { replyToTicket(input: $input) { ticket { id reference } } }',
    { input: { ticketId: ticket.id, body: '<p>Still no certificate, sorry to write again.</p>' } });
  const followUp = reply.replyToTicket.ticket;
  await page.reload();
  await page.getByRole('button', { name: new RegExp(`^${followUp.reference} Certificate missing ${tag}`) }).click();
  await expect(page.getByRole('heading', { name: new RegExp(`^${followUp.reference}`) })).toBeVisible();
  await expect(page.getByText('Still no certificate')).toBeVisible();
  await expectAccessible(page, 'ticket view: follow-up');
  await screenshot(page, 'ticket-follow-up');
  await page.getByRole('button', { name: `${ticket.reference} Certificate missing ${tag}` }).click();
  await expect(page.getByRole('heading', { name: new RegExp(`^${ticket.reference} `) })).toBeVisible();
  await expect(page.getByText(/Continued in/)).toBeVisible();
  await expectAccessible(page, 'ticket view: closed');
  await screenshot(page, 'ticket-closed');
});
