import { expect, signIn, test } from './fixtures';

test('session: signing out ends the Keycloak session and the next visit asks to sign in again', async ({ page }) => {
  await signIn(page, 'agent');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.locator('#username')).toBeVisible();

  await page.goto('/app/');
  await expect(page.locator('#username'), 'no silent sign-in after signing out').toBeVisible();
});
