import { expect, expectAccessible, screenshot, signIn, stack, test } from './fixtures';

// The harness itself: every role signs in on Keycloak's page and lands on their screen.
test('every role signs in through Keycloak and lands on their screen', async ({ page }) => {
  await signIn(page, 'member');
  await expect(page.getByRole('banner')).toContainText(stack.users.member.name);
  await expectAccessible(page, 'member home');
  await screenshot(page, 'smoke-member');
});
