import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { strings } from '../../strings';
import { Button } from '../../ui/Button';
import {
  clearDimension, clearFilters, defaultDirection, describeDimension, DIMENSION_LABEL, DIMENSIONS, effectiveOrder, hasFilters, isActive, ME,
  MENU_DIMENSIONS, PRIORITIES, REQUESTER_TYPES, SORT_FIELDS, STATUSES, UNASSIGNED, withChange,
  type Dimension, type Direction, type Names, type QueueState, type RequesterType, type SlaState, type SortField,
} from './queueState';
import { SLA_STATES } from '../sla/clock';
import styles from './Queue.module.css';

export interface Option {
  value: string;
  label: string;
}

interface FilterBarProps {
  state: QueueState;
  onChange: (state: QueueState) => void;
  names: Names;
  categories: Option[] | null;
  agents: Option[] | null;
  /** A search is in effect: the order offers "Best match" (the default then). */
  searching: boolean;
}

const q = strings.queue;

/**
 * The queue's filters: a button per filter the API has (its panel changes it), the active ones read back as chips
 * ("Open, In progress · High · Billing · Me"), each with a button that removes it, and the order.
 */
export function FilterBar({ state, onChange, names, categories, agents, searching }: FilterBarProps) {
  const set = (change: Partial<QueueState>) => onChange(withChange(state, change));
  const toggle = <T extends string>(list: T[], value: T, on: boolean): T[] => (on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value));

  const panel = (dimension: Dimension): ReactNode => {
    switch (dimension) {
      case 'status':
        return <CheckList legend={q.filters.status} options={STATUSES.map((s) => ({ value: s, label: q.status[s] }))} selected={state.status}
          onToggle={(value, on) => set({ status: toggle(state.status, value as QueueState['status'][number], on) })} />;
      case 'priority':
        return <CheckList legend={q.filters.priority} options={PRIORITIES.map((p) => ({ value: p, label: q.priority[p] }))} selected={state.priority}
          onToggle={(value, on) => set({ priority: toggle(state.priority, value as QueueState['priority'][number], on) })} />;
      case 'category':
        return categories === null ? <p className={styles.panelNote}>{q.filters.loadingOptions}</p>
          : <CheckList legend={q.filters.category} options={categories} selected={state.category}
            onToggle={(value, on) => set({ category: toggle(state.category, value, on) })} />;
      case 'assignee':
        return (
          <>
            <CheckList legend={q.filters.assignee} options={[{ value: ME, label: q.filters.me }, { value: UNASSIGNED, label: q.filters.unassigned }]}
              selected={state.assignee} onToggle={(value, on) => set({ assignee: toggle(state.assignee, value, on) })} />
            {agents === null ? <p className={styles.panelNote}>{q.filters.loadingOptions}</p>
              : agents.length > 0 && <CheckList legend={q.filters.agents} options={agents} selected={state.assignee}
                onToggle={(value, on) => set({ assignee: toggle(state.assignee, value, on) })} />}
          </>
        );
      case 'requester':
        return <RadioList legend={q.filters.requester} value={state.requester ?? ''}
          options={[{ value: '', label: q.filters.any }, ...REQUESTER_TYPES.map((t) => ({ value: t, label: q.requesterType[t] }))]}
          onChange={(value) => set({ requester: (value || null) as RequesterType | null })} />;
      case 'sla':
        return <CheckList legend={strings.sla.queue.filterLegend} options={SLA_STATES.map((state) => ({ value: state, label: strings.sla.state(state) }))}
          selected={state.sla} onToggle={(value, on) => set({ sla: toggle(state.sla, value as SlaState, on) })} />;
      case 'created':
        return <DateRange legend={q.filters.created} from={state.createdFrom} to={state.createdTo}
          onChange={(from, to) => set({ createdFrom: from, createdTo: to })} />;
      case 'updated':
        return <DateRange legend={q.filters.updated} from={state.updatedFrom} to={state.updatedTo}
          onChange={(from, to) => set({ updatedFrom: from, updatedTo: to })} />;
      case 'tag':
        return null;
    }
  };

  const sortId = useId();
  const order = effectiveOrder(searching ? state : { ...state, search: null });
  const orderValues = [
    ...(searching ? ['RELEVANCE_DESC'] : []),
    ...SORT_FIELDS.flatMap((field) => (defaultDirection(field) === 'DESC' ? ['DESC', 'ASC'] : ['ASC', 'DESC']).map((direction) => `${field}_${direction}`)),
  ];
  const current = `${order.field}_${order.direction}`;
  if (!orderValues.includes(current)) orderValues.unshift(current);
  const active = DIMENSIONS.filter((dimension) => isActive(state, dimension));

  return (
    <div className={styles.filters}>
      <div className={styles.filterRow} role="group" aria-label={q.filters.label}>
        {MENU_DIMENSIONS.map((dimension) => (
          <FilterMenu key={dimension} label={DIMENSION_LABEL[dimension]}
            value={isActive(state, dimension) ? describeDimension(state, dimension, names) : null}>
            {panel(dimension)}
          </FilterMenu>
        ))}
        <span className={styles.sort}>
          <label htmlFor={sortId} className={styles.sortLabel}>{q.sort.label}</label>
          <select id={sortId} className={styles.select} value={current}
            onChange={(event) => {
              const [field, direction] = splitOrder(event.target.value);
              // Best match is the default while searching: the URL stays without an order.
              if (field === 'RELEVANCE' && direction === 'DESC') set({ sort: null, dir: null });
              else set({ sort: field, dir: direction });
            }}>
            {orderValues.map((value) => (
              <option key={value} value={value}>{q.sort[value as keyof typeof q.sort]}</option>
            ))}
          </select>
        </span>
      </div>
      {active.length > 0 && (
        <div className={styles.chipRow}>
          <ul className={styles.chips} aria-label={q.filters.chipsLabel}>
            {active.map((dimension, index) => {
              const text = describeDimension(state, dimension, names);
              return (
                <li key={dimension} className={styles.chipItem}>
                  {index > 0 && <span className={styles.dot} aria-hidden="true">·</span>}
                  <span className={styles.chip}>
                    <span className={styles.chipText} title={DIMENSION_LABEL[dimension]}>{text}</span>
                    <button type="button" className={styles.chipRemove} aria-label={q.filters.remove(`${DIMENSION_LABEL[dimension]}: ${text}`)}
                      onClick={() => onChange(clearDimension(state, dimension))}>
                      <span aria-hidden="true">×</span>
                    </button>
                  </span>
                </li>
              );
            })}
          </ul>
          {hasFilters(state) && <Button variant="ghost" className={styles.clearAll} onClick={() => onChange(clearFilters(state))}>{q.filters.clearAll}</Button>}
        </div>
      )}
    </div>
  );
}

export function splitOrder(value: string): [SortField, Direction] {
  const direction = value.endsWith('_ASC') ? 'ASC' : 'DESC';
  return [value.slice(0, value.length - direction.length - 1) as SortField, direction];
}

/** A filter's button and its panel (a disclosure: Escape or a click elsewhere closes it, the focus goes back). */
function FilterMenu({ label, value, children }: { label: string; value: string | null; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const wrapper = useRef<HTMLSpanElement>(null);
  const ownButton = useRef<HTMLButtonElement | null>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const outside = (event: MouseEvent) => {
      if (wrapper.current && !wrapper.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', outside);
    return () => document.removeEventListener('mousedown', outside);
  }, [open]);

  const close = () => {
    setOpen(false);
    ownButton.current?.focus();
  };

  return (
    <span ref={wrapper} className={styles.menu}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.preventDefault();
          close();
        }
      }}
      onBlur={(event) => {
        if (open && event.relatedTarget && wrapper.current && !wrapper.current.contains(event.relatedTarget as Node)) setOpen(false);
      }}>
      <button type="button"
        ref={ownButton}
        className={[styles.filterButton, value ? styles.filterActive : ''].join(' ')}
        aria-expanded={open} aria-controls={panelId}
        onClick={() => setOpen((was) => !was)}>
        {value ? <><span className={styles.filterName}>{label}:</span> <span className={styles.filterValue}>{value}</span></> : label}
        <span aria-hidden="true" className={styles.caret}>▾</span>
      </button>
      {open && (
        <div id={panelId} className={styles.panel}>
          {children}
          <div className={styles.panelActions}><Button onClick={close}>{q.filters.done}</Button></div>
        </div>
      )}
    </span>
  );
}

function CheckList({ legend, options, selected, onToggle }: { legend: string; options: Option[]; selected: string[]; onToggle: (value: string, on: boolean) => void }) {
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className={styles.option}>
          <input type="checkbox" checked={selected.includes(option.value)} onChange={(event) => onToggle(option.value, event.target.checked)} />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

function RadioList({ legend, options, value, onChange }: { legend: string; options: Option[]; value: string; onChange: (value: string) => void }) {
  const name = useId();
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className={styles.option}>
          <input type="radio" name={name} checked={value === option.value} onChange={() => onChange(option.value)} />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

function DateRange({ legend, from, to, onChange }: { legend: string; from: string | null; to: string | null; onChange: (from: string | null, to: string | null) => void }) {
  const id = useId();
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{legend}</legend>
      <label htmlFor={`${id}-from`} className={styles.dateLabel}>{q.filters.from}</label>
      <input id={`${id}-from`} type="date" className={styles.dateInput} value={from ?? ''} max={to ?? undefined}
        onChange={(event) => onChange(event.target.value || null, to)} />
      <label htmlFor={`${id}-to`} className={styles.dateLabel}>{q.filters.to}</label>
      <input id={`${id}-to`} type="date" className={styles.dateInput} value={to ?? ''} min={from ?? undefined}
        onChange={(event) => onChange(from, event.target.value || null)} />
    </fieldset>
  );
}
