import { act, screen } from '@testing-library/react';
import { useState } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { TicketFilter } from '../gql/graphql';
import { fakeLive } from '../test/fakeLive';
import { renderWithApi } from '../test/renderWithApi';
import { backOff, liveUrl, useTicketUpdates, type TicketUpdate } from './live';

function Watcher({ initial }: { initial: TicketFilter | null }) {
  const [filter, setFilter] = useState(initial);
  const [seen, setSeen] = useState<string[]>([]);
  const [reconnects, setReconnects] = useState(0);
  useTicketUpdates(filter, (update: TicketUpdate) => setSeen((list) => [...list, `${update.kind} ${update.ticket.id}`]),
    () => setReconnects((count) => count + 1));
  return (
    <div>
      <button type="button" onClick={() => setFilter({ status: ['WAITING'] })}>waiting</button>
      <output aria-label="seen">{seen.join(', ')}</output>
      <output aria-label="reconnects">{reconnects}</output>
    </div>
  );
}

const update = (kind: string, id: string) => ({ ticketUpdated: { kind, matchesFilter: true, occurredAt: '2026-11-29T10:00:00Z', ticket: { id, version: 1, status: 'OPEN' } } });

describe('useTicketUpdates', () => {
  beforeEach(() => fakeLive.reset());

  it('subscribes with the filter, hands over each update and resubscribes when the filter changes', async () => {
    renderWithApi(<Watcher initial={{ status: ['OPEN'] }} />, {});

    expect(fakeLive.active()).toHaveLength(1);
    expect(fakeLive.active()[0]!.query).toContain('ticketUpdated(filter: $filter)');
    expect(fakeLive.active()[0]!.variables).toEqual({ filter: { status: ['OPEN'] } });

    act(() => fakeLive.push(update('CREATED', 't-1')));
    act(() => fakeLive.push(update('MESSAGE_ADDED', 't-1')));
    expect(screen.getByLabelText('seen')).toHaveTextContent('CREATED t-1, MESSAGE_ADDED t-1');

    act(() => screen.getByRole('button', { name: 'waiting' }).click());
    expect(fakeLive.active()).toHaveLength(1);
    expect(fakeLive.active()[0]!.variables).toEqual({ filter: { status: ['WAITING'] } });
    expect(fakeLive.subscriptions).toHaveLength(2);
  });

  it('connects to the GraphQL path over WebSocket with the token and tenant in connection_init', async () => {
    renderWithApi(<Watcher initial={null} />, {}, { tenant: 'demo' });

    const options = fakeLive.options.at(-1)!;
    expect(options.url).toBe('ws://api.test/graphql');
    const params = await (options.connectionParams as () => Promise<Record<string, string>>)();
    expect(params).toEqual({ Authorization: 'Bearer token', 'X-MemberPulse-Tenant': 'demo' });
    expect(options.shouldRetry?.(new CloseEvent('close', { code: 4401 }))).toBe(true);
  });

  it('asks the screen to read again after a lost connection came back, and stops on unmount', () => {
    const { unmount } = renderWithApi(<Watcher initial={null} />, {});

    act(() => fakeLive.reconnect());
    expect(screen.getByLabelText('reconnects')).toHaveTextContent('1');

    unmount();
    expect(fakeLive.active()).toHaveLength(0);
  });
});

describe('live URL and back-off', () => {
  it('derives ws(s) from the GraphQL URL, relative ones against the page', () => {
    expect(liveUrl('https://support.example.org/graphql')).toBe('wss://support.example.org/graphql');
    expect(liveUrl('/graphql', 'http://127.0.0.1:8080/app/')).toBe('ws://127.0.0.1:8080/graphql');
  });

  it('waits longer after each failure, up to half a minute', () => {
    expect(backOff(0)).toBeGreaterThanOrEqual(500);
    expect(backOff(0)).toBeLessThanOrEqual(1_000);
    expect(backOff(10)).toBeLessThanOrEqual(30_000);
    expect(backOff(10)).toBeGreaterThanOrEqual(15_000);
  });
});
