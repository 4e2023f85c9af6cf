import { expect, screenshot, stack, test } from './fixtures';

// GraphiQL from the graphiql package, served by the API (local profile), signed in like the screens: no CDN.
test('graphiql: signs in through Keycloak and runs a query with the user token', async ({ page }) => {
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http') && !['127.0.0.1', 'localhost'].includes(url.hostname)) outside.push(request.url());
  });
  await page.goto('/graphiql');
  await page.locator('#username').fill(stack.users.agent.username);
  await page.locator('#password').fill(stack.password);
  await page.locator('#kc-login').click();

  await expect(page.locator('.graphiql-container')).toBeVisible();
  const result = page.locator('.result-window');
  // The editor takes a moment to start its workers; until then a click on Run does nothing.
  await expect(async () => {
    await page.getByRole('button', { name: /execute query/i }).click();
    await expect(result).toContainText(stack.users.agent.username, { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await expect(result).toContainText('CLIENT_USER');
  await screenshot(page, 'graphiql');
  expect(outside, 'GraphiQL loads nothing from outside the machine').toEqual([]);
});
