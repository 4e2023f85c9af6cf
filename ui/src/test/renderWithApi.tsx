import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import { SupportProvider } from '../platform/SupportProvider';

/** What a fake API answers for an operation: data, or errors as the API writes them (with an HTTP status). */
export type FakeAnswer = { data: unknown } | { errors: { message: string; extensions: { code: string; field?: string; [name: string]: unknown } }[]; status?: number };
export type FakeApi = Record<string, FakeAnswer | ((variables: Record<string, unknown>) => FakeAnswer)>;

/**
 * Renders `ui` inside a SupportProvider whose fetch answers GraphQL operations by name from `answers` (an unknown
 * operation fails the test). Returns the calls made, to assert what a screen sent.
 */
export function renderWithApi(ui: ReactElement, answers: FakeApi, options: { tenant?: string } = {}) {
  const calls: { operationName: string; variables: Record<string, unknown> }[] = [];
  const fetchMock = vi.fn(async (_url: unknown, init?: RequestInit) => {
    const { query, variables } = JSON.parse(String(init?.body)) as { query: string; variables: Record<string, unknown> };
    const operationName = /(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? 'anonymous';
    calls.push({ operationName, variables });
    const answer = answers[operationName];
    if (!answer) throw new Error(`The fake API has no answer for ${operationName}`);
    const body = typeof answer === 'function' ? answer(variables) : answer;
    const status = 'errors' in body ? body.status ?? 400 : 200;
    return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  const result = render(
    <SupportProvider options={{ graphqlUrl: 'http://api.test/graphql', getToken: async () => 'token', tenant: options.tenant ?? null }}>{ui}</SupportProvider>,
  );
  return { ...result, calls, fetchMock };
}

/** The `me` answer for a role. */
export function meAs(roles: string[], name = 'Test User', userId = 'user-1') {
  return { data: { me: { userId, username: name.toLowerCase().replace(' ', '.'), name, email: null, roles, tenant: 'demo', actingAsPlatformAdmin: false } } };
}
