import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Where the stack is and who may sign in (written by BrowserWalkthroughsTest). */
export interface Stack {
  baseUrl: string;
  keycloakUrl: string;
  realm: string;
  keycloakAdmin: { username: string; password: string };
  tokenClientId: string;
  tenant: string;
  password: string;
  users: Record<Role, { id: string; username: string; name: string; email: string }>;
}
export type Role = 'member' | 'member2' | 'sponsor' | 'agent' | 'agent2' | 'admin' | 'platformAdmin';

export const stack: Stack = JSON.parse(readFileSync(process.env.E2E_STACK ?? 'target/e2e/stack.json', 'utf8'));

/** Signs in on Keycloak's real login page and waits for the screens. `path` is under /app/ (e.g. `?ticket=12`). */
export async function signIn(page: Page, role: Role, path = '') {
  await page.goto(`/app/${path}`);
  await page.locator('#username').fill(stack.users[role].username);
  await page.locator('#password').fill(stack.password);
  await page.locator('#kc-login').click();
  await expect(page.getByRole('banner')).toContainText(stack.users[role].name);
}

/** axe-core on the page as it is: no serious or critical violation (WCAG 2.2 AA rules). */
export async function expectAccessible(page: Page, screen: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const blocking = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(blocking.map((violation) => `${screen}: ${violation.id} (${violation.impact}) ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** A screenshot for people to look at: target/screenshots/NAME.png. */
export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: `target/screenshots/${name}.png`, fullPage: false });
}

/** A figure the run prints and keeps (target/e2e/figures.jsonl); measured, never asserted. */
export function figure(name: string, value: number, unit: string) {
  const line = JSON.stringify({ name, value: Math.round(value * 10) / 10, unit });
  console.log(`FIGURE ${name}: ${Math.round(value * 10) / 10} ${unit}`);
  mkdirSync(dirname('target/e2e/figures.jsonl'), { recursive: true });
  appendFileSync('target/e2e/figures.jsonl', line + '\n');
}

/** An access token straight from Keycloak (password grant of the devstack's app client): for seeding data through the API. */
export async function token(role: Role): Promise<string> {
  const response = await fetch(`${stack.keycloakUrl}/realms/${stack.realm}/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', client_id: stack.tokenClientId, username: stack.users[role].username, password: stack.password }),
  });
  const body = await response.json();
  if (!body.access_token) throw new Error(`No token for ${role}: ${JSON.stringify(body)}`);
  return body.access_token;
}

/** One GraphQL call as `role` (platform admins may name a tenant): for seeding and for checking what the screens did. */
export async function api<T = Record<string, unknown>>(role: Role, query: string, variables: Record<string, unknown> = {}, tenant?: string): Promise<T> {
  const headers: Record<string, string> = { Authorization: `Bearer ${await token(role)}`, 'Content-Type': 'application/json' };
  if (tenant) headers['X-MemberPulse-Tenant'] = tenant;
  const response = await fetch(`${stack.baseUrl}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}

/** A short tag that makes a walkthrough's data its own (the tenant is shared by every walkthrough of a run). */
export function uniqueTag(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

export interface Category { id: string; name: string }

/** The tenant's active categories in the admins' order. */
export async function categories(): Promise<Category[]> {
  return (await api<{ ticketCategories: Category[] }>('admin', '{ ticketCategories { id name } }')).ticketCategories;
}

export interface RaisedTicket { id: string; number: number; reference: string; version: number }

/** A ticket raised through the API by a requester, as the portal would (the first category unless one is named). */
export async function raiseTicket(role: 'member' | 'member2' | 'sponsor', subject: string,
  { description = '<p>Please help.</p>', category }: { description?: string; category?: string } = {}): Promise<RaisedTicket> {
  const all = await categories();
  const chosen = all.find((candidate) => candidate.name === category) ?? all[0]!;
  const data = await api<{ createTicket: RaisedTicket }>(role,
    'mutation ($input: CreateTicketInput!) { createTicket(input: $input) { id number reference version } }',
    { input: { subject, description, categoryId: chosen.id } });
  return data.createTicket;
}

/** Ends every Keycloak session of `role` (as an expired or revoked session would be): the next sign-in asks again. */
export async function endKeycloakSessions(role: Role) {
  const admin = await (await fetch(`${stack.keycloakUrl}/realms/master/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', client_id: 'admin-cli', username: stack.keycloakAdmin.username, password: stack.keycloakAdmin.password }),
  })).json();
  const response = await fetch(`${stack.keycloakUrl}/admin/realms/${stack.realm}/users/${stack.users[role].id}/logout`, {
    method: 'POST', headers: { Authorization: `Bearer ${admin.access_token}` },
  });
  if (!response.ok) throw new Error(`Keycloak logout of ${role}: HTTP ${response.status}`);
}

export const test = base;
export { expect };
