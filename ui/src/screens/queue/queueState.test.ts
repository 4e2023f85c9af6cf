import { describe, expect, it } from 'vitest';
import {
  clearDimension, clearFilters, effectiveOrder, filterVariables, hasFilters, isView, orderVariables, parseQueueState, queueParams, SAVED_VIEWS,
  startOfDay, startOfNextDay, summarize, viewState, withChange, withSearch, type Names,
} from './queueState';

const names: Names = {
  category: (id) => ({ 'cat-billing': 'Billing', 'cat-events': 'Events' })[id] ?? null,
  agent: (id) => ({ 'agent-2': 'Avery Agent' })[id] ?? null,
};

function toSearch(change: Record<string, string | string[] | null>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(change)) {
    if (Array.isArray(value)) value.forEach((item) => params.append(name, item));
    else if (value !== null) params.set(name, value);
  }
  return params.toString();
}

describe('the queue state in the URL', () => {
  it('round-trips every filter, the order and the page stack', () => {
    const search = 'status=OPEN&status=IN_PROGRESS&priority=HIGH&category=cat-billing&assignee=me&assignee=agent-2&requester=SPONSOR'
      + '&createdFrom=2026-01-05&createdTo=2026-01-09&updatedFrom=2026-02-01&updatedTo=2026-02-03&sort=PRIORITY&dir=ASC&page=c1&page=c2';
    const state = parseQueueState(new URLSearchParams(search));
    expect(state).toMatchObject({ status: ['OPEN', 'IN_PROGRESS'], priority: ['HIGH'], category: ['cat-billing'], assignee: ['me', 'agent-2'],
      requester: 'SPONSOR', createdFrom: '2026-01-05', createdTo: '2026-01-09', sort: 'PRIORITY', dir: 'ASC', page: ['c1', 'c2'] });
    expect(parseQueueState(new URLSearchParams(toSearch(queueParams(state))))).toEqual(state);
  });

  it('ignores what it does not know (a shared link from an older version, a typo)', () => {
    const state = parseQueueState(new URLSearchParams('status=NOPE&status=OPEN&priority=URGENT&requester=ALIEN&createdFrom=yesterday&sort=RANDOM&dir=UP'));
    expect(state).toMatchObject({ status: ['OPEN'], priority: [], requester: null, createdFrom: null, sort: null, dir: null });
  });

  it('starts again at the first page when the filters or the order change', () => {
    const state = parseQueueState(new URLSearchParams('status=OPEN&page=c1'));
    expect(withChange(state, { priority: ['LOW'] }).page).toEqual([]);
    expect(withChange(state, { sort: 'UPDATED_AT' }).page).toEqual([]);
    expect(withChange(state, { page: ['c1', 'c2'] }).page).toEqual(['c1', 'c2']);
    expect(clearDimension(state, 'status')).toMatchObject({ status: [], page: [] });
  });
});

describe('the API arguments', () => {
  it('puts me, unassigned and agents in one assignee filter and days as instants (To inclusive)', () => {
    const state = parseQueueState(new URLSearchParams('assignee=me&assignee=unassigned&assignee=agent-2&createdFrom=2026-01-05&createdTo=2026-01-09&category=cat-events'));
    expect(filterVariables(state)).toEqual({
      categoryId: ['cat-events'],
      assignee: { ids: ['agent-2'], me: true, unassigned: true },
      createdFrom: startOfDay('2026-01-05'),
      createdTo: startOfNextDay('2026-01-09'),
    });
    expect(new Date(startOfNextDay('2026-01-09')).getTime() - new Date(startOfDay('2026-01-09')).getTime()).toBeGreaterThanOrEqual(23 * 3600_000);
  });

  it('leaves filter and order out for everything in the default order', () => {
    const state = parseQueueState(new URLSearchParams(''));
    expect(filterVariables(state)).toBeNull();
    expect(orderVariables(state)).toBeNull();
    expect(orderVariables(parseQueueState(new URLSearchParams('sort=UPDATED_AT')))).toEqual({ field: 'UPDATED_AT', direction: 'DESC' });
  });
});

describe('reading the filters back', () => {
  it('reads as a person would say it', () => {
    const state = parseQueueState(new URLSearchParams('status=IN_PROGRESS&status=OPEN&priority=HIGH&category=cat-billing&assignee=me'));
    expect(summarize(state, names)).toBe('Open, In progress · High · Billing · Me');
    expect(summarize(parseQueueState(new URLSearchParams('requester=SPONSOR&assignee=agent-2&assignee=unassigned')), names)).toBe('Unassigned, Avery Agent · Sponsors');
    expect(summarize(parseQueueState(new URLSearchParams('')), names)).toBe('All tickets');
  });

  it('knows the saved views whatever the order of the values', () => {
    const myOpen = SAVED_VIEWS.find((view) => view.key === 'myOpen')!;
    const state = parseQueueState(new URLSearchParams('assignee=me&status=WAITING&status=OPEN&status=IN_PROGRESS&sort=PRIORITY'));
    expect(isView(state, myOpen)).toBe(true);
    expect(isView(withChange(state, { priority: ['HIGH'] }), myOpen)).toBe(false);
    expect(viewState(state, SAVED_VIEWS.find((view) => view.key === 'sponsors')!)).toMatchObject({ assignee: [], requester: 'SPONSOR', sort: 'PRIORITY' });
  });
});

describe('the SLA filter and order', () => {
  it('reads sla repeated or comma-separated, drops unknown states, and writes it repeated like the other filters', () => {
    const state = parseQueueState(new URLSearchParams('sla=AT_RISK,BREACHED&sla=LATE&sla=PAUSED'));
    expect(state.sla).toEqual(['AT_RISK', 'BREACHED', 'PAUSED']);
    expect(toSearch(queueParams(state))).toBe('sla=AT_RISK&sla=BREACHED&sla=PAUSED');
    expect(filterVariables(state)).toEqual({ slaState: ['AT_RISK', 'BREACHED', 'PAUSED'] });
    expect(summarize(state, names)).toBe('At risk, Breached, Paused');
  });

  it('sorts SLA due soonest first unless told otherwise', () => {
    expect(orderVariables(parseQueueState(new URLSearchParams('sort=SLA_DUE')))).toEqual({ field: 'SLA_DUE', direction: 'ASC' });
    expect(orderVariables(parseQueueState(new URLSearchParams('sort=SLA_DUE&dir=DESC')))).toEqual({ field: 'SLA_DUE', direction: 'DESC' });
    expect(orderVariables(parseQueueState(new URLSearchParams('sort=PRIORITY')))).toEqual({ field: 'PRIORITY', direction: 'DESC' });
  });
});

describe('search and tags in the queue state', () => {
  it('round-trips the words and tags, and sends them as filter.search and filter.tag', () => {
    const state = parseQueueState(new URLSearchParams('search=%20renewal%20fee%20&tag=renewal&tag=late-payment&status=OPEN'));
    expect(state).toMatchObject({ search: 'renewal fee', tag: ['renewal', 'late-payment'] });
    expect(parseQueueState(new URLSearchParams(toSearch(queueParams(state))))).toEqual(state);
    expect(filterVariables(state)).toEqual({ status: ['OPEN'], tag: ['renewal', 'late-payment'], search: 'renewal fee' });
    expect(summarize(state, names)).toBe('matching “renewal fee” · Open · renewal, late-payment');
    expect(hasFilters(parseQueueState(new URLSearchParams('search=ab')))).toBe(true);
  });

  it('drops a search the API would refuse (under 2 or over 200 characters, unless a number)', () => {
    expect(parseQueueState(new URLSearchParams('search=a')).search).toBeNull();
    expect(parseQueueState(new URLSearchParams(`search=${'x'.repeat(201)}`)).search).toBeNull();
    expect(parseQueueState(new URLSearchParams('search=%20%20')).search).toBeNull();
    // A ticket number searches at any length.
    expect(parseQueueState(new URLSearchParams('search=7')).search).toBe('7');
    expect(parseQueueState(new URLSearchParams('search=%237')).search).toBe('#7');
  });

  it('orders by best match while searching unless another order is chosen, and never without a search', () => {
    const searching = parseQueueState(new URLSearchParams('search=renewal'));
    expect(orderVariables(searching)).toEqual({ field: 'RELEVANCE', direction: 'DESC' });
    expect(orderVariables(withChange(searching, { sort: 'PRIORITY' }))).toEqual({ field: 'PRIORITY', direction: 'DESC' });
    // An old link with best match but no words: the default order.
    const stale = parseQueueState(new URLSearchParams('sort=RELEVANCE&dir=ASC'));
    expect(effectiveOrder(stale)).toEqual({ field: 'CREATED_AT', direction: 'DESC' });
    expect(orderVariables(stale)).toEqual({ field: 'CREATED_AT', direction: 'DESC' });
  });

  it('starts a search with best match first, keeps the order while refining it, and ends best match with it', () => {
    const sorted = parseQueueState(new URLSearchParams('sort=PRIORITY&dir=ASC&page=c1'));
    const started = withSearch(sorted, 'renewal');
    expect(started).toMatchObject({ search: 'renewal', sort: null, dir: null, page: [] });
    const reordered = withChange(started, { sort: 'UPDATED_AT', dir: 'DESC' });
    expect(withSearch(reordered, 'renewal fee')).toMatchObject({ sort: 'UPDATED_AT', dir: 'DESC' });
    expect(withSearch(withChange(started, { sort: 'RELEVANCE', dir: 'DESC' }), null)).toMatchObject({ search: null, sort: null, dir: null });
    expect(withSearch(reordered, null)).toMatchObject({ search: null, sort: 'UPDATED_AT' });
  });

  it('clears the search and tags with the other filters, and a saved view is never a search', () => {
    const state = parseQueueState(new URLSearchParams('search=renewal&tag=vip&sort=RELEVANCE&status=OPEN&status=IN_PROGRESS&status=WAITING'));
    expect(clearFilters(state)).toMatchObject({ search: null, tag: [], status: [], sort: null });
    const allOpen = SAVED_VIEWS.find((view) => view.key === 'allOpen')!;
    expect(isView(state, allOpen)).toBe(false);
    expect(isView(withChange(state, { search: null, tag: [] }), allOpen)).toBe(true);
    expect(clearDimension(state, 'tag').tag).toEqual([]);
  });
});
