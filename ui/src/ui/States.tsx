import type { ReactNode } from 'react';
import { strings } from '../strings';
import { describeError } from '../platform/errors';
import { Button } from './Button';
import styles from './primitives.module.css';

export function LoadingState({ label = strings.common.loading }: { label?: string }) {
  return <div className={styles.state} role="status" aria-live="polite">{label}</div>;
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <div className={styles.state}>{children}</div>;
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <div className={styles.stateError} role="alert">
      <p>{describeError(error)}</p>
      {onRetry && <Button onClick={onRetry}>{strings.common.retry}</Button>}
    </div>
  );
}

/** A message above a form or list: errors are announced, information is polite. */
export function Banner({ kind = 'info', children }: { kind?: 'info' | 'error'; children: ReactNode }) {
  return (
    <div className={[styles.banner, kind === 'error' ? styles.bannerError : styles.bannerInfo].join(' ')} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}

export function Badge({ children, className }: { children: ReactNode; className?: string }) {
  return <span className={[styles.badge, className].filter(Boolean).join(' ')}>{children}</span>;
}
