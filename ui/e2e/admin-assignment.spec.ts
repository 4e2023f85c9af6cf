import type { Page } from '@playwright/test';
import { api, expect, expectAccessible, raiseTicket, screenshot, signIn, stack, test, uniqueTag } from './fixtures';

// The tenant is shared by every walkthrough of the run, and the others expect a member's new ticket to stay unassigned:
// the rule made here matches only a category made here, and both are removed at the end, whatever happens.

interface RuleRow { id: string; name: string }
interface AgentRow { id: string; version: number }

async function rules(): Promise<RuleRow[]> {
  return (await api<{ assignmentRules: RuleRow[] }>('admin', '{ assignmentRules { id name } }')).assignmentRules;
}

async function agent(id: string): Promise<AgentRow> {
  const { supportAgents } = await api<{ supportAgents: AgentRow[] }>('admin', '{ supportAgents { id version } }');
  return supportAgents.find((candidate) => candidate.id === id)!;
}

async function quietly(work: () => Promise<unknown>) {
  try {
    await work();
  } catch {
    // Already gone: the walkthrough removed it through the screen.
  }
}

async function openTab(page: Page, name: 'Rules' | 'Teams' | 'Agents') {
  await page.getByRole('tab', { name }).click();
  await expect(page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
}

test('admin assignment: a team with agent2 and a rule moved to the top route the next ticket of a category; agents edited; sync from Keycloak', async ({ page }) => {
  const tag = uniqueTag();
  const categoryName = `Routing ${tag}`;
  const teamName = `Desk ${tag}`;
  const ruleName = `${tag} to agent2`;
  const placeholderName = `${tag} placeholder`;
  const agent2 = stack.users.agent2;
  const { createTicketCategory: category } = await api<{ createTicketCategory: { id: string } }>('admin',
    'mutation ($input: CreateTicketCategoryInput!) { createTicketCategory(input: $input) { id } }', { input: { name: categoryName } });
  // A rule above which ours is moved: off, and matching a word nobody writes.
  await api('admin', 'mutation ($input: AssignmentRuleInput!) { createAssignmentRule(input: $input) { id } }',
    { input: { name: placeholderName, enabled: false, keywords: [`never-${tag}`], agentId: stack.users.agent.id } });
  try {
    await signIn(page, 'admin', '?screen=assignment');
    await expect(page.getByRole('heading', { level: 1, name: 'Assignment' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Assignment rules, in the order they are tried' })).toContainText(placeholderName);
    await expectAccessible(page, 'assignment rules');

    // A team, then agent2 in it, available, with a capacity of 15.
    await openTab(page, 'Teams');
    await page.getByLabel('Name').fill(teamName);
    await page.getByLabel('What the team does').fill('Tickets of the routing walkthrough.');
    await page.getByRole('button', { name: 'Add team' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Team “${teamName}” added.` })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Teams' })).toContainText(teamName);

    await openTab(page, 'Agents');
    await page.getByRole('button', { name: `Edit ${agent2.name}` }).click();
    const agentDialog = page.getByRole('dialog', { name: agent2.name });
    await agentDialog.getByLabel('Capacity').fill('0');
    await agentDialog.getByRole('button', { name: 'Save' }).click();
    await expect(agentDialog.getByLabel('Capacity')).toHaveAttribute('aria-invalid', 'true');
    await expect(agentDialog.getByText('Enter a whole number from 1 to 1000.')).toBeVisible();
    await agentDialog.getByLabel('Capacity').fill('15');
    const available = agentDialog.getByRole('switch', { name: 'Takes new tickets' });
    if ((await available.getAttribute('aria-checked')) !== 'true') await available.click();
    await agentDialog.getByRole('checkbox', { name: teamName }).check();
    await expectAccessible(page, 'assignment agent dialog');
    await screenshot(page, 'admin-assignment-agent-edit');
    await agentDialog.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText(`${agent2.name}’s settings saved.`)).toBeVisible();
    const agentRow = page.getByRole('table', { name: 'Agents on the staff' }).getByRole('row').filter({ hasText: agent2.name });
    await expect(agentRow).toContainText('of 15');
    await expect(agentRow).toContainText(teamName);
    await expect(agentRow).toContainText('Available');

    // Sync from Keycloak: nothing new in this tenant, and it says so in words.
    await page.getByRole('button', { name: 'Sync from Keycloak' }).click();
    await expect(page.getByRole('status').filter({ hasText: /^Sync done: / })).toContainText(/agents? (is|are) on the staff\./);
    await expectAccessible(page, 'assignment agents after sync');
    await screenshot(page, 'admin-assignment-agents');

    // The rule: nothing filled in is refused at its fields, then only our category, to the team, round-robin.
    await openTab(page, 'Rules');
    await page.getByRole('button', { name: 'New rule' }).click();
    const ruleDialog = page.getByRole('dialog', { name: 'New rule' });
    await ruleDialog.getByRole('button', { name: 'Add rule' }).click();
    await expect(ruleDialog.getByLabel('Name')).toHaveAttribute('aria-invalid', 'true');
    await expect(ruleDialog.getByText('Give the rule a name.')).toBeVisible();
    await expectAccessible(page, 'assignment rule dialog errors');
    await ruleDialog.getByLabel('Name').fill(ruleName);
    await ruleDialog.getByRole('checkbox', { name: categoryName }).check();
    await ruleDialog.getByRole('radio', { name: 'A team' }).check();
    await ruleDialog.getByLabel('Team', { exact: true }).selectOption({ label: teamName });
    await expect(ruleDialog.getByRole('radio', { name: /Round-robin/ })).toBeChecked();
    await screenshot(page, 'admin-assignment-rule-dialog');
    await ruleDialog.getByRole('button', { name: 'Add rule' }).click();
    await expect(page.getByText(`Rule “${ruleName}” added at the bottom of the list.`)).toBeVisible();

    // To the top with the keyboard: the handle lifts it, the arrow keys move it, Space drops it.
    const list = page.getByRole('list', { name: 'Assignment rules, in the order they are tried' });
    const above = (await rules()).findIndex((rule) => rule.name === ruleName);
    expect(above).toBeGreaterThan(0);
    const handle = list.getByRole('button', { name: `Reorder ${ruleName}` });
    const total = (await rules()).length;
    await handle.focus();
    await page.keyboard.press('Space');
    // Each key waits for the step before it to be announced: a key pressed before the lift lands is lost.
    await expect(handle).toHaveAttribute('aria-pressed', 'true');
    for (let position = above; position >= 1; position--) {
      await page.keyboard.press('ArrowUp');
      await expect(page.getByText(`${ruleName} moved to position ${position} of ${total}.`)).toBeAttached();
    }
    await page.keyboard.press('Space');
    await expect(page.getByText('New order saved.')).toBeVisible();
    await expect(list.getByRole('listitem').first()).toContainText(ruleName);
    expect((await rules())[0]!.name).toBe(ruleName);
    await expect(list.getByRole('listitem').first()).toContainText(`Category: ${categoryName}`);
    await expect(list.getByRole('listitem').first()).toContainText(`Goes to team ${teamName} (round-robin)`);
    await expectAccessible(page, 'assignment rules after the move');
    await screenshot(page, 'admin-assignment-rules');

    // The next ticket in that category goes to agent2; one in another category stays unassigned.
    const routed = await raiseTicket('member', `Routed ${tag}`, { category: categoryName });
    const other = await raiseTicket('member', `Not routed ${tag}`);
    const assigneeOf = async (id: string) => (await api<{ ticket: { assignee: { id: string } | null } }>('admin',
      'query AdminAssignmentCheck($id: ID!) { ticket(id: $id) { assignee { id } } }', { id })).ticket.assignee?.id ?? null;
    await expect.poll(() => assigneeOf(routed.id), { timeout: 15_000 }).toBe(agent2.id);
    expect(await assigneeOf(other.id)).toBeNull();

    // The team cannot go while the rule sends tickets to it, and the screen says which rule.
    await openTab(page, 'Teams');
    await page.getByRole('button', { name: `Delete team ${teamName}` }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete team' }).click();
    await expect(page.getByRole('alert').filter({ hasText: `Team “${teamName}” can’t be deleted` })).toContainText(`the rule “${ruleName}” sends tickets to it`);
    await expectAccessible(page, 'assignment team refused');
    await screenshot(page, 'admin-assignment-teams');

    // The rule goes, then the team.
    await openTab(page, 'Rules');
    await page.getByRole('button', { name: `Delete rule ${ruleName}` }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete rule' }).click();
    await expect(page.getByText(`Rule “${ruleName}” deleted.`)).toBeVisible();
    await openTab(page, 'Teams');
    await page.getByRole('button', { name: `Delete team ${teamName}` }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete team' }).click();
    await expect(page.getByText(`Team “${teamName}” deleted.`)).toBeVisible();
  } finally {
    for (const rule of (await rules()).filter((candidate) => candidate.name === ruleName || candidate.name === placeholderName)) {
      await quietly(() => api('admin', 'mutation ($id: ID!) { deleteAssignmentRule(id: $id) }', { id: rule.id }));
    }
    const { supportTeams } = await api<{ supportTeams: { id: string; name: string }[] }>('admin', '{ supportTeams { id name } }');
    for (const team of supportTeams.filter((candidate) => candidate.name === teamName)) {
      await quietly(() => api('admin', 'mutation ($id: ID!) { deleteSupportTeam(id: $id) }', { id: team.id }));
    }
    const current = await agent(agent2.id);
    await api('admin', 'mutation ($input: UpdateSupportAgentInput!) { updateSupportAgent(input: $input) { id } }',
      { input: { id: agent2.id, version: current.version, availability: 'AVAILABLE', capacity: 20, teamIds: [] } });
    await api('admin', 'mutation ($id: ID!) { archiveTicketCategory(id: $id) { id } }', { id: category.id });
  }
});

const DEFAULT_LIMITS = { maxFileBytes: 25 * 1024 * 1024, maxFilesPerMessage: 10 };

test('admin assignment: attachment limits in MB; at 1 MB a member’s 2 MB file is refused in plain words; the default comes back', async ({ page, browser }) => {
  try {
    await signIn(page, 'admin', '?screen=attachments');
    await expect(page.getByRole('heading', { level: 1, name: 'Attachments' })).toBeVisible();
    const size = page.getByLabel(/Largest file/);
    await expect(size).toHaveValue('25');
    await expect(page.getByText('Now: files up to 25 MB, 10 files per message.')).toBeVisible();
    await expectAccessible(page, 'attachment limits');
    await screenshot(page, 'admin-attachments-limits');

    // Out of bounds: said at the field, nothing saved.
    await size.fill('250');
    await page.getByLabel('Files per message').fill('0');
    await page.getByRole('button', { name: 'Save limits' }).click();
    await expect(size).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Enter a size greater than 0 and at most 100 MB.')).toBeVisible();
    await expect(page.getByText('Enter a whole number from 1 to 100.')).toBeVisible();
    await expectAccessible(page, 'attachment limits refused');
    await screenshot(page, 'admin-attachments-invalid');

    await size.fill('1');
    await page.getByLabel('Files per message').fill('10');
    await page.getByRole('button', { name: 'Save limits' }).click();
    await expect(page.getByText('Saved. Files up to 1 MB, 10 files per message, from the next upload on.')).toBeVisible();
    await expect(page.getByText('Now: files up to 1 MB, 10 files per message.')).toBeVisible();
    const { attachmentSettings } = await api<{ attachmentSettings: { maxFileBytes: number } }>('admin', '{ attachmentSettings { maxFileBytes } }');
    expect(attachmentSettings.maxFileBytes).toBe(1024 * 1024);
    await expectAccessible(page, 'attachment limits saved');
    await screenshot(page, 'admin-attachments-saved');

    // A member on their phone attaches a 2 MB file: refused beside the file, in plain words.
    const memberContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const member = await memberContext.newPage();
    await signIn(member, 'member', '?new=1');
    await member.locator('input[type=file]').setInputFiles({ name: 'scan-2mb.txt', mimeType: 'text/plain', buffer: Buffer.alloc(2 * 1024 * 1024, 'x') });
    await expect(member.getByRole('list', { name: 'Files to send' }).getByRole('alert')).toHaveText('This file is larger than your association allows.');
    await expectAccessible(member, 'member upload over the limit');
    await screenshot(member, 'admin-attachments-member-refused');
    await memberContext.close();

    // The defaults back, through the screen.
    await page.getByRole('button', { name: 'Fill in the defaults' }).click();
    await expect(size).toHaveValue('25');
    await page.getByRole('button', { name: 'Save limits' }).click();
    await expect(page.getByText('Saved. Files up to 25 MB, 10 files per message, from the next upload on.')).toBeVisible();
  } finally {
    const { attachmentSettings } = await api<{ attachmentSettings: { maxFileBytes: number; maxFilesPerMessage: number; updatedAt: string } }>('admin',
      '{ attachmentSettings { maxFileBytes maxFilesPerMessage updatedAt } }');
    if (attachmentSettings.maxFileBytes !== DEFAULT_LIMITS.maxFileBytes || attachmentSettings.maxFilesPerMessage !== DEFAULT_LIMITS.maxFilesPerMessage) {
      await api('admin', 'mutation ($input: UpdateAttachmentSettingsInput!) { updateAttachmentSettings(input: $input) { updatedAt } }',
        { input: { ...DEFAULT_LIMITS, updatedAt: attachmentSettings.updatedAt } });
    }
  }
});
