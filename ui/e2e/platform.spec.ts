import type { Page } from '@playwright/test';
import { api, expect, expectAccessible, screenshot, signIn, test, type Role } from './fixtures';

// Every role signs in on Keycloak's page and lands on their screen.
test('every role signs in through Keycloak and lands on their screen', async ({ browser }) => {
  const landing: Record<'member' | 'agent' | 'admin' | 'platformAdmin', (page: Page) => Promise<void>> = {
    member: async (page) => {
      await expect(page.getByRole('main')).toBeVisible();
      await expect(page.getByRole('navigation', { name: 'Queue views' })).toHaveCount(0);
      await expect(page.getByRole('heading', { name: 'Tenants' })).toHaveCount(0);
    },
    agent: async (page) => {
      await expect(page.getByRole('navigation', { name: 'Queue views' })).toBeVisible();
      await expect(page.getByRole('region', { name: 'Your availability' })).toBeVisible();
    },
    admin: async (page) => {
      await expect(page.getByRole('navigation', { name: 'Queue views' })).toBeVisible();
    },
    platformAdmin: async (page) => {
      await expect(page.getByRole('heading', { level: 1, name: 'Tenants' })).toBeVisible();
      await expect(page.getByRole('navigation', { name: 'Queue views' })).toHaveCount(0);
    },
  };
  for (const [role, check] of Object.entries(landing) as [Role, (page: Page) => Promise<void>][]) {
    // A context each: a fresh Keycloak session per person.
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, role);
    await check(page);
    await expectAccessible(page, `${role} home`);
    await context.close();
  }
});

interface TenantPage { tenants: { edges: { node: { slug: string; state: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }

/** The tenant as the API lists it (deleted ones included), paging through all of them. */
async function tenantState(slug: string): Promise<string | undefined> {
  let after: string | null = null;
  for (;;) {
    const answer: TenantPage = await api<TenantPage>('platformAdmin', 'query PlatformCheck($after: String) { tenants(first: 100, after: $after, includeDeleted: true) { edges { node { slug state } } pageInfo { hasNextPage endCursor } } }', { after });
    const { tenants } = answer;
    const found = tenants.edges.find((edge) => edge.node.slug === slug);
    if (found) return found.node.state;
    if (!tenants.pageInfo.hasNextPage) return undefined;
    after = tenants.pageInfo.endCursor;
  }
}

/** The tenant's row in the list, paging forward until it shows. */
async function rowOf(page: Page, slug: string) {
  const row = page.locator(`tr[data-slug="${slug}"]`);
  const next = page.getByRole('navigation', { name: 'Pages of tenants' }).getByRole('button', { name: 'Next page' });
  for (let i = 0; i < 50; i++) {
    await expect(page.locator('table[aria-busy="false"]')).toBeVisible();
    if (await row.isVisible() || !(await next.isEnabled())) break;
    await next.click();
  }
  await expect(row).toBeVisible();
  return row;
}

test('platform admin provisions a tenant, opens its support desk and deprovisions it with a typed confirmation', async ({ page }) => {
  const slug = `e2e-${Date.now().toString(36)}`;
  const name = `Walkthrough Society ${slug}`;
  await signIn(page, 'platformAdmin');
  await expect(page.getByRole('heading', { level: 1, name: 'Tenants' })).toBeVisible();
  await expect(page.locator('table tbody tr').first()).toBeVisible();
  await expectAccessible(page, 'platform tenants');
  await screenshot(page, 'platform-tenants');

  // A bad slug is refused at its field; what was typed stays.
  const form = page.getByRole('region', { name: 'Provision a tenant' });
  await form.getByLabel('Slug').fill('Not A Slug');
  await form.getByLabel('Name').fill(name);
  await form.getByRole('button', { name: 'Provision tenant' }).click();
  await expect(form.getByLabel('Slug')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByLabel('Name')).toHaveValue(name);
  await expectAccessible(page, 'platform provision error');
  await screenshot(page, 'platform-provision-error');

  await form.getByLabel('Slug').fill(slug);
  await form.getByRole('button', { name: 'Provision tenant' }).click();
  await expect(page.getByRole('status').filter({ hasText: `${name} (${slug}) is provisioned and active.` })).toBeVisible({ timeout: 30_000 });
  expect(await tenantState(slug)).toBe('ACTIVE');
  const row = await rowOf(page, slug);
  await expect(row).toContainText('Active');

  // Its support desk: the app again, acting in the tenant (the console, told it is audited).
  await row.getByRole('link', { name: `Open the support desk of ${name}` }).click();
  await expect(page).toHaveURL(new RegExp(`\\?tenant=${slug}`));
  await expect(page.getByRole('navigation', { name: 'Queue views' })).toBeVisible();
  await expect(page.getByText(`You are working in ${slug} as a platform admin`)).toBeVisible();
  await expect(page.getByText('There are no tickets yet.')).toBeVisible();
  // A platform admin is no agent of the tenant: no availability switch.
  await expect(page.getByRole('switch')).toHaveCount(0);
  await expectAccessible(page, 'platform desk');
  await screenshot(page, 'platform-desk');

  await page.getByRole('link', { name: 'Back to tenants' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tenants' })).toBeVisible();

  // Deprovision: the button works only once the exact slug is typed. Its data goes too, so reruns leave no clutter.
  const again = await rowOf(page, slug);
  await again.getByRole('button', { name: `Deprovision ${name}` }).click();
  const dialog = page.getByRole('dialog', { name: `Deprovision ${slug}?` });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('checkbox', { name: /delete all of its data/ }).check();
  const confirm = dialog.getByRole('button', { name: 'Deprovision and delete data' });
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel(`Type ${slug} to confirm`).fill(slug.toUpperCase());
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel(`Type ${slug} to confirm`).fill(slug);
  await expect(confirm).toBeEnabled();
  await expectAccessible(page, 'platform deprovision dialog');
  await screenshot(page, 'platform-deprovision');
  await confirm.click();
  await expect(dialog).toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByRole('status').filter({ hasText: `${slug} is deprovisioned and its data deleted.` })).toBeVisible();
  expect(await tenantState(slug)).toBe('DELETED');
  await expect(page.locator(`tr[data-slug="${slug}"]`)).toHaveCount(0);
});
