import { api, expect, expectAccessible, signIn, stack, test, uniqueTag } from './fixtures';

// The whole daily loop across two people, each in their own browser: a member raises a request with a file on their
// phone, it shows in the agent's queue, the agent answers with a canned response and leaves a note, and the member
// reads the answer and never the note.
test('journey: member raises with a file, the agent replies with a canned response and a note, the member sees the reply and never the note', async ({ browser }) => {
  const tag = uniqueTag();
  const shortcut = `welcome-${tag}`.slice(0, 30);
  await api('admin', 'mutation ($input: CreateCannedResponseInput!) { createCannedResponse(input: $input) { id } }', {
    input: { title: `Welcome ${tag}`, shortcut, shared: true, body: '<p>Hello {{member.firstName}}, your new card is on its way.</p>' },
  });
  const subject = `Lost membership card ${tag}`;
  const noteText = `Staff only ${tag}: reprint approved by the office.`;

  const memberContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const member = await memberContext.newPage();
  await signIn(member, 'member', '?new=1');
  await member.getByLabel('Subject').fill(subject);
  await member.getByLabel('What is it about?').selectOption({ index: 1 });
  await member.getByLabel('How can we help?').fill('I lost my card at the conference. Photo of the receipt attached.');
  await member.locator('input[type=file]').setInputFiles({ name: 'receipt.txt', mimeType: 'text/plain', buffer: Buffer.from('Receipt 2026-11-29: card fee paid') });
  await expect(member.getByRole('list', { name: 'Files to send' })).toContainText('Ready');
  await member.getByRole('button', { name: 'Send request' }).click();
  await expect(member.getByRole('heading', { level: 1, name: subject })).toBeVisible();

  const agentContext = await browser.newContext();
  const agent = await agentContext.newPage();
  await signIn(agent, 'agent');
  await agent.getByRole('navigation', { name: 'Queue views' }).getByRole('link', { name: /Unassigned/ }).click();
  await agent.getByRole('link', { name: subject }).click();
  const request = agent.getByRole('article', { name: `Request from ${stack.users.member.name}` });
  await expect(request).toContainText('I lost my card');
  await expect(request.getByRole('button', { name: /receipt\.txt/ })).toBeVisible();

  const reply = agent.getByRole('textbox', { name: /^Reply to/ });
  await reply.click();
  await agent.keyboard.type(`/${shortcut}`);
  // Space expands a shortcut the editor knows: wait until the canned responses have arrived.
  await expect(agent.getByRole('option', { name: new RegExp(shortcut) })).toBeVisible();
  await agent.keyboard.press('Space');
  await expect(reply).toContainText('Hello Maria, your new card is on its way.');
  await agent.getByRole('button', { name: 'Send reply' }).click();
  await expect(agent.getByRole('article', { name: `Reply from ${stack.users.agent.name}` })).toContainText('your new card is on its way');

  await agent.locator('body').click({ position: { x: 5, y: 5 } });
  await agent.keyboard.press('n');
  // `n` moves the focus to the note editor once it has rendered (a live refresh of the conversation may be rendering).
  await expect(agent.getByRole('textbox', { name: /Internal note/ })).toBeFocused();
  await agent.keyboard.type(noteText);
  await agent.keyboard.press('Control+Enter');
  await expect(agent.getByRole('article', { name: `Internal note from ${stack.users.agent.name}` })).toContainText(noteText);
  await expectAccessible(agent, 'journey: agent after reply and note');

  await member.reload();
  const thread = member.getByRole('list', { name: 'Conversation' });
  await expect(thread).toContainText('Hello Maria, your new card is on its way.');
  await expect(member.getByText(noteText)).toHaveCount(0);
  expect(await member.content()).not.toContain(tag + ': reprint');
  await expectAccessible(member, 'journey: member reads the reply');

  await memberContext.close();
  await agentContext.close();
});
