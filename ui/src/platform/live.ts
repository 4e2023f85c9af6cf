import { createClient, type Client } from 'graphql-ws';
import { useCallback, useEffect, useRef } from 'react';
import { graphql } from '../gql';
import type { LiveTicketUpdatesSubscription, TicketFilter } from '../gql/graphql';
import { useSupportOptions, type SupportOptions } from './options';

const LiveTicketUpdates = graphql(`
  subscription LiveTicketUpdates($filter: TicketFilter) {
    ticketUpdated(filter: $filter) {
      kind
      matchesFilter
      occurredAt
      ticket { id version status }
    }
  }
`);

/** One change pushed by the API: what happened, to which ticket (its id, version and status now). */
export type TicketUpdate = LiveTicketUpdatesSubscription['ticketUpdated'];

/** The WebSocket URL of the API's GraphQL endpoint: the same path, http(s) becoming ws(s). */
export function liveUrl(graphqlUrl: string, base: string = typeof window === 'undefined' ? 'http://localhost/' : window.location.href): string {
  const url = new URL(graphqlUrl, base);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}

/** Waits before reconnecting: 1 s doubling to 30 s, with jitter so that many screens do not come back at once. */
export function backOff(retries: number): number {
  const capped = Math.min(30_000, 1_000 * 2 ** retries);
  return capped / 2 + Math.random() * (capped / 2);
}

interface Connection {
  client: Client;
  options: SupportOptions;
  reconnected: Set<() => void>;
}

/** One connection per API and tenant, shared by every screen of the page (it closes itself when none listens). */
const connections = new Map<string, Connection>();

function connectionFor(options: SupportOptions): Connection {
  const key = `${options.graphqlUrl}\n${options.tenant ?? ''}`;
  let connection = connections.get(key);
  if (!connection) {
    const reconnected = new Set<() => void>();
    const created: Connection = { options, reconnected, client: null as unknown as Client };
    created.client = createClient({
      url: liveUrl(options.graphqlUrl),
      // Asked at every (re)connection, so an expired token (closed with 4401) is replaced by a fresh one.
      connectionParams: async () => {
        const current = created.options;
        const token = await current.getToken();
        const params: Record<string, string> = {};
        if (token) params.Authorization = `Bearer ${token}`;
        if (current.tenant) params['X-MemberPulse-Tenant'] = current.tenant;
        return params;
      },
      lazy: true,
      lazyCloseTimeout: 2_000,
      retryAttempts: Infinity,
      shouldRetry: () => true,
      retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, backOff(retries))),
      on: {
        // Updates sent while the connection was down are lost: the screens read again what they show.
        connected: (_socket, _payload, wasRetry) => {
          if (wasRetry) reconnected.forEach((listener) => listener());
        },
      },
    });
    connection = created;
    connections.set(key, connection);
  }
  connection.options = options;
  return connection;
}

/**
 * Calls `onUpdate` for every ticket change the API pushes that matches `filter` (as `tickets(filter)` for staff; a
 * requester's own tickets, statuses only), over one shared graphql-ws connection that reconnects with back-off.
 * `onReconnect` runs after a lost connection came back (updates may have been missed meanwhile). While there is no
 * connection nothing is shown: the screens' queries still refetch when the window regains focus.
 */
export function useTicketUpdates(filter: TicketFilter | null, onUpdate: (update: TicketUpdate) => void, onReconnect?: () => void): void {
  const options = useSupportOptions();
  const latest = useRef({ options, onUpdate, onReconnect });
  useEffect(() => {
    latest.current = { options, onUpdate, onReconnect };
  });
  const filterKey = JSON.stringify(filter ?? null);
  const { graphqlUrl, tenant } = options;

  useEffect(() => {
    const connection = connectionFor(latest.current.options);
    const reconnected = () => latest.current.onReconnect?.();
    connection.reconnected.add(reconnected);
    const unsubscribe = connection.client.subscribe<LiveTicketUpdatesSubscription>(
      { query: LiveTicketUpdates.toString(), variables: { filter: JSON.parse(filterKey) as TicketFilter | null } },
      {
        next: (result) => {
          const update = result.data?.ticketUpdated;
          if (update) latest.current.onUpdate(update);
        },
        // Refused (too many subscriptions) or given up: the screen goes on without live updates.
        error: () => undefined,
        complete: () => undefined,
      },
    );
    return () => {
      connection.reconnected.delete(reconnected);
      unsubscribe();
    };
  }, [graphqlUrl, tenant, filterKey]);
}

/** `run` at most once per `wait` ms, after the last call: a burst of updates becomes one refetch. */
export function useDebounced(run: () => void, wait = 300): () => void {
  const latest = useRef(run);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    latest.current = run;
  });
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);
  return useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      latest.current();
    }, wait);
  }, [wait]);
}
