import { strings } from '../../strings';
import { SLA_STATES } from '../sla/clock';
import { searchOf } from '../search/SearchBox';

/**
 * The queue's state as it lives in the URL (shareable, back button), and how it becomes the API's `tickets` arguments.
 * Parameters: status, priority, category, assignee (`me`, `unassigned` or agent ids), requester (MEMBER|SPONSOR),
 * createdFrom, createdTo, updatedFrom, updatedTo (YYYY-MM-DD, local days, `To` inclusive), sla (SLA states of the
 * deciding clock, repeated like the others; `sla=AT_RISK,BREACHED` is read too), tag (tags, repeated), search (the
 * words searched for, 2 to 200 characters), sort (CREATED_AT|UPDATED_AT|PRIORITY|SLA_DUE, and RELEVANCE while
 * searching), dir (ASC|DESC) and page (the stack of `after` cursors that led to this page).
 */
export const STATUSES = ['OPEN', 'IN_PROGRESS', 'WAITING', 'RESOLVED', 'CLOSED'] as const;
export const PRIORITIES = ['HIGH', 'MEDIUM', 'LOW'] as const;
export const REQUESTER_TYPES = ['MEMBER', 'SPONSOR'] as const;
export const SORT_FIELDS = ['CREATED_AT', 'UPDATED_AT', 'PRIORITY', 'SLA_DUE'] as const;
/** The orders a search adds: best match first (only with a search). */
export const ORDER_FIELDS = [...SORT_FIELDS, 'RELEVANCE'] as const;
export const DIRECTIONS = ['DESC', 'ASC'] as const;
/** Open in the sense of the agents' load: anything not resolved or closed. */
export const OPEN_STATUSES: TicketStatus[] = ['OPEN', 'IN_PROGRESS', 'WAITING'];

export type TicketStatus = (typeof STATUSES)[number];
export type Priority = (typeof PRIORITIES)[number];
export type RequesterType = (typeof REQUESTER_TYPES)[number];
export type SortField = (typeof ORDER_FIELDS)[number];
export type Direction = (typeof DIRECTIONS)[number];
export type SlaState = (typeof SLA_STATES)[number];

/** The direction a field is first sorted in: SLA due soonest first, the others newest, highest or best first. */
export function defaultDirection(field: SortField): Direction {
  return field === 'SLA_DUE' ? 'ASC' : 'DESC';
}

export const ME = 'me';
export const UNASSIGNED = 'unassigned';
export const PAGE_SIZE = 25;

export interface QueueState {
  status: TicketStatus[];
  priority: Priority[];
  category: string[];
  /** `me`, `unassigned` and agents' ids: alternatives. */
  assignee: string[];
  requester: RequesterType | null;
  createdFrom: string | null;
  createdTo: string | null;
  updatedFrom: string | null;
  updatedTo: string | null;
  /** SLA states of the clock that decides next: alternatives. */
  sla: SlaState[];
  /** Tags: alternatives. */
  tag: string[];
  /** The words searched for (full text), or null. */
  search: string | null;
  sort: SortField | null;
  dir: Direction | null;
  /** The `after` cursors of the pages before this one and of this one: empty on the first page. */
  page: string[];
}

export const FILTER_KEYS = ['status', 'priority', 'category', 'assignee', 'requester', 'createdFrom', 'createdTo', 'updatedFrom', 'updatedTo', 'sla', 'tag', 'search'] as const;
export type Dimension = 'status' | 'priority' | 'category' | 'assignee' | 'tag' | 'requester' | 'created' | 'updated' | 'sla';
export const DIMENSIONS: Dimension[] = ['status', 'priority', 'category', 'assignee', 'tag', 'requester', 'sla', 'created', 'updated'];
/** The dimensions the filter bar has a menu for (tags are ticked in the facet sidebar, and read back as chips). */
export const MENU_DIMENSIONS: Dimension[] = DIMENSIONS.filter((dimension) => dimension !== 'tag');

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;
}

function allOf<T extends string>(values: readonly T[], list: string[]): T[] {
  return values.filter((value) => list.includes(value));
}

function day(value: string | null): string | null {
  return value !== null && DAY.test(value) && !Number.isNaN(new Date(`${value}T00:00:00`).getTime()) ? value : null;
}

function unique(list: string[]): string[] {
  return [...new Set(list.filter((item) => item.trim() !== ''))];
}

/** A search as the API accepts it (2 to 200 characters once trimmed, or a ticket number), else none. */
function searchWords(value: string | null): string | null {
  return value === null ? null : searchOf(value);
}

export function emptyState(): QueueState {
  return { status: [], priority: [], category: [], assignee: [], requester: null, createdFrom: null, createdTo: null,
    updatedFrom: null, updatedTo: null, sla: [], tag: [], search: null, sort: null, dir: null, page: [] };
}

/** Reads the queue's state from the query string; anything unknown or malformed is left out. */
export function parseQueueState(params: URLSearchParams): QueueState {
  return {
    status: allOf(STATUSES, params.getAll('status')),
    priority: allOf(PRIORITIES, params.getAll('priority')),
    category: unique(params.getAll('category')),
    assignee: unique(params.getAll('assignee')),
    requester: oneOf(REQUESTER_TYPES, params.get('requester')),
    createdFrom: day(params.get('createdFrom')),
    createdTo: day(params.get('createdTo')),
    updatedFrom: day(params.get('updatedFrom')),
    updatedTo: day(params.get('updatedTo')),
    sla: allOf(SLA_STATES, params.getAll('sla').flatMap((value) => value.split(','))),
    tag: unique(params.getAll('tag')),
    search: searchWords(params.get('search')),
    sort: oneOf(ORDER_FIELDS, params.get('sort')),
    dir: oneOf(DIRECTIONS, params.get('dir')),
    page: params.getAll('page').filter(Boolean),
  };
}

/** The change to the query string that writes `state` (every queue parameter: unset ones are removed). */
export function queueParams(state: QueueState): Record<string, string | string[] | null> {
  return {
    status: state.status,
    priority: state.priority,
    category: state.category,
    assignee: state.assignee,
    requester: state.requester,
    createdFrom: state.createdFrom,
    createdTo: state.createdTo,
    updatedFrom: state.updatedFrom,
    updatedTo: state.updatedTo,
    sla: state.sla,
    tag: state.tag,
    search: state.search,
    sort: state.sort,
    dir: state.dir,
    page: state.page,
  };
}

/** A new state with `change` applied; a change of filters or order starts again at the first page (cursors are bound to their query). */
export function withChange(state: QueueState, change: Partial<QueueState>): QueueState {
  const next = { ...state, ...change };
  if (!('page' in change)) next.page = [];
  return next;
}

export function clearDimension(state: QueueState, dimension: Dimension): QueueState {
  switch (dimension) {
    case 'created': return withChange(state, { createdFrom: null, createdTo: null });
    case 'updated': return withChange(state, { updatedFrom: null, updatedTo: null });
    case 'requester': return withChange(state, { requester: null });
    default: return withChange(state, { [dimension]: [] });
  }
}

/** Every filter and the search removed; the order kept (unless it was best match, which needs a search). */
export function clearFilters(state: QueueState): QueueState {
  return state.sort === 'RELEVANCE' ? emptyState() : { ...emptyState(), sort: state.sort, dir: state.dir };
}

/**
 * A new search (or none). Starting a search puts the best matches first (an order chosen before is dropped: the
 * person can pick another while searching); ending it drops best match, which needs a search.
 */
export function withSearch(state: QueueState, search: string | null): QueueState {
  const change: Partial<QueueState> = { search };
  if ((search && !state.search) || (!search && state.sort === 'RELEVANCE')) {
    change.sort = null;
    change.dir = null;
  }
  return withChange(state, change);
}

export function isActive(state: QueueState, dimension: Dimension): boolean {
  switch (dimension) {
    case 'created': return Boolean(state.createdFrom || state.createdTo);
    case 'updated': return Boolean(state.updatedFrom || state.updatedTo);
    case 'requester': return state.requester !== null;
    default: return state[dimension].length > 0;
  }
}

/** True when anything narrows the queue: a filter or a search. */
export function hasFilters(state: QueueState): boolean {
  return state.search !== null || DIMENSIONS.some((dimension) => isActive(state, dimension));
}

/** The start of a local day as an instant (the API compares instants; the person thinks in their own days). */
function localDay(value: string, plusDays = 0): Date {
  const [year = 1970, month = 1, date = 1] = value.split('-').map(Number);
  return new Date(year, month - 1, date + plusDays);
}

export function startOfDay(value: string): string {
  return localDay(value).toISOString();
}

/** The start of the next local day: `To` is inclusive for people, the API's `createdTo` is exclusive. */
export function startOfNextDay(value: string): string {
  return localDay(value, 1).toISOString();
}

export interface TicketFilterVariables {
  status?: TicketStatus[];
  priority?: Priority[];
  categoryId?: string[];
  assignee?: { ids?: string[]; unassigned?: boolean; me?: boolean };
  requesterType?: RequesterType;
  createdFrom?: string;
  createdTo?: string;
  updatedFrom?: string;
  updatedTo?: string;
  slaState?: SlaState[];
  tag?: string[];
  search?: string;
}

/** The `filter` argument of `tickets` for this state (null for every ticket). */
export function filterVariables(state: QueueState): TicketFilterVariables | null {
  const filter: TicketFilterVariables = {};
  if (state.status.length) filter.status = state.status;
  if (state.priority.length) filter.priority = state.priority;
  if (state.category.length) filter.categoryId = state.category;
  if (state.assignee.length) {
    const ids = state.assignee.filter((value) => value !== ME && value !== UNASSIGNED);
    filter.assignee = {};
    if (ids.length) filter.assignee.ids = ids;
    if (state.assignee.includes(ME)) filter.assignee.me = true;
    if (state.assignee.includes(UNASSIGNED)) filter.assignee.unassigned = true;
  }
  if (state.requester) filter.requesterType = state.requester;
  if (state.createdFrom) filter.createdFrom = startOfDay(state.createdFrom);
  if (state.createdTo) filter.createdTo = startOfNextDay(state.createdTo);
  if (state.updatedFrom) filter.updatedFrom = startOfDay(state.updatedFrom);
  if (state.updatedTo) filter.updatedTo = startOfNextDay(state.updatedTo);
  if (state.sla.length) filter.slaState = state.sla;
  if (state.tag.length) filter.tag = state.tag;
  if (state.search) filter.search = state.search;
  return Object.keys(filter).length ? filter : null;
}

/** The `orderBy` argument (null: the API's default, newest first; best match first is always said). */
export function orderVariables(state: QueueState): { field: SortField; direction: Direction } | null {
  const order = effectiveOrder(state);
  if (order.field === 'RELEVANCE') return order;
  if (!state.sort && !state.dir) return null;
  return order;
}

/**
 * The order in effect, the default filled in: best match first while searching, else newest first (a field without
 * a direction goes its own default way). Best match without a search (an old link) reads as the default.
 */
export function effectiveOrder(state: QueueState): { field: SortField; direction: Direction } {
  const stale = state.sort === 'RELEVANCE' && !state.search;
  const field = (stale ? null : state.sort) ?? (state.search ? 'RELEVANCE' : 'CREATED_AT');
  return { field, direction: (stale ? null : state.dir) ?? defaultDirection(field) };
}

// ---- Saved views ----

export type ViewKey = 'myOpen' | 'unassigned' | 'sponsors' | 'allOpen';

export interface SavedView {
  key: ViewKey;
  label: string;
  state: Partial<QueueState>;
}

export const SAVED_VIEWS: SavedView[] = [
  { key: 'myOpen', label: strings.queue.views.myOpen, state: { status: OPEN_STATUSES, assignee: [ME] } },
  { key: 'unassigned', label: strings.queue.views.unassigned, state: { status: OPEN_STATUSES, assignee: [UNASSIGNED] } },
  { key: 'sponsors', label: strings.queue.views.sponsors, state: { status: OPEN_STATUSES, requester: 'SPONSOR' } },
  { key: 'allOpen', label: strings.queue.views.allOpen, state: { status: OPEN_STATUSES } },
];

/** The queue showing `view`, keeping the current order. */
export function viewState(current: QueueState, view: SavedView): QueueState {
  return { ...clearFilters(current), ...view.state, page: [] };
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item) => b.includes(item));
}

/** True when the filters are exactly the view's (whatever the order and page). */
export function isView(state: QueueState, view: SavedView): boolean {
  const target = { ...emptyState(), ...view.state };
  return sameSet(state.status, target.status) && sameSet(state.priority, target.priority) && sameSet(state.category, target.category)
    && sameSet(state.assignee, target.assignee) && state.requester === target.requester
    && state.createdFrom === target.createdFrom && state.createdTo === target.createdTo
    && state.updatedFrom === target.updatedFrom && state.updatedTo === target.updatedTo && sameSet(state.sla, target.sla)
    && sameSet(state.tag, target.tag) && state.search === target.search;
}

// ---- Reading the filters back ----

export interface Names {
  category: (id: string) => string | null;
  agent: (id: string) => string | null;
}

const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export function formatDay(value: string): string {
  return dayFormat.format(localDay(value));
}

function range(what: string, from: string | null, to: string | null): string {
  const f = strings.queue.filters;
  if (from && to) return f.between(what, formatDay(from), formatDay(to));
  if (from) return f.since(what, formatDay(from));
  return f.until(what, formatDay(to ?? ''));
}

/** What one filter reads as ("Open, In progress"; "High"; "Me, Unassigned"; "Created 5 Jan 2026 – 9 Jan 2026"). */
export function describeDimension(state: QueueState, dimension: Dimension, names: Names): string {
  const q = strings.queue;
  switch (dimension) {
    case 'status': return STATUSES.filter((s) => state.status.includes(s)).map((s) => q.status[s]).join(', ');
    case 'priority': return PRIORITIES.filter((p) => state.priority.includes(p)).map((p) => q.priority[p]).join(', ');
    case 'category': return state.category.map((id) => names.category(id) ?? q.filters.loadingOptions).join(', ');
    case 'assignee': {
      const parts: string[] = [];
      if (state.assignee.includes(ME)) parts.push(q.filters.me);
      if (state.assignee.includes(UNASSIGNED)) parts.push(q.filters.unassigned);
      state.assignee.filter((a) => a !== ME && a !== UNASSIGNED).forEach((id) => parts.push(names.agent(id) ?? q.filters.loadingOptions));
      return parts.join(', ');
    }
    case 'requester': return state.requester ? q.requesterType[state.requester] : '';
    case 'created': return range(q.filters.created, state.createdFrom, state.createdTo);
    case 'updated': return range(q.filters.updated, state.updatedFrom, state.updatedTo);
    case 'sla': return SLA_STATES.filter((s) => state.sla.includes(s)).map((s) => strings.sla.state(s)).join(', ');
    case 'tag': return state.tag.join(', ');
  }
}

export const DIMENSION_LABEL: Record<Dimension, string> = {
  status: strings.queue.filters.status,
  priority: strings.queue.filters.priority,
  category: strings.queue.filters.category,
  assignee: strings.queue.filters.assignee,
  requester: strings.queue.filters.requester,
  created: strings.queue.filters.created,
  updated: strings.queue.filters.updated,
  sla: strings.sla.queue.filter,
  tag: strings.queue.filters.tag,
};

/** The active filters read back in one line: "Open, In progress · High · Billing · Me". */
export function summarize(state: QueueState, names: Names): string {
  const parts = DIMENSIONS.filter((dimension) => isActive(state, dimension)).map((dimension) => describeDimension(state, dimension, names));
  if (state.search) parts.unshift(strings.queue.search.summary(state.search));
  return parts.length ? parts.join(' · ') : strings.queue.filters.none;
}
