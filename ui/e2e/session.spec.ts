import { endKeycloakSessions, expect, raiseTicket, signIn, stack, test, uniqueTag } from './fixtures';

test('session: signing out ends the Keycloak session and the next visit asks to sign in again', async ({ page }) => {
  await signIn(page, 'agent');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.locator('#username')).toBeVisible();

  await page.goto('/app/');
  await expect(page.locator('#username'), 'no silent sign-in after signing out').toBeVisible();
});

test('session: an expired session goes back through sign-in and keeps the reply being typed', async ({ page }) => {
  const request = await raiseTicket('member', `Session test ${uniqueTag()}`);

  await signIn(page, 'member', `?request=${request.id}`);
  const reply = page.getByLabel('Your message');
  await reply.fill('A long answer I do not want to type twice.');

  // The session ends (Keycloak's and the API's): the next request answers 401.
  await endKeycloakSessions('member');
  await page.route('**/graphql', (route) => route.fulfill({ status: 401, contentType: 'application/json',
    body: JSON.stringify({ errors: [{ message: 'Sign in first', extensions: { code: 'UNAUTHENTICATED' } }] }) }), { times: 1 });
  await page.getByRole('button', { name: 'Send' }).click();

  await expect(page.locator('#username'), 'sent back to sign in').toBeVisible();
  await page.locator('#username').fill(stack.users.member.username);
  await page.locator('#password').fill(stack.password);
  await page.locator('#kc-login').click();

  await expect(page).toHaveURL(new RegExp(`request=${request.id}`));
  await expect(page.getByLabel('Your message')).toHaveValue('A long answer I do not want to type twice.');
});
