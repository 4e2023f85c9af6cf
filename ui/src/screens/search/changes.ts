import { useEffect, useRef } from 'react';

/**
 * Changes this page made that the live updates do not carry (tags: `ticketUpdated` sends status, priority, category,
 * assignee and message changes, not tags). The ticket view announces them; the queue reads its page again at once and
 * its search and counts a moment later, as for a live update.
 */
const changes = new EventTarget();

export function announceTicketChange(ticketId: string): void {
  changes.dispatchEvent(new CustomEvent<string>('ticket-changed', { detail: ticketId }));
}

/** Calls `onChange` with the ticket's id for every change announced on this page. */
export function useAnnouncedTicketChanges(onChange: (ticketId: string) => void): void {
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });
  useEffect(() => {
    const listener = (event: Event) => latest.current((event as CustomEvent<string>).detail);
    changes.addEventListener('ticket-changed', listener);
    return () => changes.removeEventListener('ticket-changed', listener);
  }, []);
}
