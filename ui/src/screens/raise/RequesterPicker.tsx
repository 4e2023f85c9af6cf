import { useEffect, useId, useRef, useState } from 'react';
import { useApiQuery } from '../../platform/hooks';
import { describeError } from '../../platform/errors';
import { strings } from '../../strings';
import { Button } from '../../ui/Button';
import primitives from '../../ui/primitives.module.css';
import { RaiseFindRequestersQuery } from './queries';
import styles from './RaiseTicket.module.css';

export interface PickedRequester {
  id: string;
  type: 'MEMBER' | 'SPONSOR';
  name: string;
  email: string | null;
}

const r = strings.raise.requester;
const MIN = 2;

/** `value` once it has stopped changing for `delay` ms. */
function useDebounced(value: string, delay: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

/**
 * Finding the person a ticket is for (`findRequesters`: the association's members and sponsor users in Keycloak) as a
 * combobox: type 2 characters or more, the list follows (debounced), its size is announced, arrow keys and Enter pick.
 */
export function RequesterPicker({ value, onChange, error }: { value: PickedRequester | null; onChange: (value: PickedRequester | null) => void; error?: string | null }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const search = useDebounced(text.trim(), 250);
  const enabled = search.length >= MIN;
  const query = useApiQuery('raise-requesters', RaiseFindRequestersQuery, { search, first: 10 }, { enabled, staleTime: 30_000 });
  const results = enabled && text.trim() === search ? query.data?.findRequesters ?? [] : [];
  const listId = `${id}-list`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const statusId = `${id}-status`;
  const expanded = open && results.length > 0;

  const pick = (person: PickedRequester) => {
    onChange({ id: person.id, type: person.type, name: person.name, email: person.email ?? null });
    setText('');
    setOpen(false);
    setActive(-1);
  };

  let status = '';
  if (text.trim().length > 0 && text.trim().length < MIN) status = r.tooShort;
  else if (text.trim().length >= MIN && (text.trim() !== search || query.isFetching)) status = r.searching;
  else if (enabled && query.isError) status = describeError(query.error);
  else if (enabled && query.isSuccess) status = results.length ? r.found(results.length) : r.none(search);

  if (value) {
    return (
      <div className={primitives.field}>
        <span className={primitives.label} id={`${id}-label`}>{r.selected}</span>
        <div className={styles.picked} role="group" aria-labelledby={`${id}-label`}>
          <span className={styles.pickedName}>{value.name}</span>
          <span className={styles.pickedEmail}>{value.email ?? r.noEmail}</span>
          <span className={styles.typeBadge}>{value.type === 'SPONSOR' && <span aria-hidden="true">★ </span>}{strings.raise.type[value.type]}</span>
          <Button variant="ghost" onClick={() => { onChange(null); setTimeout(() => input.current?.focus(), 0); }} aria-label={r.changeLabel(value.name)}>
            {r.change}
          </Button>
        </div>
        {error && <span id={errorId} className={primitives.error} role="alert">{error}</span>}
      </div>
    );
  }

  return (
    <div className={primitives.field}>
      <label htmlFor={id} className={primitives.label}>{r.label}</label>
      <div className={styles.combo}>
        <input ref={input} id={id} className={primitives.input} type="text" role="combobox" autoComplete="off" spellCheck={false}
          aria-autocomplete="list" aria-expanded={expanded} aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? `${id}-option-${active}` : undefined}
          aria-describedby={[hintId, statusId, error ? errorId : null].filter(Boolean).join(' ')} aria-invalid={error ? true : undefined}
          value={text}
          onChange={(event) => { setText(event.target.value); setOpen(true); setActive(-1); }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown') {
              event.preventDefault();
              setOpen(true);
              setActive((current) => Math.min(results.length - 1, current + 1));
            } else if (event.key === 'ArrowUp') {
              event.preventDefault();
              setActive((current) => Math.max(0, current - 1));
            } else if (event.key === 'Enter') {
              const person = expanded ? results[active >= 0 ? active : 0] : undefined;
              if (person) {
                event.preventDefault();
                pick(person);
              } else if (text.trim()) {
                event.preventDefault(); // Enter in the look-up never sends the form half-filled.
              }
            } else if (event.key === 'Escape') {
              if (expanded) {
                event.preventDefault();
                setOpen(false);
              } else if (text) {
                event.preventDefault();
                setText('');
              }
            }
          }} />
        <ul id={listId} role="listbox" aria-label={r.listLabel} className={styles.listbox} hidden={!expanded}>
          {results.map((person, index) => (
            <li key={person.id} id={`${id}-option-${index}`} role="option" aria-selected={index === active}
              className={[styles.option, index === active ? styles.optionActive : ''].join(' ')}
              onMouseDown={(event) => event.preventDefault()}
              onMouseEnter={() => setActive(index)}
              onClick={() => pick(person)}>
              <span className={styles.optionName}>{person.name}</span>
              <span className={styles.optionEmail}>{person.email ?? r.noEmail}</span>
              <span className={styles.typeBadge}>{person.type === 'SPONSOR' && <span aria-hidden="true">★ </span>}{strings.raise.type[person.type]}</span>
            </li>
          ))}
        </ul>
      </div>
      <span id={hintId} className={primitives.hint}>{r.hint}</span>
      <span id={statusId} role="status" className={styles.lookupStatus}>{status}</span>
      {error && <span id={errorId} className={primitives.error} role="alert">{error}</span>}
    </div>
  );
}
