import { Fragment } from 'react';
import { parseHighlight } from './highlight';
import styles from './Search.module.css';

/** One highlight passage as text with its matched words in `<mark>` elements (never as HTML). */
export function Highlight({ fragment }: { fragment: string }) {
  return (
    <>
      {parseHighlight(fragment).map((segment, index) => (segment.marked
        ? <mark key={index} className={styles.mark}>{segment.text}</mark>
        : <Fragment key={index}>{segment.text}</Fragment>))}
    </>
  );
}
