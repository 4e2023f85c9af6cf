import { strings } from '../../strings';
import { SLA_STATES } from '../sla/clock';

/**
 * The queue's state as it lives in the URL (shareable, back button), and how it becomes the API's `tickets` arguments.
 * Parameters: status, priority, category, assignee (`me`, `unassigned` or agent ids), requester (MEMBER|SPONSOR),
 * createdFrom, createdTo, updatedFrom, updatedTo (YYYY-MM-DD, local days, `To` inclusive), sla (SLA states of the
 * deciding clock, repeated like the others; `sla=AT_RISK,BREACHED` is read too), sort (CREATED_AT|UPDATED_AT|PRIORITY|
 * SLA_DUE), dir (ASC|DESC) and page (the stack of `after` cursors that led to this page).
 */
export const STATUSES = ['OPEN', 'IN_PROGRESS', 'WAITING', 'RESOLVED', 'CLOSED'] as const;
export const PRIORITIES = ['HIGH', 'MEDIUM', 'LOW'] as const;
export const REQUESTER_TYPES = ['MEMBER', 'SPONSOR'] as const;
export const SORT_FIELDS = ['CREATED_AT', 'UPDATED_AT', 'PRIORITY', 'SLA_DUE'] as const;
export const DIRECTIONS = ['DESC', 'ASC'] as const;
/** Open in the sense of the agents' load: anything not resolved or closed. */
export const OPEN_STATUSES: TicketStatus[] = ['OPEN', 'IN_PROGRESS', 'WAITING'];

export type TicketStatus = (typeof STATUSES)[number];
export type Priority = (typeof PRIORITIES)[number];
export type RequesterType = (typeof REQUESTER_TYPES)[number];
export type SortField = (typeof SORT_FIELDS)[number];
export type Direction = (typeof DIRECTIONS)[number];
export type SlaState = (typeof SLA_STATES)[number];

/** The direction a field is first sorted in: SLA due soonest first, the others newest or highest first. */
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
  sort: SortField | null;
  dir: Direction | null;
  /** The `after` cursors of the pages before this one and of this one: empty on the first page. */
  page: string[];
}

export const FILTER_KEYS = ['status', 'priority', 'category', 'assignee', 'requester', 'createdFrom', 'createdTo', 'updatedFrom', 'updatedTo', 'sla'] as const;
export type Dimension = 'status' | 'priority' | 'category' | 'assignee' | 'requester' | 'created' | 'updated' | 'sla';
export const DIMENSIONS: Dimension[] = ['status', 'priority', 'category', 'assignee', 'requester', 'sla', 'created', 'updated'];

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

export function emptyState(): QueueState {
  return { status: [], priority: [], category: [], assignee: [], requester: null, createdFrom: null, createdTo: null,
    updatedFrom: null, updatedTo: null, sla: [], sort: null, dir: null, page: [] };
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
    sort: oneOf(SORT_FIELDS, params.get('sort')),
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

export function clearFilters(state: QueueState): QueueState {
  return { ...emptyState(), sort: state.sort, dir: state.dir };
}

export function isActive(state: QueueState, dimension: Dimension): boolean {
  switch (dimension) {
    case 'created': return Boolean(state.createdFrom || state.createdTo);
    case 'updated': return Boolean(state.updatedFrom || state.updatedTo);
    case 'requester': return state.requester !== null;
    default: return state[dimension].length > 0;
  }
}

export function hasFilters(state: QueueState): boolean {
  return DIMENSIONS.some((dimension) => isActive(state, dimension));
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
  return Object.keys(filter).length ? filter : null;
}

/** The `orderBy` argument (null: the API's default, newest first). */
export function orderVariables(state: QueueState): { field: SortField; direction: Direction } | null {
  if (!state.sort && !state.dir) return null;
  return effectiveOrder(state);
}

/** The order in effect, the API's default filled in (a field without a direction goes its own default way). */
export function effectiveOrder(state: QueueState): { field: SortField; direction: Direction } {
  const field = state.sort ?? 'CREATED_AT';
  return { field, direction: state.dir ?? defaultDirection(field) };
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
    && state.updatedFrom === target.updatedFrom && state.updatedTo === target.updatedTo && sameSet(state.sla, target.sla);
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
};

/** The active filters read back in one line: "Open, In progress · High · Billing · Me". */
export function summarize(state: QueueState, names: Names): string {
  const parts = DIMENSIONS.filter((dimension) => isActive(state, dimension)).map((dimension) => describeDimension(state, dimension, names));
  return parts.length ? parts.join(' · ') : strings.queue.filters.none;
}
