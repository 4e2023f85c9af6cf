import { api, expect, expectAccessible, raiseTicket, screenshot, signIn, stack, test, uniqueTag } from './fixtures';

// Notifications: the admins' settings (sender, webhook, signing secret shown once, parked notifications), the member's
// e-mail opt-out in the portal, and the deliveries on the staff ticket view (a real e-mail to the stack's GreenMail).

interface Settings {
  emailEnabled: boolean;
  fromAddress: string | null;
  fromName: string | null;
  replyToAddress: string | null;
  webhookEnabled: boolean;
  webhookUrl: string | null;
  webhookSecret: { hint: string } | null;
  updatedAt: string;
}
interface Delivery { channel: string; kind: string; recipient: string; outcome: string; detail: string | null; eventIds: string[] }

const SETTINGS = '{ notificationSettings { emailEnabled fromAddress fromName replyToAddress webhookEnabled webhookUrl webhookSecret { hint } updatedAt } }';
const RECEIVER = 'http://127.0.0.1:9/hook';

async function settings(): Promise<Settings> {
  return (await api<{ notificationSettings: Settings }>('admin', SETTINGS)).notificationSettings;
}

test('notifications: an admin sets the sender, creates a signing secret (seen once) and turns the webhook on', async ({ page }) => {
  const tag = uniqueTag();
  const fromAddress = `support-${tag}@club.example`;
  const replyTo = `help-${tag}@club.example`;
  try {
    await signIn(page, 'admin', '?screen=notifications');
    await expect(page.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Notifications' })).toHaveAttribute('aria-current', 'page');
    const parked = page.getByRole('heading', { level: 2, name: 'Waiting to be sent again' });
    await expect(parked).toBeVisible();
    await expectAccessible(page, 'notification settings');

    // The sender.
    await page.getByLabel('From address').fill('not an address');
    await page.getByRole('button', { name: 'Save notification settings' }).click();
    await expect(page.getByLabel('From address')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('From address')).toHaveAccessibleDescription(/is not an e-mail address/);
    await expectAccessible(page, 'notification settings: a refused address');
    await page.getByLabel('From address').fill(fromAddress);
    await page.getByLabel('From name').fill(`Rowing Club ${tag}`);
    await page.getByLabel('Reply-To address').fill(replyTo);
    await page.getByRole('button', { name: 'Save notification settings' }).click();
    await expect(page.getByText('Saved. The next notification goes out with these settings.')).toBeVisible();
    expect(await settings()).toMatchObject({ emailEnabled: true, fromAddress, fromName: `Rowing Club ${tag}`, replyToAddress: replyTo });

    const webhook = page.getByRole('switch', { name: 'Post every change to the webhook' });
    // The webhook cannot go on without a signing secret: said at the switch (on a retry of this walkthrough the secret
    // may already exist).
    if (!(await settings()).webhookSecret) {
      await webhook.click();
      await page.getByLabel('Receiver URL').fill(RECEIVER);
      await page.getByRole('button', { name: 'Save notification settings' }).click();
      await expect(webhook).toHaveAttribute('aria-invalid', 'true');
      await expect(webhook).toHaveAccessibleDescription(/Make a signing secret first/);
      await expectAccessible(page, 'notification settings: webhook without a secret');
    }

    // The signing secret, behind a confirmation, shown once.
    await page.getByRole('button', { name: /^(Create signing secret|Rotate secret)…$/ }).click();
    const confirm = page.getByRole('dialog', { name: /^(Create a signing secret|Rotate the signing secret)\?$/ });
    await expect(confirm).toBeVisible();
    await expectAccessible(page, 'notification settings: confirm the secret');
    await confirm.getByRole('button', { name: /^(Create secret|Rotate secret)$/ }).click();
    const shown = page.getByRole('dialog', { name: 'Your new signing secret' });
    await expect(shown).toContainText('it will not be shown again');
    const field = shown.getByLabel('Signing secret');
    await expect(field).toHaveValue(/^[0-9a-f]{64}$/);
    const secret = await field.inputValue();
    await expectAccessible(page, 'notification settings: the new secret');
    await screenshot(page, 'notifications-secret');
    await shown.getByRole('button', { name: 'I have stored it' }).click();
    await expect(shown).toBeHidden();
    await expect(page.getByText(`In use: the secret ending in …${secret.slice(-4)}`)).toBeVisible();
    expect(await page.content(), 'the secret, anywhere on the page').not.toContain(secret);
    expect((await settings()).webhookSecret?.hint).toBe(secret.slice(-4));

    // Now the webhook goes on.
    if ((await webhook.getAttribute('aria-checked')) !== 'true') await webhook.click();
    await page.getByLabel('Receiver URL').fill(RECEIVER);
    await page.getByRole('button', { name: 'Save notification settings' }).click();
    await expect(page.getByText('Saved. The next notification goes out with these settings.')).toBeVisible();
    await expect(webhook).toBeChecked();
    expect(await settings()).toMatchObject({ webhookEnabled: true, webhookUrl: RECEIVER });
    await expect(page.getByText('Nothing is waiting: every notification was delivered.')
      .or(page.getByRole('table', { name: 'Notifications waiting to be sent again' }))).toBeVisible();
    await expectAccessible(page, 'notification settings: webhook on');
    // The picture: the webhook with its secret, the save button and the parked notifications below.
    await parked.evaluate((heading) => heading.closest('section')?.scrollIntoView({ block: 'end' }));
    await screenshot(page, 'notifications-settings');
  } finally {
    // The tenant is shared by every walkthrough of the run: the webhook goes off again (its receiver refuses
    // connections, so it would keep retrying behind the other walkthroughs).
    const current = await settings();
    if (current.webhookEnabled) {
      await api('admin', 'mutation NotificationsWalkRestore($input: UpdateNotificationSettingsInput!) { updateNotificationSettings(input: $input) { updatedAt } }', {
        input: { ...current, webhookSecret: undefined, webhookEnabled: false },
      });
    }
  }
});

test('notifications: a member opts out of e-mail on the phone and back in', async ({ page }) => {
  const preferences = async () => (await api<{ myNotificationPreferences: { emailOptOut: boolean; email: string | null } }>('member',
    '{ myNotificationPreferences { emailOptOut email } }')).myNotificationPreferences;
  // Each walkthrough starts from a known place (a retry may find the member opted out).
  await api('member', 'mutation NotificationsWalkOptIn { updateMyNotificationPreferences(input: { emailOptOut: false }) { emailOptOut } }');

  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, 'member');
  await expect(page.getByRole('heading', { level: 1, name: 'My requests' })).toBeVisible();
  await page.getByRole('link', { name: 'E-mail notifications' }).click();
  await expect(page).toHaveURL(/[?&]preferences=email/);
  await expect(page.getByRole('heading', { level: 1, name: 'E-mail notifications' })).toBeVisible();
  const toggle = page.getByRole('switch', { name: 'E-mail me about my requests' });
  await expect(toggle).toBeChecked();
  await expect(page.getByText(`E-mails go to ${stack.users.member.email}.`)).toBeVisible();
  await expectAccessible(page, 'member e-mail preferences');

  await toggle.click();
  await expect(page.getByText('You will not get e-mails about your requests. You can still see every update here.')).toBeVisible();
  await expect(toggle).not.toBeChecked();
  expect((await preferences()).emailOptOut).toBe(true);
  await expectAccessible(page, 'member e-mail preferences: opted out');
  await screenshot(page, 'member-email-preferences');

  await toggle.click();
  await expect(page.getByText('You will get an e-mail when your requests change.')).toBeVisible();
  await expect(toggle).toBeChecked();
  expect((await preferences()).emailOptOut).toBe(false);
  await page.getByRole('link', { name: /Back to my requests/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My requests' })).toBeVisible();
});

test('notifications: staff see the e-mail the member was sent about a status change on the ticket', async ({ page }) => {
  const subject = `Card declined at renewal ${uniqueTag()}`;
  // member2: the opt-out walkthrough changes member's preference.
  const ticket = await raiseTicket('member2', subject);
  await api('agent', 'mutation NotificationsWalkStatus($input: ChangeTicketStatusInput!) { changeTicketStatus(input: $input) { version } }', {
    input: { id: ticket.id, version: ticket.version, status: 'IN_PROGRESS' },
  });
  // The e-mail goes out a few seconds after the change (changes close together make one e-mail).
  const deliveries = async () => (await api<{ ticket: { notificationDeliveries: Delivery[] } }>('agent',
    'query NotificationsWalkDeliveries($id: ID!) { ticket(id: $id) { notificationDeliveries { channel kind recipient outcome detail eventIds } } }',
    { id: ticket.id })).ticket.notificationDeliveries;
  await expect.poll(async () => (await deliveries()).find((delivery) => delivery.channel === 'EMAIL')?.outcome ?? 'nothing yet',
    { timeout: 60_000, intervals: [1_000, 2_000] }).toBe('SENT');
  const email = (await deliveries()).find((delivery) => delivery.channel === 'EMAIL')!;
  expect(email.recipient).toBe(stack.users.member2.email);

  await signIn(page, 'agent', `?ticket=${ticket.id}`);
  await expect(page.getByRole('heading', { name: new RegExp(subject) })).toBeVisible();
  await page.getByRole('tab', { name: 'Notifications' }).click();
  const list = page.getByRole('list', { name: 'Notifications about this ticket' });
  const sent = list.getByRole('listitem').filter({ hasText: 'E-mail' }).filter({ hasText: `To: ${stack.users.member2.email}` });
  await expect(sent).toContainText('Sent');
  await expect(sent).toContainText(/Status change|Several changes/);
  await expectAccessible(page, 'ticket notifications');
  // The panel sits below the ticket's properties in the console's pane: the picture shows it.
  await page.getByRole('tab', { name: 'Notifications' }).evaluate((tab) => tab.scrollIntoView({ block: 'start' }));
  await screenshot(page, 'ticket-notifications');

  await page.getByRole('tab', { name: /^History/ }).click();
  await expect(page.getByRole('list', { name: 'History' })).toContainText('E-mail notification sent');
});
