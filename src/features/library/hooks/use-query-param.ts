import { useCallback, useSyncExternalStore } from 'react';

/** The app's own navigation event (see lib/url-state.ts), besides the browser's popstate. */
const NAVIGATE_EVENT = 'gloss:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

/** One query-string parameter (`?actor=person:x`), read from the URL, with a setter that pushes history. */
export function useQueryParam(name: string): [string | null, (value: string | null) => void] {
  const value = useSyncExternalStore(
    subscribe,
    () => new URLSearchParams(window.location.search).get(name),
    () => null,
  );
  const setValue = useCallback(
    (next: string | null) => {
      const params = new URLSearchParams(next === null ? '' : window.location.search);
      if (next === null) params.delete(name);
      else params.set(name, next);
      const search = params.toString();
      window.history.pushState(null, '', `${window.location.pathname}${search ? `?${search}` : ''}`);
      window.dispatchEvent(new Event(NAVIGATE_EVENT));
    },
    [name],
  );
  return [value, setValue];
}

/** A relative href for one parameter alone (`?actor=person%3Ax`). */
export const paramHref = (name: string, value: string) => `?${new URLSearchParams({ [name]: value }).toString()}`;
