import { useCallback, useSyncExternalStore } from 'react';

/**
 * Screen state kept in the page's query string, so a view can be shared and survives reloads and sign-in. Works the
 * same inside a host's page (only our own parameters are touched), which is why the screens use no router.
 */
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());
if (typeof window !== 'undefined') window.addEventListener('popstate', notify);

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useUrlParams(): [URLSearchParams, (change: Record<string, string | string[] | null>, mode?: 'push' | 'replace') => void] {
  const search = useSyncExternalStore(subscribe, () => window.location.search, () => '');
  const set = useCallback((change: Record<string, string | string[] | null>, mode: 'push' | 'replace' = 'push') => {
    const params = new URLSearchParams(window.location.search);
    for (const [name, value] of Object.entries(change)) {
      params.delete(name);
      if (Array.isArray(value)) value.forEach((item) => params.append(name, item));
      else if (value !== null && value !== '') params.set(name, value);
    }
    const query = params.toString();
    const url = window.location.pathname + (query ? `?${query}` : '') + window.location.hash;
    if (mode === 'push') window.history.pushState(window.history.state, '', url);
    else window.history.replaceState(window.history.state, '', url);
    notify();
  }, []);
  return [new URLSearchParams(search), set];
}
