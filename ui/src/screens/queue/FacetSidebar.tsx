import { useId, useState } from 'react';
import type { QueueFacetsQuery } from '../../gql/graphql';
import { strings } from '../../strings';
import { Button } from '../../ui/Button';
import type { Option } from './FilterBar';
import { ME, PRIORITIES, STATUSES, UNASSIGNED, withChange, type Names, type QueueState } from './queueState';
import styles from './Facets.module.css';

export type Facets = QueueFacetsQuery['tickets']['facets'];
export type FacetDimension = 'status' | 'priority' | 'category' | 'assignee' | 'tag';
export const FACET_DIMENSIONS: FacetDimension[] = ['status', 'priority', 'category', 'assignee', 'tag'];

/** One value a person can tick: what it is in the URL state, its label, its count (null while unknown). */
export interface FacetOption {
  value: string;
  label: string;
  count: number | null;
  checked: boolean;
}

/** Longer lists show this many values until "Show all". */
export const FACET_PREVIEW = 8;

const f = strings.queue.facets;

interface Context {
  names: Names;
  categories: Option[] | null;
  agents: Option[] | null;
  /** The signed-in agent's id: the "me" filter ticks their own row. */
  meId: string | null;
}

function countsOf(list: readonly { value?: string | null; count: number }[] | undefined): Map<string | null, number> | null {
  return list ? new Map(list.map((entry) => [entry.value ?? null, entry.count])) : null;
}

/**
 * The values each dimension offers: with counts, those the facets have (the most frequent first; status and priority
 * in the workflow's order) plus the ticked ones they lack (count 0, so they can be unticked); without counts (still
 * counting, or the search service down) every value known from the console's lists, so filtering still works.
 */
export function facetOptions(dimension: FacetDimension, state: QueueState, facets: Facets | null, context: Context): FacetOption[] {
  const q = strings.queue;
  const counts = countsOf(facets?.[dimension]);
  const fixed = (values: readonly string[], selected: readonly string[], label: (value: string) => string): FacetOption[] =>
    values.filter((value) => !counts || counts.has(value) || selected.includes(value))
      .map((value) => ({ value, label: label(value), count: counts ? counts.get(value) ?? 0 : null, checked: selected.includes(value) }));
  const ranked = (selected: readonly string[], known: readonly string[], label: (value: string) => string, key: (value: string | null) => string = (value) => value ?? ''): FacetOption[] => {
    const values = counts ? [...counts.keys()].map(key) : [...known];
    for (const value of selected) if (!values.includes(value)) values.push(value);
    return values.map((value) => ({
      value, label: label(value), checked: selected.includes(value),
      count: counts ? counts.get(value === UNASSIGNED && dimension === 'assignee' ? null : value) ?? 0 : null,
    }));
  };

  switch (dimension) {
    case 'status': return fixed(STATUSES, state.status, (value) => q.status[value as keyof typeof q.status]);
    case 'priority': return fixed(PRIORITIES, state.priority, (value) => q.priority[value as keyof typeof q.priority]);
    case 'category':
      return ranked(state.category, context.categories?.map((option) => option.value) ?? [],
        (id) => context.names.category(id) ?? context.categories?.find((option) => option.value === id)?.label ?? f.unknownCategory);
    case 'tag': return ranked(state.tag, [], (tag) => tag);
    case 'assignee': {
      // The "me" filter shows as the agent's own row; unassigned tickets count under a null value.
      const selected = state.assignee.flatMap((value) => (value === ME ? (context.meId ? [context.meId] : []) : [value]));
      const options = ranked(selected, [UNASSIGNED, ...(context.agents?.map((option) => option.value) ?? [])],
        (value) => (value === UNASSIGNED ? f.unassigned : context.names.agent(value) ?? context.agents?.find((option) => option.value === value)?.label ?? f.unknownAgent),
        (value) => value ?? UNASSIGNED);
      return options;
    }
  }
}

/** The state with `value` of `dimension` ticked or not (the "me" filter counts as the agent's own row). */
export function toggleFacet(state: QueueState, dimension: FacetDimension, value: string, on: boolean, meId: string | null): QueueState {
  const toggle = (list: string[]) => (on ? [...list.filter((item) => item !== value), value] : list.filter((item) => item !== value));
  switch (dimension) {
    case 'status': return withChange(state, { status: toggle(state.status) as QueueState['status'] });
    case 'priority': return withChange(state, { priority: toggle(state.priority) as QueueState['priority'] });
    case 'category': return withChange(state, { category: toggle(state.category) });
    case 'tag': return withChange(state, { tag: toggle(state.tag) });
    case 'assignee': {
      let next = toggle(state.assignee);
      if (!on && value === meId) next = next.filter((item) => item !== ME);
      return withChange(state, { assignee: next });
    }
  }
}

function clearOf(state: QueueState, dimension: FacetDimension): QueueState {
  return withChange(state, { [dimension]: [] });
}

interface SidebarProps extends Context {
  id: string;
  state: QueueState;
  onChange: (state: QueueState) => void;
  facets: Facets | null;
  /** Counting (the first time, or for a changed filter). */
  busy: boolean;
  /** The search service is down: no counts. */
  unavailable: boolean;
}

/**
 * The facet sidebar: per status, priority, category, assignee and tag, the values of the tickets the queue shows with
 * how many there are; ticking values filters the queue (several per dimension: any of them).
 */
export function FacetSidebar({ id, state, onChange, facets, busy, unavailable, ...context }: SidebarProps) {
  return (
    <aside id={id} className={styles.sidebar} aria-label={f.label} aria-busy={busy}>
      <h2 className={styles.heading}>{f.heading}</h2>
      {unavailable && <p className={styles.note}>{f.unavailable}</p>}
      {FACET_DIMENSIONS.map((dimension) => (
        <FacetGroup key={dimension} dimension={dimension} options={facetOptions(dimension, state, unavailable ? null : facets, context)}
          counting={!unavailable && !facets}
          onToggle={(value, on) => onChange(toggleFacet(state, dimension, value, on, context.meId))}
          onClear={() => onChange(clearOf(state, dimension))} />
      ))}
    </aside>
  );
}

function FacetGroup({ dimension, options, counting, onToggle, onClear }: {
  dimension: FacetDimension;
  options: FacetOption[];
  counting: boolean;
  onToggle: (value: string, on: boolean) => void;
  onClear: () => void;
}) {
  const [all, setAll] = useState(false);
  const listId = useId();
  const legend = f[dimension];
  const long = options.length > FACET_PREVIEW + 1;
  // Ticked values always show, even past the preview.
  const shown = !long || all ? options : options.filter((option, index) => index < FACET_PREVIEW || option.checked);
  const active = options.some((option) => option.checked);
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{legend}</legend>
      {active && <button type="button" className={styles.clear} onClick={onClear}>{f.clear(legend)}</button>}
      {options.length === 0 ? (
        <p className={styles.empty}>{counting ? f.counting : dimension === 'tag' ? f.noTags : f.none}</p>
      ) : (
        <ul id={listId} className={styles.options}>
          {shown.map((option) => (
            <li key={option.value}>
              <label className={[styles.option, option.checked ? styles.checked : ''].join(' ')}>
                <input type="checkbox" checked={option.checked} aria-label={f.option(option.label, option.count)}
                  onChange={(event) => onToggle(option.value, event.target.checked)} />
                <span className={styles.optionLabel} title={option.label}>{option.label}</span>
                <span className={styles.count} aria-hidden="true">{option.count ?? ''}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
      {long && (
        <Button variant="ghost" className={styles.more} aria-controls={listId} aria-expanded={all} onClick={() => setAll((was) => !was)}>
          {all ? f.showFewer : f.showAll(options.length, f.plural[dimension] ?? legend)}
        </Button>
      )}
    </fieldset>
  );
}
