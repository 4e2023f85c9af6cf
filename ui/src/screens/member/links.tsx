import { useEffect, useRef, type MouseEvent, type ReactNode } from 'react';
import type { TicketStatus } from '../../gql/graphql';
import { statusTone, statusWords } from './status';
import styles from './Member.module.css';

/** The portal's own query-string parameters; anything else in the page's URL (a host's, `tenant`) is kept. */
export type PortalPlace = { request?: string | null; new?: string | null; show?: string | null; preferences?: string | null };

/** The address of a place in the portal, for real links (open in a new tab, copy, share). */
export function hrefOf(change: PortalPlace): string {
  const params = new URLSearchParams(typeof window === 'undefined' ? '' : window.location.search);
  for (const [name, value] of Object.entries(change)) {
    params.delete(name);
    if (value) params.set(name, value);
  }
  const query = params.toString();
  return query ? `?${query}` : (typeof window === 'undefined' ? '' : window.location.pathname);
}

/** A link inside the portal: a plain click changes the place without reloading; modified clicks stay the browser's. */
export function PortalLink({ to, onGo, className, children }: { to: PortalPlace; onGo: (to: PortalPlace) => void; className?: string; children: ReactNode }) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onGo(to);
  };
  return <a href={hrefOf(to)} onClick={onClick} className={className}>{children}</a>;
}

export function StatusBadge({ status }: { status: TicketStatus }) {
  return <span className={[styles.status, styles[statusTone(status)]].join(' ')}>{statusWords(status)}</span>;
}

/** The view's heading; it takes the focus when the member moved here (so a screen reader hears where they are). */
export function ViewTitle({ children, focus }: { children: ReactNode; focus: boolean }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return <h1 ref={ref} tabIndex={-1} className={styles.title}>{children}</h1>;
}
