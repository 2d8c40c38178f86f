import { useCallback, useSyncExternalStore } from 'react';
import { currentSearch, navigateToSearch, subscribeToUrl } from '../../../lib/url-state.ts';

/** One query-string parameter (`?actor=person:x`), read from the URL, with a setter that pushes history. */
export function useQueryParam(name: string): [string | null, (value: string | null) => void] {
  const value = useSyncExternalStore(
    subscribeToUrl,
    () => new URLSearchParams(currentSearch()).get(name),
    () => null,
  );
  const setValue = useCallback(
    (next: string | null) => {
      const params = new URLSearchParams(next === null ? '' : currentSearch());
      if (next === null) params.delete(name);
      else params.set(name, next);
      const search = params.toString();
      navigateToSearch(search ? `?${search}` : '');
    },
    [name],
  );
  return [value, setValue];
}

/** A relative href for one parameter alone (`?actor=person%3Ax`). */
export const paramHref = (name: string, value: string) => `?${new URLSearchParams({ [name]: value }).toString()}`;
