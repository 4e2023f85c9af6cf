import { cloneElement, useId, type ReactElement, type ReactNode } from 'react';
import styles from './primitives.module.css';

interface FieldProps {
  label: ReactNode;
  /** Plain words under the control; the control is described by it. */
  hint?: ReactNode;
  /** A validation message for this control (from `extensions.field`), shown next to it and announced. */
  error?: string | null;
  children: ReactElement<Record<string, unknown>>;
}

/** A labelled control with its hint and its error, wired for assistive technology. */
export function Field({ label, hint, error, children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>{label}</label>
      {cloneElement(children, {
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy,
        className: [styles.input, children.props.className].filter(Boolean).join(' '),
      })}
      {hint && <span id={hintId} className={styles.hint}>{hint}</span>}
      {error && <span id={errorId} className={styles.error} role="alert">{error}</span>}
    </div>
  );
}
