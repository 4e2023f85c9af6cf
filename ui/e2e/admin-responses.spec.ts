import { api, expect, expectAccessible, raiseTicket, screenshot, signIn, test, uniqueTag } from './fixtures';

// Settings: canned responses (admins the shared ones, each agent their own on "My canned responses") and the
// response and notification templates with their live preview (the console's `?screen=responses|templates`).

interface CannedResponse { id: string; title: string; shared: boolean }
interface Template { id: string; kind: string; name: string; subject: string | null; body: string; version: number }

async function cannedResponses(role: 'agent' | 'agent2' | 'admin') {
  return (await api<{ cannedResponses: CannedResponse[] }>(role, '{ cannedResponses { id title shared } }')).cannedResponses;
}

async function statusChangedTemplate(): Promise<Template> {
  const data = await api<{ responseTemplates: Template[] }>('admin', '{ responseTemplates(kind: STATUS_CHANGED) { id kind name subject body version } }');
  return data.responseTemplates[0]!;
}

test('admin responses: an admin writes a shared canned response on the settings screen and an agent inserts it by its shortcut', async ({ browser }) => {
  const tag = uniqueTag();
  const title = `Renewal help ${tag}`;
  const shortcut = `renew-${tag}`.slice(0, 30);

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, 'admin', '?screen=responses');
  await expect(admin.getByRole('heading', { level: 1, name: 'Canned responses' })).toBeVisible();
  await expect(admin.getByRole('table', { name: 'Canned responses' }).or(admin.getByText('No canned responses yet.'))).toBeVisible();
  await expectAccessible(admin, 'admin responses: list');
  await screenshot(admin, 'admin-responses-list');

  await admin.getByRole('button', { name: 'New canned response' }).click();
  await admin.getByRole('textbox', { name: 'Title' }).fill(title);
  await admin.getByRole('textbox', { name: 'Shortcut' }).fill(shortcut);
  const text = admin.getByRole('textbox', { name: 'Text' });
  await text.click();
  await admin.keyboard.type('Hello ');
  await admin.getByRole('combobox', { name: 'Insert a variable' }).selectOption('member.firstName');
  await text.click();
  await admin.keyboard.press('End');
  await admin.keyboard.type(', this is how to renew: open Membership, then Renew.');
  await expect(text).toContainText('Hello {{member.firstName}}, this is how to renew');
  await expect(admin.getByRole('radio', { name: /Shared: the whole team/ })).toBeChecked();
  await expectAccessible(admin, 'admin responses: new shared response');
  await screenshot(admin, 'admin-responses-new');
  await admin.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(admin.getByText(`Saved “${title}”.`)).toBeVisible();
  const row = admin.getByRole('row').filter({ hasText: title });
  await expect(row).toContainText(`/${shortcut}`);
  await expect(row).toContainText('Shared');
  expect((await cannedResponses('agent')).find((response) => response.title === title)?.shared).toBe(true);

  // The agent finds it in a ticket by its shortcut, filled in for the ticket's member.
  const ticket = await raiseTicket('member', `Cannot renew ${tag}`);
  const agentContext = await browser.newContext();
  const agent = await agentContext.newPage();
  await signIn(agent, 'agent', `?ticket=${ticket.id}`);
  const reply = agent.getByRole('textbox', { name: /^Reply to/ });
  await reply.click();
  await agent.keyboard.type(`/${shortcut}`);
  // Space expands a shortcut the editor knows: wait until the canned responses have arrived.
  await expect(agent.getByRole('option', { name: new RegExp(shortcut) })).toBeVisible();
  await agent.keyboard.press('Space');
  await expect(reply).toContainText('Hello Maria, this is how to renew');

  await adminContext.close();
  await agentContext.close();
});

test('admin responses: an agent keeps personal canned responses on "My canned responses" and cannot touch the shared ones', async ({ page }) => {
  const tag = uniqueTag();
  const shared = `Shared policy ${tag}`;
  await api('admin', 'mutation ($input: CreateCannedResponseInput!) { createCannedResponse(input: $input) { id } }', {
    input: { title: shared, shortcut: `policy-${tag}`.slice(0, 30), shared: true, body: '<p>Our refund policy is on the website.</p>' },
  });
  const mine = `My sign-off ${tag}`;
  const shortcut = `bye-${tag}`.slice(0, 30);

  await signIn(page, 'agent', '?screen=responses');
  await expect(page.getByRole('heading', { level: 1, name: 'My canned responses' })).toBeVisible();
  // The rail says so too, and offers an agent no other settings.
  const settings = page.getByRole('navigation', { name: 'Settings' });
  await expect(settings.getByRole('link')).toHaveText(['My canned responses']);
  await page.getByRole('searchbox', { name: 'Search' }).fill(tag);
  const sharedTable = page.getByRole('table', { name: 'Shared with the team' });
  await expect(sharedTable).toContainText(shared);
  await expect(sharedTable.getByRole('button')).toHaveCount(0);
  await expect(page.getByRole('button', { name: `Edit ${shared}` })).toHaveCount(0);
  await expect(page.getByRole('button', { name: `Delete ${shared}` })).toHaveCount(0);

  await page.getByRole('button', { name: 'New canned response' }).click();
  await expect(page.getByRole('radio', { name: /Shared: the whole team/ })).toHaveCount(0);
  await page.getByRole('textbox', { name: 'Title' }).fill(mine);
  await page.getByRole('textbox', { name: 'Shortcut' }).fill(shortcut);
  await page.getByRole('textbox', { name: 'Text' }).click();
  await page.keyboard.type('Kind regards, Alex from the member services team.');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText(`Saved “${mine}”.`)).toBeVisible();
  await expect(page.getByRole('table', { name: 'Yours' })).toContainText(mine);
  // Personal: nobody else sees it, not even another agent.
  expect((await cannedResponses('agent2')).map((response) => response.title)).not.toContain(mine);

  // The same shortcut twice is refused at the shortcut field, the text kept.
  await page.getByRole('button', { name: 'New canned response' }).click();
  await page.getByRole('textbox', { name: 'Title' }).fill(`${mine} again`);
  await page.getByRole('textbox', { name: 'Shortcut' }).fill(shortcut);
  await page.getByRole('textbox', { name: 'Text' }).click();
  await page.keyboard.type('A second sign-off.');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const shortcutField = page.getByRole('textbox', { name: 'Shortcut' });
  await expect(shortcutField).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(`Another of your canned responses has the shortcut '${shortcut}'`)).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue(`${mine} again`);
  await expectAccessible(page, 'admin responses: agent, shortcut taken');
  await screenshot(page, 'admin-responses-agent');
  await page.getByRole('button', { name: 'Close', exact: true }).click();

  await page.getByRole('button', { name: `Delete ${mine}` }).click();
  const dialog = page.getByRole('dialog', { name: `Delete “${mine}”?` });
  await expect(dialog).toContainText('removed for good');
  await expectAccessible(page, 'admin responses: delete confirmation');
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText(`Deleted “${mine}”.`)).toBeVisible();
  expect((await cannedResponses('agent')).map((response) => response.title)).not.toContain(mine);
  expect((await cannedResponses('agent')).map((response) => response.title)).toContain(shared);
});

test('admin responses: an admin edits the status change template with a live preview, a bad variable is refused at its line, fixed and saved', async ({ page }) => {
  const tag = uniqueTag();
  const original = await statusChangedTemplate();
  const ticket = await raiseTicket('member', `Preview me ${tag}`);
  try {
    await signIn(page, 'admin', '?screen=templates');
    await expect(page.getByRole('heading', { level: 1, name: 'Templates' })).toBeVisible();
    await page.getByRole('navigation', { name: 'Templates' }).getByRole('link', { name: original.name }).click();

    // The live preview, against the sample ticket.
    const preview = page.getByRole('region', { name: 'Preview of the filled-in template' });
    await expect(preview).toContainText('Ticket #1042 is now in progress');
    await expect(preview).toContainText('Hello Maria,');
    await expect(preview).toContainText('Your ticket #1042 "Renewal payment failed" is now in progress.');
    await expectAccessible(page, 'admin templates: preview');
    await screenshot(page, 'admin-templates-preview');

    // A bad variable on a new last line: refused at that line while typing, before any save.
    const body = page.getByRole('textbox', { name: 'Body' });
    const lines = (await body.inputValue()).split('\n').length;
    await body.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(`\n<p>Reference: {{ticket.nope}} (${tag})</p>`);
    const badLine = lines + 1;
    await expect(page.getByText(`Line ${badLine}:`)).toBeVisible();
    await expect(page.getByText(/Unknown variable 'ticket\.nope'/)).toBeVisible();
    await expect(body).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('The preview shows the last text that could be read.', { exact: false })).toBeVisible();
    await page.getByRole('button', { name: `Go to line ${badLine}` }).click();
    await expect(body).toBeFocused();
    await expectAccessible(page, 'admin templates: a problem at its line');
    await screenshot(page, 'admin-templates-error');

    // Saving is refused the same way, at the same line.
    await page.getByRole('button', { name: 'Save template' }).click();
    await expect(page.getByRole('button', { name: `Go to line ${badLine}` })).toBeVisible();
    expect((await statusChangedTemplate()).version).toBe(original.version);

    // Fixed: the preview follows, against a real ticket too, and the save goes through.
    await body.fill((await body.inputValue()).replace('{{ticket.nope}}', '{{ticket.reference}}'));
    await expect(preview).toContainText(`Reference: #1042 (${tag})`);
    await expect(page.getByText(`Line ${badLine}:`)).toHaveCount(0);
    await page.getByRole('combobox', { name: 'Preview with' }).selectOption({ label: `${ticket.reference} Preview me ${tag}` });
    await expect(preview).toContainText(`Your ticket ${ticket.reference} "Preview me ${tag}" is now open.`);
    await expect(preview).toContainText(`Reference: ${ticket.reference} (${tag})`);
    await page.getByRole('button', { name: 'Save template' }).click();
    await expect(page.getByText(`Saved “${original.name}”.`)).toBeVisible();
    await expectAccessible(page, 'admin templates: saved');
    await screenshot(page, 'admin-templates-saved');
    const saved = await statusChangedTemplate();
    expect(saved.version).toBe(original.version + 1);
    expect(saved.body).toContain(`<p>Reference: {{ticket.reference}} (${tag})</p>`);
  } finally {
    // The tenant is shared by every walkthrough of the run: the notification goes back to what it was.
    const current = await statusChangedTemplate();
    await api('admin', 'mutation ($input: UpdateResponseTemplateInput!) { updateResponseTemplate(input: $input) { id } }', {
      input: { id: current.id, version: current.version, name: original.name, subject: original.subject, body: original.body },
    });
  }
});
