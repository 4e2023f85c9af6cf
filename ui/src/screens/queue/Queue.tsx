import { keepPreviousData, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { ApiError } from '../../platform/api';
import { useApiQuery } from '../../platform/hooks';
import { useDebounced, useTicketUpdates } from '../../platform/live';
import { formatDateTime, formatRelative } from '../../platform/time';
import { strings } from '../../strings';
import { Button } from '../../ui/Button';
import { Banner, EmptyState, ErrorState, LoadingState } from '../../ui/States';
import theme from '../../ui/theme.module.css';
import { useAnnouncedTicketChanges } from '../search/changes';
import { HighlightPassages, MarkedSubject, numberMatched } from '../search/Highlights';
import { SearchBox } from '../search/SearchBox';
import { FacetSidebar } from './FacetSidebar';
import { FilterBar, type Option } from './FilterBar';
import { hrefWith, isPlainClick } from './links';
import { QueueFacetsQuery, QueuePageQuery } from './queries';
import {
  clearFilters, defaultDirection, DIMENSIONS, effectiveOrder, filterVariables, hasFilters, isActive, orderVariables, PAGE_SIZE, summarize,
  withChange, withSearch, type Names, type QueueState, type SortField,
} from './queueState';
import { useShortcuts } from './shortcuts';
import { decidingClock } from '../sla/clock';
import { SlaBadge } from '../sla/SlaBadge';
import styles from './Queue.module.css';

interface QueueProps {
  state: QueueState;
  onChange: (state: QueueState, mode?: 'push' | 'replace') => void;
  params: URLSearchParams;
  heading: string;
  openTicketId: string | null;
  onOpen: (id: string) => void;
  onClose: () => void;
  names: Names;
  categories: Option[] | null;
  agents: Option[] | null;
  /** The signed-in user's id (the facets' "me"). */
  meId: string | null;
  /** The console: keys count while the focus is in it (or on the page). */
  root: RefObject<HTMLElement | null>;
}

const q = strings.queue;
/** The queue is wide enough for the facet sidebar beside the table from this width (px) on. */
export const SIDEBAR_MIN_WIDTH = 1100;
/** A search follows commits by the indexing delay (about a second): after a change, wait this long, then read again. */
export const SEARCH_LAG_MS = 2000;

/** The state without its search (and without best match, which needs one): the queue while search is unavailable. */
function withoutSearch(state: QueueState): QueueState {
  return { ...state, search: null, sort: state.sort === 'RELEVANCE' ? null : state.sort, dir: state.sort === 'RELEVANCE' ? null : state.dir };
}

/**
 * The element's width as it changes: null until measured (`measuring` meanwhile), and where nothing can measure
 * (no ResizeObserver), for good.
 */
function useWidth(ref: RefObject<HTMLElement | null>): { width: number | null; measuring: boolean } {
  const [width, setWidth] = useState<number | null>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const measured = entries[0]?.contentRect.width;
      if (measured !== undefined) setWidth(measured);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return { width, measuring: width === null && typeof ResizeObserver !== 'undefined' };
}

const isSearchDown = (error: unknown) => error instanceof ApiError && error.code === 'SEARCH_UNAVAILABLE';

/**
 * The queue: a search box, filters, a facet sidebar with counts, the dense table of one page (with where a search
 * matched), paging with the total; j/k, Enter, [ ] and / from the keyboard.
 */
export function Queue({ state, onChange, params, heading, openTicketId, onOpen, onClose, names, categories, agents, meId, root }: QueueProps) {
  // While the search service is down (a search or the counts answered SEARCH_UNAVAILABLE) the queue runs without the
  // search, from PostgreSQL; a new search, or "try again", asks again.
  const [downFor, setDownFor] = useState<string | null>(null);
  const searchDown = downFor !== null && downFor === (state.search ?? '');
  const effective = searchDown ? withoutSearch(state) : state;
  const variables = {
    filter: filterVariables(effective),
    orderBy: orderVariables(effective),
    first: PAGE_SIZE,
    after: state.page.at(-1) ?? null,
  };
  const query = useApiQuery('queue-page', QueuePageQuery, variables, { placeholderData: keepPreviousData });

  // The facet sidebar: beside the table when there is room, open while searching or filtering by tags (the daily queue
  // keeps its columns) unless the person chose otherwise with the "Filters" button; on a narrow queue above the table, when opened.
  const section = useRef<HTMLElement>(null);
  const { width, measuring } = useWidth(section);
  const wide = width === null || width >= SIDEBAR_MIN_WIDTH;
  const [sidebarChoice, setSidebarChoice] = useState<{ wide: boolean; open: boolean } | null>(null);
  const showSidebar = sidebarChoice && sidebarChoice.wide === wide ? sidebarChoice.open : wide && Boolean(state.search || state.tag.length);
  const sidebarId = useId();
  const facets = useApiQuery('queue-facets', QueueFacetsQuery, { filter: variables.filter },
    { enabled: showSidebar && !measuring && !searchDown, placeholderData: keepPreviousData });

  if (!searchDown && (isSearchDown(query.error) || isSearchDown(facets.error)) && downFor !== (state.search ?? '')) {
    setDownFor(state.search ?? '');
  }

  // Live: a new or changed ticket of this filter (or one leaving it) refetches the page and the views' counts. A search
  // and the counts follow the index, which lags a commit by about a second: they are read again a little later, and
  // meanwhile a search says it is updating.
  const queryClient = useQueryClient();
  const refresh = useDebounced(() => {
    void queryClient.invalidateQueries({ queryKey: ['queue-page'] });
    void queryClient.invalidateQueries({ queryKey: ['queue-console'] });
  });
  const [updating, setUpdating] = useState(false);
  const lag = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => {
    if (lag.current) clearTimeout(lag.current);
  }, []);
  const searching = Boolean(effective.search);
  const onUpdate = () => {
    if (!searching) refresh();
    else setUpdating(true);
    if (lag.current) clearTimeout(lag.current);
    lag.current = setTimeout(() => {
      lag.current = null;
      setUpdating(false);
      void queryClient.invalidateQueries({ queryKey: ['queue-facets'] });
      if (searching) refresh();
    }, SEARCH_LAG_MS);
  };
  // The subscription matches every filter but the words and tags (the page is read again, with them, on an update).
  const liveFilter = filterVariables({ ...effective, search: null, tag: [] });
  useTicketUpdates(liveFilter, onUpdate, refresh);
  // Tag changes made in the ticket view beside the queue are not pushed live: the view says so itself.
  useAnnouncedTicketChanges(onUpdate);
  const headingId = useId();
  const searchInput = useRef<HTMLInputElement | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const rowLinks = useRef(new Map<string, HTMLAnchorElement>());
  const table = useRef<HTMLTableElement>(null);

  const connection = query.data?.tickets;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];
  const ids = rows.map((row) => row.id);
  const current = activeId && ids.includes(activeId) ? activeId : openTicketId && ids.includes(openTicketId) ? openTicketId : null;
  const tabbable = current ?? ids[0] ?? null;

  const activate = (id: string) => {
    setActiveId(id);
    const link = rowLinks.current.get(id);
    link?.focus();
    link?.scrollIntoView?.({ block: 'nearest' });
  };
  const move = (step: number) => {
    if (ids.length === 0) return;
    const index = current === null ? (step > 0 ? 0 : ids.length - 1) : Math.min(ids.length - 1, Math.max(0, ids.indexOf(current) + step));
    const id = ids[index];
    if (id) activate(id);
  };
  const hasNext = Boolean(connection?.pageInfo.hasNextPage && connection.pageInfo.endCursor);
  const next = () => {
    if (!hasNext || !connection?.pageInfo.endCursor) return;
    setActiveId(null);
    onChange(withChange(state, { page: [...state.page, connection.pageInfo.endCursor] }));
  };
  const previous = () => {
    if (state.page.length === 0) return;
    setActiveId(null);
    onChange(withChange(state, { page: state.page.slice(0, -1) }));
  };

  useShortcuts(root, (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const inTable = Boolean(target && table.current?.contains(target));
    switch (event.key) {
      case 'j': move(1); return true;
      case 'k': move(-1); return true;
      case 'ArrowDown': if (!inTable) return false; move(1); return true;
      case 'ArrowUp': if (!inTable) return false; move(-1); return true;
      case 'o':
        if (current) onOpen(current);
        return Boolean(current);
      case 'Enter':
        // On a link or button Enter already does what it says; on the page or a row it opens the selected ticket.
        if (target && target.closest('a, button')) return false;
        if (current) onOpen(current);
        return Boolean(current);
      case 'Escape':
        if (!openTicketId) return false;
        onClose();
        return true;
      case ']': next(); return true;
      case '[': previous(); return true;
      case '/': searchInput.current?.focus(); return true;
      default: return false;
    }
  });

  const order = effectiveOrder(effective);
  const sortBy = (field: SortField) => {
    // A new column sorts its own default way (SLA due soonest first); the same column again turns the order round.
    const first = defaultDirection(field);
    const direction = order.field === field ? (order.direction === 'DESC' ? 'ASC' : 'DESC') : first;
    onChange(withChange(state, { sort: field, dir: direction }));
  };
  const ariaSort = (field: SortField) => (order.field === field ? (order.direction === 'ASC' ? 'ascending' : 'descending') : undefined);
  const sortHeader = (field: SortField, label: string) => (
    <button type="button" className={styles.sortButton} onClick={() => sortBy(field)} title={q.columns.sortBy(label)}>
      {label}
      <span aria-hidden="true" className={styles.sortMark}>{order.field === field ? (order.direction === 'ASC' ? '↑' : '↓') : ''}</span>
    </button>
  );

  const total = connection?.totalCount ?? null;
  const from = state.page.length * PAGE_SIZE + 1;
  const summary = summarize(effective, names);
  // Relative times as of the answer (refetched on focus and with every change), so a render is pure.
  const now = query.dataUpdatedAt;

  let body;
  if (query.isPending) {
    body = <LoadingState />;
  } else if (query.isError && !connection) {
    body = <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  } else if (rows.length === 0) {
    body = (
      <EmptyState>
        <p>{effective.search
          ? (DIMENSIONS.some((dimension) => isActive(state, dimension)) ? q.search.empty(effective.search) : q.search.emptyNoFilters(effective.search))
          : hasFilters(state) ? q.empty : q.emptyNoFilters}</p>
        {hasFilters(state) && <Button onClick={() => onChange(clearFilters(state))}>{q.filters.clearAll}</Button>}
      </EmptyState>
    );
  } else {
    body = (
      <table ref={table} className={styles.table} aria-busy={query.isFetching}>
        <caption className={theme.visuallyHidden}>{q.caption(summary)}</caption>
        <thead>
          <tr>
            <th scope="col" className={styles.colNumber} aria-sort={ariaSort('CREATED_AT')}>{sortHeader('CREATED_AT', q.columns.number)}</th>
            <th scope="col">{q.columns.subject}</th>
            <th scope="col" className={styles.colStatus}>{q.columns.status}</th>
            <th scope="col" className={styles.colPriority} aria-sort={ariaSort('PRIORITY')}>{sortHeader('PRIORITY', q.columns.priority)}</th>
            <th scope="col" className={styles.colSla} aria-sort={ariaSort('SLA_DUE')}>{sortHeader('SLA_DUE', q.columns.sla)}</th>
            <th scope="col" className={styles.colCategory}>{q.columns.category}</th>
            <th scope="col" className={styles.colRequester}>{q.columns.requester}</th>
            <th scope="col" className={styles.colAssignee}>{q.columns.assignee}</th>
            <th scope="col" className={styles.colUpdated} aria-sort={ariaSort('UPDATED_AT')}>{sortHeader('UPDATED_AT', q.columns.updated)}</th>
          </tr>
        </thead>
        <tbody>
          {(connection?.edges ?? []).map(({ node: row, highlights: found }) => {
            // Null when the search service stopped answering after it found the page: shown without marks.
            const highlights = found ?? undefined;
            const open = row.id === openTicketId;
            return (
              <tr key={row.id} className={[styles.row, open ? styles.rowOpen : '', row.id === current ? styles.rowActive : ''].join(' ')}
                aria-current={open ? 'true' : undefined} data-ticket-id={row.id}
                onClick={(event) => {
                  if ((event.target as Element).closest('a, button')) return;
                  setActiveId(row.id);
                  onOpen(row.id);
                }}>
                <td className={styles.colNumber}>{numberMatched(highlights) ? <mark className={styles.mark}>{row.reference}</mark> : row.reference}</td>
                <td className={styles.subject}>
                  <a href={hrefWith(params, { ticket: row.id })} className={styles.subjectLink}
                    tabIndex={row.id === tabbable ? 0 : -1}
                    ref={(element) => {
                      if (element) rowLinks.current.set(row.id, element);
                      else rowLinks.current.delete(row.id);
                    }}
                    onFocus={() => setActiveId(row.id)}
                    onClick={(event) => {
                      if (!isPlainClick(event)) return;
                      event.preventDefault();
                      setActiveId(row.id);
                      onOpen(row.id);
                    }}>
                    <MarkedSubject subject={row.subject} highlights={highlights} />
                  </a>
                  {row.tags.length > 0 && (
                    <span className={styles.rowTags}>
                      <span className={theme.visuallyHidden}>{q.tagsLabel}</span>
                      {row.tags.map((tag) => <span key={tag} className={styles.rowTag}>{tag}</span>)}
                    </span>
                  )}
                  <HighlightPassages highlights={highlights} label={q.search.highlightsLabel} className={styles.passages} />
                </td>
                <td className={styles.colStatus}><span className={styles[`status_${row.status}`]}>{q.status[row.status]}</span></td>
                <td className={styles.colPriority}>
                  <span className={styles[`priority_${row.priority}`]}>
                    <span aria-hidden="true" className={styles.priorityMark}>{row.priority === 'HIGH' ? '▲' : row.priority === 'LOW' ? '▽' : '•'}</span>
                    {q.priority[row.priority]}
                  </span>
                </td>
                <td className={styles.colSla}><SlaCell sla={row.sla} /></td>
                <td className={styles.colCategory}>{row.category.name}</td>
                <td className={styles.colRequester}>
                  <span className={styles.requester} title={row.requester.email ?? undefined}>{row.requester.name}</span>
                  {row.sponsorTicket && (
                    <span className={styles.sponsor} title={q.sponsorTitle}><span aria-hidden="true">★ </span>{q.sponsor}</span>
                  )}
                </td>
                <td className={styles.colAssignee}>
                  {row.assignee ? (row.assignee.name ?? row.assignee.id) : <span className={styles.nobody} title={q.nobodyLabel}><span aria-hidden="true">{q.nobody}</span><span className={theme.visuallyHidden}>{q.nobodyLabel}</span></span>}
                </td>
                <td className={styles.colUpdated}>
                  <time dateTime={row.updatedAt} title={formatDateTime(row.updatedAt)}>{formatRelative(row.updatedAt, now)}</time>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    );
  }

  const facetCount = (['status', 'priority', 'category', 'assignee', 'tag'] as const).filter((dimension) => isActive(state, dimension)).length;
  return (
    <section ref={section} className={styles.queue} aria-labelledby={headingId}>
      <div className={styles.queueHead}>
        <h1 id={headingId} className={styles.heading}>{heading}</h1>
        <span className={styles.total}>{total !== null ? q.paging.total(total) : ''}</span>
        <span className={styles.refreshing} role="status">
          {updating ? q.search.updating : query.isFetching && !query.isPending ? q.refreshing : ''}
        </span>
      </div>
      <div className={styles.searchRow}>
        <SearchBox value={state.search} label={q.search.label} placeholder={q.search.placeholder} inputRef={searchInput}
          className={styles.search}
          onSearch={(search) => onChange(withSearch(state, search), state.search && search ? 'replace' : 'push')} />
        <Button className={styles.facetToggle} aria-expanded={showSidebar} aria-controls={showSidebar ? sidebarId : undefined}
          onClick={() => setSidebarChoice({ wide, open: !showSidebar })}>
          {q.facets.toggle}
          {facetCount > 0 && <span className={styles.toggleCount}>{q.facets.toggleCount(facetCount)}</span>}
          <span aria-hidden="true" className={styles.caret}>{wide ? (showSidebar ? '◂' : '▸') : (showSidebar ? '▴' : '▾')}</span>
        </Button>
      </div>
      {searchDown && (
        <Banner>
          <span className={styles.bannerRow}>
            <span>{q.search.unavailable}</span>
            <Button onClick={() => setDownFor(null)}>{q.search.retry}</Button>
          </span>
        </Banner>
      )}
      <FilterBar state={state} onChange={onChange} names={names} categories={categories} agents={agents} searching={searching} />
      {query.isError && connection && !isSearchDown(query.error) && <ErrorState error={query.error} onRetry={() => query.refetch()} />}
      <div className={[styles.content, wide && showSidebar ? styles.contentWide : ''].join(' ')}>
        {showSidebar && (
          <div className={styles.side}>
            <FacetSidebar id={sidebarId} state={state} onChange={onChange} facets={facets.data?.tickets.facets ?? null}
              busy={facets.isFetching} unavailable={searchDown || (facets.isError && !facets.data)}
              names={names} categories={categories} agents={agents} meId={meId} />
          </div>
        )}
        <div className={styles.results}>
          <div className={styles.tableWrap}>{body}</div>
      {connection && rows.length > 0 && (
        <nav className={styles.pager} aria-label={q.paging.label}>
          <Button onClick={previous} disabled={state.page.length === 0}>
            <span aria-hidden="true">‹</span> {q.paging.previous}
          </Button>
          <span className={styles.range} aria-live="polite">{strings.common.ofTotal(from, from + rows.length - 1, connection.totalCount)}</span>
          <Button onClick={next} disabled={!hasNext}>
            {q.paging.next} <span aria-hidden="true">›</span>
          </Button>
        </nav>
      )}
        </div>
      </div>
    </section>
  );
}

/** The SLA badge of the clock that decides next (first response until staff replied, then resolution), or "No SLA". */
function SlaCell({ sla }: { sla: Parameters<typeof decidingClock>[0] }) {
  const clock = decidingClock(sla);
  if (!clock) {
    return <span className={styles.nobody} title={strings.sla.queue.noneLabel}>{strings.sla.queue.none}</span>;
  }
  return <SlaBadge clock={clock} target={clock.target} showTarget />;
}
