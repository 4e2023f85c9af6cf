import type { MouseEvent } from 'react';

/** The page's address with `change` applied to the query string (as `useUrlParams`' setter would write it). */
export function hrefWith(current: URLSearchParams, change: Record<string, string | string[] | null>): string {
  const params = new URLSearchParams(current);
  for (const [name, value] of Object.entries(change)) {
    params.delete(name);
    if (Array.isArray(value)) value.forEach((item) => params.append(name, item));
    else if (value !== null && value !== '') params.set(name, value);
  }
  const query = params.toString();
  return query ? `?${query}` : (typeof window === 'undefined' ? '?' : window.location.pathname);
}

/** A click the page handles itself (a modified or middle click opens the link in a new tab as usual). */
export function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}
