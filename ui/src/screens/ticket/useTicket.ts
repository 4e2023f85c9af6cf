import { useInfiniteQuery, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState } from 'react';
import type {
  TicketMessageFieldsFragment,
  TicketViewFieldsFragment,
  TicketViewQuery,
} from '../../gql/graphql';
import { execute, type ApiError } from '../../platform/api';
import { describeError, isConflict } from '../../platform/errors';
import { useSupportOptions } from '../../platform/options';
import { TicketMessagesPageQuery, TicketViewQuery as TicketViewDocument } from './queries';

export type TicketFields = TicketViewFieldsFragment;
export type Message = TicketMessageFieldsFragment;
export type Category = TicketViewQuery['ticketCategories'][number];
export type Agent = TicketViewQuery['supportAgents'][number];

/** The first page opens the conversation at once; later pages are larger, to load a long conversation quickly. */
export const FIRST_PAGE = 50;
export const NEXT_PAGE = 100;

/** One page of the view's infinite query: the first carries the ticket and its pickers' lists. */
interface Page {
  ticket: TicketFields | null;
  categories: Category[];
  agents: Agent[];
  messages: Message[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
}

export type Control = 'status' | 'priority' | 'category' | 'assignee' | 'tags';

/** A change the screen refused to keep: shown beside the control, in plain words. */
export interface ControlError {
  control: Control;
  message: string;
  /** What the API answered (a validation error names its field). */
  error: unknown;
}

/**
 * The ticket, its conversation page by page and its changes. Changes are optimistic (shown at once, rolled back
 * with a message on error) and run one after another, each with the version the previous one returned, so two
 * quick changes never conflict with each other. A CONFLICT (someone else changed the ticket) raises `conflict`:
 * `reload()` refetches without touching anything the user is typing.
 */
export function useTicket(ticketId: string) {
  const options = useSupportOptions();
  const queryClient = useQueryClient();
  const key = useMemo(() => ['ticket-view', options.tenant ?? null, ticketId], [options.tenant, ticketId]);

  const query = useInfiniteQuery<Page, ApiError, InfiniteData<Page, string | null>, typeof key, string | null>({
    queryKey: key,
    initialPageParam: null,
    queryFn: async ({ pageParam, signal }) => {
      if (pageParam === null) {
        const data = await execute(options, TicketViewDocument, { id: ticketId, first: FIRST_PAGE }, signal);
        const ticket = data.ticket;
        const { messages, ...fields } = ticket ?? { messages: null };
        return {
          ticket: ticket ? (fields as TicketFields) : null,
          categories: data.ticketCategories,
          agents: data.supportAgents,
          messages: messages?.edges.map((edge) => edge.node) ?? [],
          totalCount: messages?.totalCount ?? 0,
          hasNextPage: messages?.pageInfo.hasNextPage ?? false,
          endCursor: messages?.pageInfo.endCursor ?? null,
        };
      }
      const data = await execute(options, TicketMessagesPageQuery, { id: ticketId, first: NEXT_PAGE, after: pageParam }, signal);
      const messages = data.ticket?.messages;
      return {
        ticket: null,
        categories: [],
        agents: [],
        messages: messages?.edges.map((edge) => edge.node) ?? [],
        totalCount: messages?.totalCount ?? 0,
        hasNextPage: messages?.pageInfo.hasNextPage ?? false,
        endCursor: messages?.pageInfo.endCursor ?? null,
      };
    },
    getNextPageParam: (last) => (last.hasNextPage && last.endCursor ? last.endCursor : undefined),
  });

  const pages = useMemo(() => query.data?.pages ?? [], [query.data]);
  const first = pages[0];
  const messages = useMemo(() => pages.flatMap((page) => page.messages), [pages]);
  const last = pages[pages.length - 1];
  const totalCount = last?.totalCount ?? 0;

  /** Replaces the ticket's fields in the cache (an optimistic value, a rollback, or what a mutation answered). */
  const setTicket = useCallback((update: (ticket: TicketFields) => TicketFields) => {
    queryClient.setQueryData<InfiniteData<Page, string | null>>(key, (data) => {
      if (!data || !data.pages[0]?.ticket) return data;
      const [head, ...rest] = data.pages;
      return { ...data, pages: [{ ...head, ticket: update(head.ticket!) }, ...rest] };
    });
  }, [queryClient, key]);

  const currentTicket = useCallback(
    () => queryClient.getQueryData<InfiniteData<Page, string | null>>(key)?.pages[0]?.ticket ?? null,
    [queryClient, key],
  );

  const [conflict, setConflict] = useState(false);
  const [controlError, setControlError] = useState<ControlError | null>(null);
  const [pending, setPending] = useState<Control[]>([]);
  const chain = useRef<Promise<unknown>>(Promise.resolve());

  /**
   * Runs one change of the ticket: `optimistic` shows it at once; `send` gets the version to name (the latest
   * known when its turn comes) and answers the ticket as it is now. Resolves to whether the change was kept.
   */
  const change = useCallback((control: Control, optimistic: (ticket: TicketFields) => TicketFields, send: (version: number) => Promise<TicketFields>) => {
    const before = currentTicket();
    if (!before) return Promise.resolve(false);
    setControlError(null);
    setTicket(optimistic);
    setPending((list) => [...list, control]);
    const run = async () => {
      const latest = currentTicket() ?? before;
      try {
        const result = await send(latest.version);
        setTicket(() => result);
        return true;
      } catch (error) {
        // Roll back only what this change touched: fields other changes set meanwhile stay.
        setTicket((ticket) => ({ ...ticket, ...pick(before, optimistic(before)) }));
        if (isConflict(error)) setConflict(true);
        else setControlError({ control, message: describeError(error), error });
        return false;
      } finally {
        setPending((list) => {
          const index = list.indexOf(control);
          return index < 0 ? list : [...list.slice(0, index), ...list.slice(index + 1)];
        });
      }
    };
    const next = chain.current.then(run, run);
    chain.current = next;
    return next;
  }, [currentTicket, setTicket]);

  const [reloading, setReloading] = useState(false);
  const reload = useCallback(async () => {
    setReloading(true);
    try {
      await query.refetch();
      setConflict(false);
      setControlError(null);
    } finally {
      setReloading(false);
    }
  }, [query]);

  /** Reads every page still missing (after a send, or when the user asks for all of them). */
  const loadAll = useCallback(async () => {
    let result = await query.fetchNextPage();
    while (result.hasNextPage && !result.isError) result = await query.fetchNextPage();
  }, [query]);

  /** After a reply or note: the ticket as it is now, and the conversation down to the new message. */
  const refreshAfterSend = useCallback(async () => {
    const result = await query.refetch();
    const pages = result.data?.pages ?? [];
    if (pages[pages.length - 1]?.hasNextPage) await loadAll();
  }, [query, loadAll]);

  return {
    query,
    ticket: first?.ticket ?? null,
    categories: first?.categories ?? [],
    agents: first?.agents ?? [],
    messages,
    totalCount,
    setTicket,
    change,
    pending,
    conflict,
    setConflict,
    controlError,
    reload,
    reloading,
    loadAll,
    refreshAfterSend,
  };
}

/** The fields `changed` has that differ from `before`, with their old values: what a rollback puts back. */
function pick(before: TicketFields, changed: TicketFields): Partial<TicketFields> {
  const result: Partial<TicketFields> = {};
  for (const name of Object.keys(changed) as (keyof TicketFields)[]) {
    if (changed[name] !== before[name]) (result as Record<string, unknown>)[name] = before[name];
  }
  return result;
}
