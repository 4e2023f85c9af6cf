import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { graphql } from '../../gql';
import type { TicketStatus } from '../../gql/graphql';
import { strings } from '../../strings';
import { formatDateTime, formatRelative } from '../../platform/time';
import { Button } from '../../ui/Button';
import { EmptyState, ErrorState, LoadingState } from '../../ui/States';
import { useDebounced, useTicketUpdates } from '../../platform/live';
import { useApiPages } from '../../platform/paging';
import { FILTERS, isFilterName, type FilterName } from './status';
import { PortalLink, StatusBadge, ViewTitle, type PortalPlace } from './links';
import styles from './Member.module.css';

const MemberRequests = graphql(`
  query MemberRequests($status: [TicketStatus!], $first: Int, $after: String) {
    myTickets(status: $status, first: $first, after: $after) {
      edges {
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

/** "My requests": the member's own requests, the latest activity first, filtered by plain-word statuses. */
export function MyRequests({ show, focus, onGo }: { show: string | null; focus: boolean; onGo: (to: PortalPlace, mode?: 'push' | 'replace') => void }) {
  const filter = isFilterName(show) ? show : null;
  const status: TicketStatus[] | null = filter ? FILTERS[filter] : null;
  const query = useApiPages(REQUESTS_KEY, MemberRequests, { status, first: PAGE_SIZE }, (page) =>
    page.myTickets.pageInfo.hasNextPage ? page.myTickets.pageInfo.endCursor : null);
  // Live: the API pushes changes of the member's own requests (replies, status); the list reads itself again.
  const queryClient = useQueryClient();
  const refresh = useDebounced(() => void queryClient.invalidateQueries({ queryKey: [REQUESTS_KEY] }));
  useTicketUpdates(null, refresh, refresh);

  // The API lists newest raised first; the member wants the latest activity on top (a reply to an old request).
  const requests = useMemo(() => {
    const all = query.data?.pages.flatMap((page) => page.myTickets.edges.map((edge) => edge.node)) ?? [];
    return [...all].sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt));
  }, [query.data]);

  return (
    <>
      <div className={styles.top}>
        <ViewTitle focus={focus}>{strings.member.myRequests}</ViewTitle>
        <div className={styles.topActions}>
          <PortalLink to={{ preferences: 'email' }} onGo={onGo} className={styles.secondaryLink}>{strings.notifications.member.link}</PortalLink>
          <PortalLink to={{ new: '1' }} onGo={onGo} className={styles.linkButton}>{strings.member.newRequest}</PortalLink>
        </div>
      </div>
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
          {filter ? <p>{strings.member.list.emptyFiltered}</p> : <><p>{strings.member.list.empty}</p><p>{strings.member.list.emptyHint}</p></>}
        </EmptyState>
      ) : (
        <>
          <ul className={styles.list} aria-label={strings.member.myRequests}>
            {requests.map((request) => (
              <li key={request.id}>
                <PortalLink to={{ request: request.id }} onGo={onGo} className={styles.row}>
                  <span className={styles.rowTop}>
                    <span className={[styles.subject, request.status === 'WAITING' ? styles.waitingSubject : ''].join(' ')}>{request.subject}</span>
                    <StatusBadge status={request.status} />
                  </span>
                  <span className={styles.meta}>
                    <span>{strings.member.list.meta(request.reference, request.category.name)}</span>
                    <time dateTime={request.updatedAt} title={formatDateTime(request.updatedAt)}>
                      {strings.member.list.updated(formatRelative(request.updatedAt))}
                    </time>
                  </span>
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
