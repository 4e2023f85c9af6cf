import { api, expect, expectAccessible, screenshot, signIn, stack, test } from './fixtures';

test('raise: an agent raises a ticket on behalf of a member found by e-mail, and it shows in the queue as theirs', async ({ page }) => {
  const subject = `R${Date.now().toString(36)} renewal card declined (raised by phone)`;
  await signIn(page, 'agent');
  await page.getByRole('navigation', { name: 'Queue views' }).getByRole('link', { name: /Raise a ticket/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Raise a ticket' })).toBeVisible();
  expect(new URL(page.url()).searchParams.get('screen')).toBe('raise');
  await expectAccessible(page, 'raise form');
  await screenshot(page, 'raise-form');

  // Nothing filled in: each field says what it needs, nothing is sent.
  await page.getByRole('button', { name: 'Raise ticket' }).click();
  await expect(page.getByText('Choose who the ticket is for.')).toBeVisible();
  await expect(page.getByLabel('Subject')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'raise form errors');

  // The member, found by e-mail address in the association's directory, picked from the keyboard.
  const combo = page.getByRole('combobox', { name: 'Who is it for?' });
  await combo.fill(stack.users.member.email);
  const option = page.getByRole('option', { name: new RegExp(stack.users.member.name) });
  await expect(option).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /found/ })).toBeVisible();
  await expectAccessible(page, 'raise look-up');
  await screenshot(page, 'raise-lookup');
  await combo.press('ArrowDown');
  await combo.press('Enter');
  await expect(page.getByRole('group', { name: 'Raising for' })).toContainText(stack.users.member.name);

  await page.getByLabel('Subject').fill(subject);
  await page.getByLabel('What do they need?').fill('Maria called: her card was declined at renewal.\n\nPlease call her back.');
  await page.getByLabel('Category').selectOption({ label: 'Billing' });
  await page.getByLabel('How did it reach you?').selectOption({ label: 'Phone call' });
  await page.locator('input[type="file"]').setInputFiles({ name: 'call-notes.txt', mimeType: 'text/plain', buffer: Buffer.from('Called at 10:02, card ending 4242.') });
  await expect(page.getByText('Ready')).toBeVisible();
  await screenshot(page, 'raise-filled');
  await page.getByRole('button', { name: 'Raise ticket' }).click();

  // Back in the queue with the new ticket open: the member is its requester.
  await expect(page.getByRole('button', { name: 'Close ticket' })).toBeVisible();
  const ticketId = new URL(page.url()).searchParams.get('ticket');
  expect(ticketId).toBeTruthy();
  const row = page.locator(`main table tbody tr[data-ticket-id="${ticketId}"]`);
  await expect(row).toContainText(subject);
  await expectAccessible(page, 'raise done');
  await screenshot(page, 'raise-done');
  // With the ticket closed the queue has room for every column: the requester is the member.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Close ticket' })).toHaveCount(0);
  await expect(row.locator('td').nth(6)).toBeVisible();
  await expect(row.locator('td').nth(6)).toHaveText(stack.users.member.name);

  const { ticket } = await api<{ ticket: { subject: string; channel: string; requester: { id: string; type: string; name: string } } }>('agent',
    'query RaiseCheck($id: ID!) { ticket(id: $id) { subject channel requester { id type name } } }', { id: ticketId });
  expect(ticket).toEqual({ subject, channel: 'PHONE', requester: { id: stack.users.member.id, type: 'MEMBER', name: stack.users.member.name } });

  // The member sees it as theirs.
  const { myTickets } = await api<{ myTickets: { edges: { node: { id: string } }[] } }>('member', '{ myTickets(first: 100) { edges { node { id } } } }');
  expect(myTickets.edges.map((edge) => edge.node.id)).toContain(ticketId);
});
