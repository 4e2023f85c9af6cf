import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { graphql } from '../../gql';
import type { TicketStatus } from '../../gql/graphql';
import { ApiError } from '../../platform/api';
import { strings } from '../../strings';
import { formatDateTime, formatRelative } from '../../platform/time';
import { Button } from '../../ui/Button';
import { Banner, EmptyState, ErrorState, LoadingState } from '../../ui/States';
import { useDebounced, useTicketUpdates } from '../../platform/live';
import { useApiPages } from '../../platform/paging';
import { HighlightPassages, MarkedSubject } from '../search/Highlights';
import { SearchBox, searchOf } from '../search/SearchBox';
import { FILTERS, isFilterName, type FilterName } from './status';
import { PortalLink, StatusBadge, ViewTitle, type PortalPlace } from './links';
import styles from './Member.module.css';

const MemberRequests = graphql(`
  query MemberRequests($status: [TicketStatus!], $search: String, $first: Int, $after: String) {
    myTickets(status: $status, search: $search, first: $first, after: $after) {
      edges {
        highlights { field fragments }
        node {
          id
          reference
          subject
          status
          createdAt
          updatedAt
          category { id name }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const REQUESTS_KEY = 'member.requests';
const PAGE_SIZE = 25;
const FILTER_ORDER: (FilterName | null)[] = [null, 'working', 'waiting', 'solved', 'closed'];

const m = strings.member.search;

/** The words of a `search` parameter as the API accepts them (2 to 200 characters, or a number), else none. */
export function memberSearch(value: string | null): string | null {
  return value === null ? null : searchOf(value);
}

/**
 * "My requests": the member's own requests, the latest activity first (best match first while searching), filtered by
 * plain-word statuses, searchable by words in them (never in staff's notes: the API searches only what they may see).
 */
export function MyRequests({ show, search, focus, onGo, onSearch }: {
  show: string | null;
  search: string | null;
  focus: boolean;
  onGo: (to: PortalPlace, mode?: 'push' | 'replace') => void;
  onSearch: (search: string | null, mode: 'push' | 'replace') => void;
}) {
  const filter = isFilterName(show) ? show : null;
  const status: TicketStatus[] | null = filter ? FILTERS[filter] : null;
  const words = memberSearch(search);
  // The search service is down (SEARCH_UNAVAILABLE): the list goes on without the words until asked again.
  const [downFor, setDownFor] = useState<string | null>(null);
  const searchDown = words !== null && downFor === words;
  const searching = searchDown ? null : words;
  const query = useApiPages(REQUESTS_KEY, MemberRequests, { status, search: searching, first: PAGE_SIZE }, (page) =>
    page.myTickets.pageInfo.hasNextPage ? page.myTickets.pageInfo.endCursor : null);
  if (searching && query.error instanceof ApiError && query.error.code === 'SEARCH_UNAVAILABLE') setDownFor(searching);
  // Live: the API pushes changes of the member's own requests (replies, status); the list reads itself again.
  const queryClient = useQueryClient();
  const refresh = useDebounced(() => void queryClient.invalidateQueries({ queryKey: [REQUESTS_KEY] }));
  useTicketUpdates(null, refresh, refresh);

  // The API lists newest raised first; the member wants the latest activity on top (a reply to an old request). A
  // search keeps the API's order: best match first.
  const requests = useMemo(() => {
    const all = query.data?.pages.flatMap((page) => page.myTickets.edges.map((edge) => ({ ...edge.node, highlights: edge.highlights ?? undefined }))) ?? [];
    return searching ? all : [...all].sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt));
  }, [query.data, searching]);

  return (
    <>
      <div className={styles.top}>
        <ViewTitle focus={focus}>{strings.member.myRequests}</ViewTitle>
        <div className={styles.topActions}>
          <PortalLink to={{ preferences: 'email' }} onGo={onGo} className={styles.secondaryLink}>{strings.notifications.member.link}</PortalLink>
          <PortalLink to={{ new: '1' }} onGo={onGo} className={styles.linkButton}>{strings.member.newRequest}</PortalLink>
        </div>
      </div>
      <SearchBox value={words} label={m.label} placeholder={m.placeholder} className={styles.search}
        onSearch={(next) => onSearch(next, words && next ? 'replace' : 'push')} />
      {searchDown && (
        <Banner>
          <span className={styles.bannerRow}>
            <span>{m.unavailable}</span>
            <Button onClick={() => setDownFor(null)}>{strings.common.retry}</Button>
          </span>
        </Banner>
      )}
      <div role="group" aria-label={strings.member.filter.label} className={styles.filters}>
        {FILTER_ORDER.map((name) => (
          <button
            key={name ?? 'all'}
            type="button"
            className={styles.chip}
            aria-pressed={filter === name}
            onClick={() => onGo({ show: name }, 'replace')}
          >
            {name ? strings.member.filter[name] : strings.member.filter.all}
          </button>
        ))}
      </div>
      {query.isPending ? (
        <LoadingState label={strings.member.list.loading} />
      ) : !query.data ? (
        <ErrorState error={query.error} onRetry={() => query.refetch()} />
      ) : requests.length === 0 ? (
        <EmptyState>
          {searching ? (
            <>
              <p>{filter ? m.emptyFiltered(searching) : m.empty(searching)}</p>
              <p>{m.emptyHint}</p>
              <Button onClick={() => onSearch(null, 'push')}>{m.clear}</Button>
            </>
          ) : filter ? <p>{strings.member.list.emptyFiltered}</p> : <><p>{strings.member.list.empty}</p><p>{strings.member.list.emptyHint}</p></>}
        </EmptyState>
      ) : (
        <>
          {searching && <p className={styles.resultCount} role="status">{m.results(requests.length, query.hasNextPage)}</p>}
          <ul className={styles.list} aria-label={searching ? m.resultsLabel : strings.member.myRequests}>
            {requests.map((request) => (
              <li key={request.id}>
                <PortalLink to={{ request: request.id }} onGo={onGo} className={styles.row}>
                  <span className={styles.rowTop}>
                    <span className={[styles.subject, request.status === 'WAITING' ? styles.waitingSubject : ''].join(' ')}>
                      <MarkedSubject subject={request.subject} highlights={searching ? request.highlights : undefined} />
                    </span>
                    <StatusBadge status={request.status} />
                  </span>
                  <span className={styles.meta}>
                    <span>{strings.member.list.meta(request.reference, request.category.name)}</span>
                    <time dateTime={request.updatedAt} title={formatDateTime(request.updatedAt)}>
                      {strings.member.list.updated(formatRelative(request.updatedAt))}
                    </time>
                  </span>
                  {searching && <HighlightPassages highlights={request.highlights} label={m.highlightsLabel} fieldLabel={m.field} inline max={1} />}
                </PortalLink>
              </li>
            ))}
          </ul>
          {query.hasNextPage && (
            <div className={styles.more}>
              <Button onClick={() => query.fetchNextPage()} disabled={query.isFetchingNextPage}>
                {query.isFetchingNextPage ? strings.member.list.loadingMore : strings.member.list.showMore}
              </Button>
            </div>
          )}
          {query.isError && <ErrorState error={query.error} onRetry={() => (query.isFetchNextPageError ? query.fetchNextPage() : query.refetch())} />}
        </>
      )}
    </>
  );
}
