import { useId, useState } from 'react';
import { execute } from '../../platform/api';
import { fieldError } from '../../platform/errors';
import { useSupportOptions } from '../../platform/options';
import { strings } from '../../strings';
import { Button } from '../../ui/Button';
import { announceTicketChange } from '../search/changes';
import { TicketAddTagsMutation, TicketRemoveTagsMutation } from './queries';
import type { Control, ControlError, TicketFields } from './useTicket';
import styles from './TicketTags.module.css';

const t = strings.ticket.tags;

/** A tag as the API stores it: lower case, runs of spaces one hyphen (`Late Payment` is `late-payment`). */
export function normalizeTag(tag: string): string {
  return tag.trim().toLowerCase().replace(/\s+/g, '-');
}

/** The tags typed in the box: separated by commas, trimmed, each once. */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  return text.split(',').map((tag) => tag.trim()).filter((tag) => {
    const key = normalizeTag(tag);
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

interface TicketTagsProps {
  ticket: TicketFields;
  change: (control: Control, optimistic: (ticket: TicketFields) => TicketFields, send: (version: number) => Promise<TicketFields>) => Promise<boolean>;
  pending: Control[];
  controlError: ControlError | null;
}

/**
 * The ticket's tags (staff only): chips, each with a button that removes it, and a box that adds them (Enter adds;
 * a comma separates several). Changes show at once and roll back with the reason next to the box; what was typed
 * stays until the tags are added.
 */
export function TicketTags({ ticket, change, pending, controlError }: TicketTagsProps) {
  const options = useSupportOptions();
  const [text, setText] = useState('');
  const inputId = useId();
  const closed = ticket.status === 'CLOSED';
  // An error is shown until the tags are changed again or the text is edited.
  const [dismissed, setDismissed] = useState<ControlError | null>(null);
  const error = controlError?.control === 'tags' && controlError !== dismissed
    ? fieldError(controlError.error, 'input.tags') ?? t.notChanged(controlError.message)
    : null;

  const add = async () => {
    const typed = parseTags(text);
    if (typed.length === 0) return;
    const kept = await change('tags',
      (current) => ({ ...current, tags: [...new Set([...current.tags, ...typed.map(normalizeTag)])].sort() }),
      () => execute(options, TicketAddTagsMutation, { input: { id: ticket.id, tags: typed } }).then((result) => result.addTicketTags));
    if (kept) {
      setText('');
      announceTicketChange(ticket.id);
    }
  };
  const remove = async (tag: string) => {
    const kept = await change('tags',
      (current) => ({ ...current, tags: current.tags.filter((item) => item !== tag) }),
      () => execute(options, TicketRemoveTagsMutation, { input: { id: ticket.id, tags: [tag] } }).then((result) => result.removeTicketTags));
    if (kept) announceTicketChange(ticket.id);
  };

  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  return (
    <div className={styles.tags}>
      <h3 className={styles.heading}>{t.heading}</h3>
      {ticket.tags.length === 0 ? (
        <p className={styles.none}>{t.none}</p>
      ) : (
        <ul className={styles.chips} aria-label={t.listLabel}>
          {ticket.tags.map((tag) => (
            <li key={tag} className={styles.chip}>
              <span className={styles.chipText}>{tag}</span>
              {!closed && (
                <button type="button" className={styles.remove} aria-label={t.remove(tag)} title={t.remove(tag)} onClick={() => void remove(tag)}>
                  <span aria-hidden="true">×</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!closed && (
        <form className={styles.add} onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}>
          <label htmlFor={inputId} className={styles.label}>{t.add}</label>
          <span className={styles.row}>
            <input id={inputId} className={styles.input} value={text} autoComplete="off" spellCheck={false}
              aria-invalid={error ? true : undefined} aria-describedby={[hintId, error ? errorId : null].filter(Boolean).join(' ')}
              onChange={(event) => {
                setText(event.target.value);
                if (controlError?.control === 'tags') setDismissed(controlError);
              }} />
            <Button type="submit" disabled={parseTags(text).length === 0}>{t.addButton}</Button>
          </span>
          <span id={hintId} className={styles.hint}>{pending.includes('tags') ? t.saving : t.hint}</span>
          {error && <span id={errorId} className={styles.error} role="alert">{error}</span>}
        </form>
      )}
    </div>
  );
}
