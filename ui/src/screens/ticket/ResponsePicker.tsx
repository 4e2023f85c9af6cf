import { useId, useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import { strings } from '../../strings';
import type { TicketComposerResponsesQuery } from '../../gql/graphql';
import { Dialog } from '../../ui/Dialog';
import { Badge, ErrorState, LoadingState } from '../../ui/States';
import styles from './TicketView.module.css';

export type CannedResponse = TicketComposerResponsesQuery['cannedResponses'][number];
export type ReplyTemplate = TicketComposerResponsesQuery['responseTemplates'][number];
export type Pick = { kind: 'canned' | 'template'; id: string };

const s = strings.ticket.responses;

/** The text of rich text, for searching bodies. */
export function plainText(html: string): string {
  return html.replace(/<[^>]*>/g, ' ').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/\s+/g, ' ').trim();
}

/** Canned responses that suit a ticket of `categoryId`: those scoped to it and those scoped to none. */
export function suiting(responses: CannedResponse[], categoryId: string): CannedResponse[] {
  return responses.filter((response) => response.categories.length === 0 || response.categories.some((category) => category.id === categoryId));
}

interface ResponsePickerProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  canned: CannedResponse[];
  templates: ReplyTemplate[];
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  onPick: (pick: Pick) => void;
}

/**
 * Canned responses (those suiting the ticket's category) and reply templates, searched as you type: a combobox
 * whose list the arrow keys walk, Enter picks, Escape closes.
 */
export function ResponsePicker({ open, onOpenChange, canned, templates, loading, error, onRetry, onPick }: ResponsePickerProps) {
  const [search, setSearch] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const optionId = (index: number) => `${listId}-option-${index}`;

  const results = useMemo(() => {
    const term = search.trim().toLowerCase();
    const matches = (...texts: (string | null)[]) => !term || texts.some((text) => text?.toLowerCase().includes(term));
    const cannedHits = canned.filter((response) => matches(response.title, response.shortcut, plainText(response.body)));
    // A response whose shortcut is exactly the search comes first, as the API orders it.
    cannedHits.sort((a, b) => Number(b.shortcut === term) - Number(a.shortcut === term));
    const templateHits = templates.filter((template) => matches(template.name, plainText(template.body)));
    return { canned: cannedHits, templates: templateHits };
  }, [canned, templates, search]);
  const flat: Pick[] = [
    ...results.canned.map((response) => ({ kind: 'canned' as const, id: response.id })),
    ...results.templates.map((template) => ({ kind: 'template' as const, id: template.id })),
  ];
  const current = Math.min(active, Math.max(flat.length - 1, 0));

  const choose = (pick: Pick | undefined) => {
    if (!pick) return;
    onPick(pick);
    setSearch('');
    setActive(0);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive(Math.min(current + 1, flat.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive(Math.max(current - 1, 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(flat[current]);
    }
  };

  const option = (position: number, pick: Pick, label: ReactNode, detail: ReactNode) => {
    return (
      <div
        key={`${pick.kind}-${pick.id}`}
        id={optionId(position)}
        role="option"
        aria-selected={position === current}
        className={[styles.option, position === current ? styles.optionActive : ''].join(' ')}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => choose(pick)}
        onMouseEnter={() => setActive(position)}
      >
        <span className={styles.optionTitle}>{label}</span>
        <span className={styles.optionDetail}>{detail}</span>
      </div>
    );
  };

  return (
    <Dialog open={open} onOpenChange={(next) => { onOpenChange(next); if (!next) { setSearch(''); setActive(0); } }} title={s.dialogTitle} description={s.dialogDescription}>
      <label className={styles.pickerLabel}>
        {s.search}
        <input
          className={styles.pickerSearch}
          type="search"
          role="combobox"
          aria-expanded="true"
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={flat.length > 0 ? optionId(current) : undefined}
          value={search}
          onChange={(event) => { setSearch(event.target.value); setActive(0); }}
          onKeyDown={onKeyDown}
          autoFocus
        />
      </label>
      {loading ? (
        <LoadingState label={s.loading} />
      ) : error ? (
        <ErrorState error={error} onRetry={onRetry} />
      ) : (
        <>
          <div id={listId} role="listbox" aria-label={s.dialogTitle} className={styles.pickerList}>
            {results.canned.length > 0 && (
              <div role="group" aria-labelledby={`${listId}-canned`}>
                <div id={`${listId}-canned`} className={styles.pickerGroup}>{s.canned}</div>
                {results.canned.map((response, index) =>
                  option(
                    index,
                    { kind: 'canned', id: response.id },
                    <>
                      {response.title} {response.shortcut && <code className={styles.shortcut}>/{response.shortcut}</code>}
                    </>,
                    <>
                      <Badge>{response.shared ? s.shared : s.personal}</Badge> {plainText(response.body).slice(0, 140)}
                    </>,
                  ),
                )}
              </div>
            )}
            {results.templates.length > 0 && (
              <div role="group" aria-labelledby={`${listId}-templates`}>
                <div id={`${listId}-templates`} className={styles.pickerGroup}>{s.templates}</div>
                {results.templates.map((template, index) =>
                  option(results.canned.length + index, { kind: 'template', id: template.id }, template.name, plainText(template.body).slice(0, 140)),
                )}
              </div>
            )}
          </div>
          {flat.length === 0 && <p className={styles.muted} role="status">{s.none}</p>}
        </>
      )}
    </Dialog>
  );
}
