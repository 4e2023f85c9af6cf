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
 * ("Description", "Reply", "Internal note"; an internal note also with a lock). Nothing without highlights.
 */
export function HighlightPassages({ highlights, max = 2, label, className }: {
  highlights: readonly SearchHighlight[] | undefined;
  max?: number;
  label: string;
  className?: string;
}) {
  const passages = (highlights ?? [])
    .filter((highlight) => highlight.field !== 'SUBJECT' && highlight.field !== 'NUMBER')
    .flatMap((highlight) => highlight.fragments.map((fragment) => ({ field: highlight.field, fragment })))
    .slice(0, max);
  if (passages.length === 0) return null;
  return (
    <ul className={[styles.passages, className].filter(Boolean).join(' ')} aria-label={label}>
      {passages.map(({ field, fragment }, index) => (
        <li key={index} className={[styles.passage, field === 'NOTES' ? styles.notePassage : ''].join(' ')}>
          <span className={styles.where}>
            {field === 'NOTES' && <span aria-hidden="true">🔒 </span>}
            {strings.search.where(strings.search.field[field] ?? field)}
          </span>{' '}
          <span className={styles.fragment}><Highlight fragment={fragment} /></span>
        </li>
      ))}
    </ul>
  );
}
