import type { Page } from '@playwright/test';
import { api, expect, expectAccessible, figure, raiseTicket, screenshot, signIn, test, uniqueTag } from './fixtures';

// Search against the real stack: the staff queue's search box with highlights and the facet sidebar, tags on the
// ticket view, and the member's search of their own requests (never matching a staff note). The tenant is shared
// with the other walkthroughs: every ticket here carries words of its own (letters only, so no analyzer splits them),
// and the search index follows commits by about a second, so the seeding waits until a search finds what it made.

/** A made-up word nobody else writes: letters only. */
function word(): string {
  const letters = 'bcdfghjklmnpqrtvwxz';
  const digits = uniqueTag();
  return `zq${[...digits].map((character) => letters[parseInt(character, 36) % letters.length]).join('')}`;
}

const SEARCH = `query SearchSeedFind($filter: TicketFilter) { tickets(filter: $filter, first: 10) { totalCount edges { node { id } } } }`;
const FACETS = `query SearchSeedFacets($filter: TicketFilter) { tickets(filter: $filter, first: 1) { facets { priority { value count } tag { value count } } } }`;
const MINE = `query SearchSeedMine($search: String) { myTickets(search: $search, first: 10) { edges { node { id } highlights { field fragments } } } }`;

/** Waits until `check` holds (the index lags commits); answers how long that took. */
async function until(what: string, check: () => Promise<boolean>, timeoutMs = 30_000): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await check()) return Date.now() - started;
    if (Date.now() - started > timeoutMs) throw new Error(`Waited ${timeoutMs} ms for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function staffFinds(words: string, ids: string[]): Promise<boolean> {
  const data = await api<{ tickets: { edges: { node: { id: string } }[] } }>('agent', SEARCH, { filter: { search: words } });
  const found = data.tickets.edges.map((edge) => edge.node.id);
  return ids.every((id) => found.includes(id));
}

const rows = (page: Page) => page.locator('main table tbody tr');
const sidebar = (page: Page) => page.getByRole('complementary', { name: 'Refine' });
const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search tickets' });

async function settled(page: Page) {
  await expect(page.locator('main table[aria-busy="false"]')).toBeVisible();
}

test('search: an agent searches with highlights, ticks a facet, tags a ticket and filters by the tag', async ({ page }) => {
  const w = word();
  const renewal = await raiseTicket('member', `Renewal failed ${w}`, { description: `<p>The renewal page rejected my card. Reference ${w} from the bank.</p>` });
  const gala = await raiseTicket('member', `Gala seating question`, { description: `<p>Can we sit together? My code is ${w}, &lt;script&gt;alert(1)&lt;/script&gt; was in the e-mail.</p>` });
  const raisedAt = Date.now();
  // The admin makes the renewal one urgent: a facet with one ticket to tick.
  await api('admin', 'mutation SearchSeedPriority($input: ChangeTicketPriorityInput!) { changeTicketPriority(input: $input) { version } }',
    { input: { id: renewal.id, version: renewal.version, priority: 'HIGH' } });
  await until('the search to find both tickets', () => staffFinds(w, [renewal.id, gala.id]));
  figure('search: raised to found by a search (walkthrough, polled every 250 ms)', Date.now() - raisedAt, 'ms');
  await until('the priority change in the facets', async () => {
    const data = await api<{ tickets: { facets: { priority: { value: string; count: number }[] } } }>('agent', FACETS, { filter: { search: w } });
    return data.tickets.facets.priority.some((entry) => entry.value === 'HIGH' && entry.count === 1);
  });

  await signIn(page, 'agent');
  await settled(page);
  const typedAt = Date.now();
  await searchBox(page).fill(w);
  // The words are marked where they matched: in the subject, and in the description under the other subject.
  const renewalRow = rows(page).filter({ has: page.getByRole('link', { name: `Renewal failed ${w}` }) });
  await expect(renewalRow.locator('mark').first()).toHaveText(w);
  figure('search: typed to highlighted results (debounce 300 ms included)', Date.now() - typedAt, 'ms');
  expect(new URL(page.url()).searchParams.get('search')).toBe(w);
  await settled(page);
  await expect(rows(page)).toHaveCount(2);
  await expect(page.getByRole('combobox', { name: 'Sort' })).toHaveValue('RELEVANCE_DESC');
  const galaRow = rows(page).filter({ has: page.getByRole('link', { name: 'Gala seating question' }) });
  const passages = galaRow.getByRole('list', { name: 'Where the words matched' });
  await expect(passages).toContainText('Description:');
  await expect(passages.locator('mark')).toHaveText(w);
  // A <script> written in a ticket is text in the highlight, never an element.
  expect(await page.locator('main table script').count()).toBe(0);
  // The sidebar counts what the search found.
  await expect(sidebar(page).getByRole('checkbox', { name: 'High, 1 ticket' })).toBeVisible();
  await expect(sidebar(page).getByRole('checkbox', { name: 'Medium, 1 ticket' })).toBeVisible();
  await expectAccessible(page, 'queue search');
  await screenshot(page, 'queue-search');

  // Ticking a facet filters the queue.
  await sidebar(page).getByRole('checkbox', { name: 'High, 1 ticket' }).check();
  await expect(page).toHaveURL(/priority=HIGH/);
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText(`Renewal failed ${w}`);
  await expectAccessible(page, 'queue search with a facet ticked');
  await sidebar(page).getByRole('checkbox', { name: 'High, 1 ticket' }).uncheck();
  await expect(rows(page)).toHaveCount(2);

  // Tags on the ticket view: add two (a comma separates them), remove one.
  await renewalRow.getByRole('link', { name: `Renewal failed ${w}` }).click();
  await expect(page.getByRole('heading', { name: `${renewal.reference} Renewal failed ${w}` })).toBeVisible();
  const tag = `vip-${w}`;
  const box = page.getByRole('textbox', { name: 'Add tags' });
  await box.fill(`VIP ${w}, temp-${w}`);
  await box.press('Enter');
  const chips = page.getByRole('list', { name: 'Tags' });
  await expect(chips.getByRole('listitem')).toHaveText([`temp-${w}×`, `${tag}×`]);
  await expect(box).toHaveValue('');
  await page.getByRole('button', { name: `Remove tag temp-${w}` }).click();
  await expect(chips.getByRole('listitem')).toHaveText([`${tag}×`]);
  // A tag the API refuses: said at the box, the text kept.
  await box.fill('no good!');
  await box.press('Enter');
  await expect(page.getByRole('complementary', { name: 'Ticket properties' }).getByRole('alert')).toBeVisible();
  await expect(box).toHaveValue('no good!');
  await expect(box).toHaveAttribute('aria-invalid', 'true');
  await box.fill('');
  await page.getByRole('tab', { name: /^History/ }).click();
  const history = page.getByRole('list', { name: 'History' });
  await expect(history).toContainText(`Tags: added temp-${w}, ${tag}`);
  await expect(history).toContainText(`Tags: removed temp-${w}`);
  await page.getByRole('tab', { name: 'Conversation' }).click();
  await expectAccessible(page, 'ticket tags');
  await screenshot(page, 'ticket-tags');
  const stored = await api<{ ticket: { tags: string[] } }>('agent', 'query SearchSeedTags($id: ID!) { ticket(id: $id) { tags } }', { id: renewal.id });
  expect(stored.ticket.tags).toEqual([tag]);

  // Filter by the tag: the search cleared (Escape), the tag ticked in the sidebar.
  await until('the tag in the index', async () => {
    const data = await api<{ tickets: { facets: { tag: { value: string; count: number }[] } } }>('agent', FACETS, { filter: { tag: [tag] } });
    return data.tickets.facets.tag.some((entry) => entry.value === tag && entry.count === 1);
  });
  await page.getByRole('button', { name: 'Close ticket' }).click();
  await searchBox(page).press('Escape');
  await expect(searchBox(page)).toHaveValue('');
  await expect(page).not.toHaveURL(/search=/);
  // Without a search the daily queue keeps its columns: the sidebar is behind "Filters".
  await expect(sidebar(page)).toHaveCount(0);
  await page.getByRole('button', { name: 'Filters' }).click();
  const tagBox = sidebar(page).getByRole('checkbox', { name: `${tag}, 1 ticket` });
  await expect(tagBox).toBeVisible();
  await tagBox.check();
  await expect(page).toHaveURL(new RegExp(`tag=${tag}`));
  await settled(page);
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText(`Renewal failed ${w}`);
  await expect(rows(page).first()).toContainText(tag);
  await expect(page.getByRole('list', { name: 'Active filters' })).toContainText(tag);
  await expectAccessible(page, 'queue filtered by a tag');
});

test('search: a member searches their own requests and never matches a staff note, which staff search finds', async ({ page, browser }) => {
  const reply = word();
  const secret = word();
  const subject = `Parking permit for the conference ${word()}`;
  const request = await raiseTicket('member', subject, { description: '<p>Where do I collect my parking permit?</p>' });
  await api('agent', 'mutation SearchSeedReply($input: MessageInput!) { replyToTicket(input: $input) { openedFollowUp } }',
    { input: { ticketId: request.id, body: `<p>Your permit code is ${reply}; show it at the gate.</p>` } });
  await api('agent', 'mutation SearchSeedNote($input: MessageInput!) { addInternalNote(input: $input) { id } }',
    { input: { ticketId: request.id, body: `<p>Staff only: the permit was comped, ledger ${secret}.</p>` } });
  // Staff find the note's word; the member finds the reply's (the index has both once these hold).
  await until('staff to find the note', () => staffFinds(secret, [request.id]));
  await until('the member to find the reply', async () => {
    const data = await api<{ myTickets: { edges: { node: { id: string } }[] } }>('member', MINE, { search: reply });
    return data.myTickets.edges.some((edge) => edge.node.id === request.id);
  });
  const mine = await api<{ myTickets: { edges: unknown[] } }>('member', MINE, { search: secret });
  expect(mine.myTickets.edges).toEqual([]);

  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, 'member');
  const box = page.getByRole('searchbox', { name: 'Search your requests' });
  await box.fill(reply);
  const results = page.getByRole('list', { name: 'Requests matching your search' });
  await expect(results.getByRole('link')).toHaveCount(1);
  await expect(results.getByRole('link')).toContainText(subject);
  await expect(results.getByRole('link')).toContainText(`Conversation: Your permit code is ${reply}`);
  await expect(results.locator('mark')).toHaveText(reply);
  expect(new URL(page.url()).searchParams.get('search')).toBe(reply);
  await expectAccessible(page, 'member search');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'pixels of horizontal scrolling').toBeLessThanOrEqual(0);
  await screenshot(page, 'member-search');

  // The note's word finds nothing for the member, and nothing of the note shows.
  await box.fill(secret);
  await expect(page.getByText(`None of your requests mention “${secret}”.`)).toBeVisible();
  await expect(page.locator('body')).not.toContainText('comped');
  await expectAccessible(page, 'member search without results');
  await screenshot(page, 'member-search-empty');

  // A request opened from the results, and back: the search is kept.
  await box.fill(reply);
  await results.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: subject })).toBeVisible();
  await page.getByRole('link', { name: /Back to my requests/ }).click();
  await expect(box).toHaveValue(reply);
  await expect(results.getByRole('link')).toHaveCount(1);

  // Staff search for the same word finds the ticket through its internal note.
  const staff = await browser.newContext();
  const agentPage = await staff.newPage();
  await signIn(agentPage, 'agent', `?search=${secret}`);
  const row = agentPage.locator('main table tbody tr');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(subject);
  const passage = row.getByRole('list', { name: 'Where the words matched' });
  await expect(passage).toContainText('Internal note:');
  await expect(passage.locator('mark')).toHaveText(secret);
  await expectAccessible(agentPage, 'queue search finding a note');
  await staff.close();
});
