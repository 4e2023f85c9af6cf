import type { SearchField } from '../../gql/graphql';
import { strings } from '../../strings';
import { Highlight } from './Highlight';
import { highlightText } from './highlight';
import styles from './Search.module.css';

export interface SearchHighlight {
  field: SearchField;
  fragments: string[];
}

/** The subject with its matched words marked, when the API highlighted the whole of it (else the plain subject). */
export function MarkedSubject({ subject, highlights }: { subject: string; highlights: readonly SearchHighlight[] | undefined }) {
  const fragment = highlights?.find((highlight) => highlight.field === 'SUBJECT')?.fragments[0];
  if (fragment && highlightText(fragment) === subject) return <Highlight fragment={fragment} />;
  return <>{subject}</>;
}

/** True when the number matched (a search for `1042` or `#1042`). */
export function numberMatched(highlights: readonly SearchHighlight[] | undefined): boolean {
  return Boolean(highlights?.some((highlight) => highlight.field === 'NUMBER' && highlight.fragments.length > 0));
}

/**
 * Where a search matched beyond the subject and number: up to `max` passages, best first, each saying where it is
 * (staff: "Description", "Reply", "Internal note", a note also with a lock; `fieldLabel` for other words). Fields
 * without a label in `fieldLabel` are left out. `inline` renders spans (inside a link) instead of a list.
 */
export function HighlightPassages({ highlights, max = 2, label, className, fieldLabel = strings.search.field, inline = false }: {
  highlights: readonly SearchHighlight[] | undefined;
  max?: number;
  label: string;
  className?: string;
  fieldLabel?: Record<string, string>;
  inline?: boolean;
}) {
  const passages = (highlights ?? [])
    .filter((highlight) => highlight.field !== 'SUBJECT' && highlight.field !== 'NUMBER' && fieldLabel[highlight.field] !== undefined)
    .flatMap((highlight) => highlight.fragments.map((fragment) => ({ field: highlight.field, fragment })))
    .slice(0, max);
  if (passages.length === 0) return null;
  const List = inline ? 'span' : 'ul';
  const Item = inline ? 'span' : 'li';
  return (
    <List className={[styles.passages, className].filter(Boolean).join(' ')} aria-label={inline ? undefined : label}>
      {passages.map(({ field, fragment }, index) => (
        <Item key={index} className={[styles.passage, field === 'NOTES' ? styles.notePassage : ''].join(' ')}>
          <span className={styles.where}>
            {field === 'NOTES' && <span aria-hidden="true">🔒 </span>}
            {strings.search.where(fieldLabel[field] ?? field)}
          </span>{' '}
          <span className={styles.fragment}><Highlight fragment={fragment} /></span>
        </Item>
      ))}
    </List>
  );
}
