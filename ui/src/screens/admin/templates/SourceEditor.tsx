import { useImperativeHandle, useLayoutEffect, useRef, useState, type Ref } from 'react';
import { strings } from '../../../strings';
import { lineRange } from './source';
import styles from './Templates.module.css';

export interface SourceEditorHandle {
  /** Puts the caret on line `line` (1 for the first), selects it and scrolls it into view. */
  focusLine: (line: number) => void;
  /** Inserts `text` where the caret was last (the end when it never was inside) and puts the caret after it. */
  insert: (text: string) => void;
}

interface SourceEditorProps {
  ref?: Ref<SourceEditorHandle>;
  id: string;
  value: string;
  onChange: (value: string) => void;
  onFocus?: () => void;
  /** The line a problem is on: marked in the gutter (a sign and a colour) and behind the text. */
  errorLine: number | null;
  describedBy?: string;
  invalid?: boolean;
}

/** Pixels: the text's line height and the padding above it, shared with the gutter (Templates.module.css). */
const LINE_HEIGHT = 20;
const PADDING = 8;

/**
 * A template's source in a textarea with line numbers beside it, lines never wrapped (so a number is a line): the API
 * names a problem's line, and this editor marks it and can put the caret there.
 */
export function SourceEditor({ ref, id, value, onChange, onFocus, errorLine, describedBy, invalid }: SourceEditorProps) {
  const textarea = useRef<HTMLTextAreaElement>(null);
  const gutter = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const pendingCaret = useRef<number | null>(null);
  const lines = value.split('\n').length;

  // After an insertion re-renders the text, the caret goes after what was inserted.
  useLayoutEffect(() => {
    const caret = pendingCaret.current;
    if (caret !== null && textarea.current) {
      pendingCaret.current = null;
      textarea.current.focus();
      textarea.current.setSelectionRange(caret, caret);
    }
  });

  const syncScroll = () => {
    const top = textarea.current?.scrollTop ?? 0;
    if (gutter.current) gutter.current.scrollTop = top;
    setScrollTop(top);
  };

  useImperativeHandle(ref, () => ({
    focusLine: (line) => {
      const element = textarea.current;
      if (!element) return;
      const { start, end } = lineRange(element.value, line);
      element.focus();
      element.setSelectionRange(start, end);
      element.scrollTop = Math.max(0, (line - 1) * LINE_HEIGHT - element.clientHeight / 3);
      syncScroll();
    },
    insert: (text) => {
      const element = textarea.current;
      const current = element?.value ?? value;
      const start = element ? element.selectionStart : current.length;
      const end = element ? element.selectionEnd : current.length;
      pendingCaret.current = start + text.length;
      onChange(current.slice(0, start) + text + current.slice(end));
    },
  }));

  // Both columns the same height, so the numbers stay beside their lines as the text scrolls.
  const height = Math.min(Math.max(lines + 1, 10), 22) * LINE_HEIGHT + 2 * PADDING;
  return (
    <div className={[styles.source, invalid ? styles.sourceInvalid : ''].join(' ')}>
      <div ref={gutter} className={styles.gutter} aria-hidden="true" title={strings.adminResponses.templates.lineNumbers}
        style={{ height }}>
        {Array.from({ length: lines }, (_, index) => index + 1).map((line) => (
          <div key={line} className={line === errorLine ? styles.gutterError : undefined}>
            {line === errorLine && <span className={styles.gutterSign}>!</span>}{line}
          </div>
        ))}
      </div>
      <div className={styles.sourceMain}>
        {errorLine !== null && errorLine <= lines && (
          <div className={styles.lineMark} aria-hidden="true" style={{ top: PADDING + (errorLine - 1) * LINE_HEIGHT - scrollTop }} />
        )}
        <textarea
          ref={textarea}
          id={id}
          className={styles.sourceText}
          value={value}
          style={{ height }}
          wrap="off"
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value)}
          onFocus={onFocus}
          onScroll={syncScroll}
        />
      </div>
    </div>
  );
}
