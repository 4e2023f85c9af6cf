import type { Page } from '@playwright/test';
import { api, categories, expect, expectAccessible, screenshot, signIn, test, uniqueTag } from './fixtures';

// The tenant is shared by every walkthrough of a run, and others rely on the default categories (Billing first):
// this one creates its own and only ever moves, renames and archives those.

interface AdminCategory { id: string; name: string; archived: boolean; position: number }

async function allCategories(): Promise<AdminCategory[]> {
  const data = await api<{ ticketCategories: AdminCategory[] }>('admin', '{ ticketCategories(includeArchived: true) { id name archived position } }');
  return data.ticketCategories;
}

/** The names in the active list, as the admin sees them. */
async function shownOrder(page: Page): Promise<string[]> {
  return page.getByRole('list', { name: 'Active categories, in the order members see them' }).getByRole('listitem')
    .locator('[class*="name"]').allTextContents();
}

async function addCategory(page: Page, name: string, description = '') {
  const form = page.getByRole('region', { name: 'Add a category' });
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Description').fill(description);
  await form.getByRole('button', { name: 'Add category' }).click();
  await expect(page.getByRole('status').filter({ hasText: `“${name}” is added at the end of the list.` })).toBeVisible();
  await expect(form.getByLabel('Name')).toHaveValue('');
}

test('admin categories: an admin creates, renames, reorders and archives categories, a duplicate name is refused at its field, and the member’s picker follows at once', async ({ browser, page }) => {
  const tag = uniqueTag();
  const first = `Sponsorship ${tag}`;
  const renamed = `Sponsor packages ${tag}`;
  const second = `Webinars ${tag}`;
  const doomed = `Old newsletter ${tag}`;

  await signIn(page, 'admin');
  await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Categories' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Categories' })).toBeVisible();
  expect(new URL(page.url()).searchParams.get('screen')).toBe('categories');
  await expect(page.getByRole('button', { name: 'Reorder Billing' })).toBeVisible();

  // Three of its own, added at the end.
  await addCategory(page, first, 'Packages, invoices and benefits for sponsors.');
  await addCategory(page, second, 'Online sessions and recordings.');
  await addCategory(page, doomed);
  expect((await shownOrder(page)).slice(-3)).toEqual([first, second, doomed]);
  await expectAccessible(page, 'admin categories list');
  await screenshot(page, 'admin-categories-list');

  // A name that looks the same as an active one (other capitals, extra spaces) is refused at the name field.
  const form = page.getByRole('region', { name: 'Add a category' });
  const duplicate = `  ${first.toUpperCase().replace(' ', '   ')} `;
  await form.getByLabel('Name').fill(duplicate);
  await form.getByRole('button', { name: 'Add category' }).click();
  await expect(form.getByLabel('Name')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByLabel('Name')).toHaveAccessibleDescription(/Another active category already has this name/);
  await expect(form.getByLabel('Name')).toHaveValue(duplicate);
  await expectAccessible(page, 'admin categories form with error');
  await screenshot(page, 'admin-categories-name-taken');
  // Changing the name takes the error away; the next send checks again.
  await form.getByLabel('Name').fill('');
  await expect(form.getByLabel('Name')).not.toHaveAttribute('aria-invalid', 'true');

  // Renamed in the edit dialog, from the keyboard.
  await page.getByRole('button', { name: `Edit ${first}` }).click();
  const editDialog = page.getByRole('dialog', { name: `Edit “${first}”` });
  await expect(editDialog.getByLabel('Name')).toHaveValue(first);
  await editDialog.getByLabel('Name').fill(renamed);
  await expectAccessible(page, 'admin categories edit dialog');
  await screenshot(page, 'admin-categories-edit');
  await editDialog.getByLabel('Name').press('Enter');
  await expect(editDialog).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: `“${renamed}” is saved.` })).toBeVisible();
  await expect(page.getByRole('button', { name: `Edit ${renamed}` })).toBeFocused();

  // Reordered with the keyboard: the handle, Space to pick up, ArrowUp, Space to drop (each step announced).
  const before = await shownOrder(page);
  const target = before.indexOf(renamed) + 1;
  const handle = page.getByRole('button', { name: `Reorder ${second}` });
  await handle.focus();
  await page.keyboard.press('Space');
  await expect(handle).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('ArrowUp');
  await expect(page.getByText(`${second} moved to position ${target} of ${before.length}.`)).toBeAttached();
  await page.keyboard.press('Space');
  await expect(page.getByText(`${second} dropped at position ${target} of ${before.length}.`)).toBeAttached();
  await expect.poll(async () => (await shownOrder(page)).filter((name) => name.endsWith(tag))).toEqual([second, renamed, doomed]);
  // Saved: the API has the new order, and Billing is still first.
  await expect.poll(async () => (await categories()).map((c) => c.name).filter((name) => name.endsWith(tag))).toEqual([second, renamed, doomed]);
  expect((await categories())[0]?.name).toBe('Billing');

  // And with the buttons: the one it passed moves back up and down again.
  await page.getByRole('button', { name: `Move ${renamed} up` }).click();
  await expect.poll(async () => (await shownOrder(page)).filter((name) => name.endsWith(tag))).toEqual([renamed, second, doomed]);
  await page.getByRole('button', { name: `Move ${renamed} down` }).click();
  await expect.poll(async () => (await categories()).map((c) => c.name).filter((name) => name.endsWith(tag))).toEqual([second, renamed, doomed]);

  // Archived after a confirmation that says what it means for members.
  await page.getByRole('button', { name: `Archive ${doomed}` }).click();
  const archiveDialog = page.getByRole('dialog', { name: `Archive “${doomed}”?` });
  await expect(archiveDialog).toContainText('Members will no longer see it');
  await expect(archiveDialog).toContainText('Tickets that already have it keep it');
  await expectAccessible(page, 'admin categories archive dialog');
  await screenshot(page, 'admin-categories-archive');
  await archiveDialog.getByRole('button', { name: 'Archive category' }).click();
  await expect(archiveDialog).toHaveCount(0);
  const archived = page.getByRole('list', { name: 'Archived categories' });
  await expect(archived).toContainText(doomed);
  await expect(archived.getByRole('button', { name: `Restore ${doomed}` })).toBeVisible();
  expect(await shownOrder(page)).not.toContain(doomed);
  expect((await allCategories()).find((c) => c.name === doomed)?.archived).toBe(true);
  await archived.scrollIntoViewIfNeeded();
  await expectAccessible(page, 'admin categories with an archived one');
  await screenshot(page, 'admin-categories-archived');

  // The member's picker follows the new order at once and no longer offers the archived one.
  const memberContext = await browser.newContext();
  const member = await memberContext.newPage();
  await signIn(member, 'member', '?new=1');
  // The options arrive with the categories query: wait for them before reading them.
  const options = member.getByLabel('What is it about?').locator('option');
  await expect(options).toHaveCount((await categories()).length + 1);
  const offered = (await options.allTextContents()).slice(1);
  expect(offered[0]).toBe('Billing');
  expect(offered.filter((name) => name.endsWith(tag))).toEqual([second, renamed]);
  expect(offered).not.toContain(doomed);
  expect(offered).not.toContain(first);
  await memberContext.close();
});

test('admin categories: an agent does not see the Categories settings', async ({ page }) => {
  await signIn(page, 'agent');
  const settings = page.getByRole('navigation', { name: 'Settings' });
  await expect(settings.getByRole('link', { name: 'My canned responses' })).toBeVisible();
  await expect(settings.getByRole('link', { name: 'Categories' })).toHaveCount(0);
  // Even by address: the screen is not there for them.
  await page.goto('/app/?screen=categories');
  await expect(page.getByText('Only your association’s administrators can change these settings.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Categories' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Add a category' })).toHaveCount(0);
});
