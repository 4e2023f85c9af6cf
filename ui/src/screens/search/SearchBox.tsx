import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { strings } from '../../strings';
import styles from './Search.module.css';

/** Words shorter than this are not searched for (the API wants 2 to 200 characters). */
export const MIN_SEARCH = 2;
export const MAX_SEARCH = 200;
/** How long typing must pause before the search runs. */
export const SEARCH_DEBOUNCE_MS = 300;

/** A ticket number (`7`, `#7`): searched for at any length. */
const NUMBER = /^#?\d+$/;

/** Whether the API takes these words: 2 to 200 characters, or a ticket number of any length. */
export function isSearchable(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length <= MAX_SEARCH && (trimmed.length >= MIN_SEARCH || NUMBER.test(trimmed));
}

/** The search a box's text asks for: its words when the API takes them, else none. */
export function searchOf(text: string): string | null {
  const trimmed = text.trim();
  return isSearchable(trimmed) ? trimmed : null;
}

interface SearchBoxProps {
  /** The search in effect (from the URL): the box follows it when it changes elsewhere (back button, "clear all"). */
  value: string | null;
  /** Called ~300 ms after typing pauses (at once on Enter, Escape or the clear button) with the new search or null. */
  onSearch: (value: string | null) => void;
  label: string;
  placeholder: string;
  inputRef?: RefObject<HTMLInputElement | null>;
  className?: string;
}

/**
 * A search field: debounced, at least two characters or a ticket number (a hint says so while there is one other
 * character), Escape or the clear button empties it. The text typed is the box's own until it becomes a search, so a slow answer never overwrites typing.
 */
export function SearchBox({ value, onSearch, label, placeholder, inputRef, className }: SearchBoxProps) {
  const id = useId();
  const [draft, setDraft] = useState(value ?? '');
  const [seen, setSeen] = useState(value);
  // The search changed from outside (back button, a saved view, "clear all"): the box shows it.
  if (seen !== value) {
    setSeen(value);
    if (searchOf(draft) !== value) setDraft(value ?? '');
  }
  const latest = useRef({ onSearch, value });
  useEffect(() => {
    latest.current = { onSearch, value };
  });
  const own = useRef<HTMLInputElement | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  const apply = (text: string) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const next = searchOf(text);
    if (next !== latest.current.value) latest.current.onSearch(next);
  };
  const change = (text: string) => {
    setDraft(text);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => apply(text), SEARCH_DEBOUNCE_MS);
  };
  const clear = () => {
    setDraft('');
    apply('');
  };
  const tooShort = draft.trim().length > 0 && !isSearchable(draft);

  return (
    <div className={className}>
      <form role="search" className={styles.box} aria-label={label}
        onSubmit={(event) => {
          event.preventDefault();
          apply(draft);
        }}>
        <label htmlFor={id} className={styles.visuallyHidden}>{label}</label>
        <span className={styles.inputWrap}>
          <span aria-hidden="true" className={styles.icon}>⌕</span>
          <input id={id}
            ref={(element) => {
              own.current = element;
              if (inputRef) inputRef.current = element;
            }} type="search" className={styles.input} value={draft} placeholder={placeholder}
            maxLength={MAX_SEARCH} autoComplete="off" spellCheck={false}
            aria-describedby={tooShort ? `${id}-hint` : undefined}
            onChange={(event) => change(event.target.value)}
            onKeyDown={(event) => {
              if (event.key !== 'Escape') return;
              event.preventDefault();
              event.stopPropagation();
              if (draft) clear();
              else event.currentTarget.blur();
            }} />
          {draft && (
            <button type="button" className={styles.clear} aria-label={strings.search.clear} onClick={() => {
              clear();
              own.current?.focus();
            }}>
              <span aria-hidden="true">×</span>
            </button>
          )}
        </span>
        <span id={`${id}-hint`} className={styles.hint} aria-live="polite">{tooShort ? strings.search.tooShort(MIN_SEARCH) : ''}</span>
      </form>
    </div>
  );
}
