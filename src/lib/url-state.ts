import { useCallback, useMemo, useSyncExternalStore } from 'react';

/** The state a reader would want to share: it lives in the query string, so every view has a deep link. */
export interface UrlState {
  article: string | null;
  actors: string[];
  quote: string | null;
  /** Show the library even when the bundle has a single article (`?library`). */
  library?: boolean;
}

const NAVIGATE_EVENT = 'gloss:navigate';

const safeDecode = (v: string) => {
  try {
    return decodeURIComponent(v);
  } catch {
    return v;
  }
};

const clean = (v: string | null) => (v && v.trim() ? v.trim() : null);

export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  // Split the raw value before decoding, so an id with an encoded comma (%2C) stays whole.
  const raw = /(?:^|[?&])actors=([^&]*)/.exec(search)?.[1] ?? '';
  const actors = raw
    .split(',')
    .map((a) => safeDecode(a.replace(/\+/g, ' ')).trim())
    .filter(Boolean);
  const state: UrlState = { article: clean(params.get('article')), actors: [...new Set(actors)], quote: clean(params.get('quote')) };
  if (params.has('library')) state.library = true;
  return state;
}

/** Percent-encodes a value, keeping ':' readable (ids like "person:ada-brandt"); ',' stays the list separator. */
const enc = (v: string) => encodeURIComponent(v).replace(/%3A/gi, ':');

/** `?article=ID&actors=a,b&quote=q3` (commas kept readable); '' when the state is empty. */
export function serializeUrlState(state: UrlState): string {
  const parts: string[] = [];
  if (state.library && !state.article) parts.push('library');
  if (state.article) parts.push(`article=${enc(state.article)}`);
  if (state.actors.length) parts.push(`actors=${state.actors.map(enc).join(',')}`);
  if (state.quote) parts.push(`quote=${enc(state.quote)}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

/** A relative href for a state: works from any sub-path of a static host. */
export function hrefFor(state: UrlState): string {
  return serializeUrlState(state) || window.location.pathname;
}

/** Subscribes to every change of the URL: the browser's history moves and the app's own navigation. */
export function subscribeToUrl(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

/**
 * History writes not yet made. `navigate` changes the app's URL state at once (the subscribers
 * re-render from it) but writes the address bar after the next frame: history.pushState costs
 * Chrome a millisecond or more of the main thread (and a fresh fetch of the page icon), which would
 * otherwise delay the frame that shows the change.
 */
let pending: { url: string; search: string; replace: boolean }[] = [];
interface ScheduledWrite {
  frame: number | null;
  timer: ReturnType<typeof setTimeout>;
}
/** The scheduled write: a frame callback and a timer, whichever comes first; both cancelled once it is done. */
let scheduled: ScheduledWrite | null = null;

/** The query string of the current state: the last navigated to, even before the address bar shows it. */
export const currentSearch = (): string => (pending.length ? pending[pending.length - 1]!.search : window.location.search);

/** Writes the pending history entries now, in order. */
export function flushUrlWrites(): void {
  if (scheduled) {
    if (scheduled.frame !== null) cancelAnimationFrame(scheduled.frame);
    clearTimeout(scheduled.timer);
    scheduled = null;
  }
  const writes = pending;
  pending = [];
  for (const w of writes) {
    if (w.replace) window.history.replaceState(null, '', w.url);
    else window.history.pushState(null, '', w.url);
  }
}

function scheduleFlush() {
  if (scheduled) return;
  // After the next frame (rAF runs before it is painted; a task queued from there runs after);
  // the timer also covers a hidden tab, where rAF does not run.
  const next: ScheduledWrite = { frame: null, timer: setTimeout(flushUrlWrites, 100) };
  if (typeof requestAnimationFrame === 'function') {
    next.frame = requestAnimationFrame(() => {
      next.frame = null;
      clearTimeout(next.timer);
      next.timer = setTimeout(flushUrlWrites, 0);
    });
  }
  scheduled = next;
}

if (typeof window !== 'undefined') {
  // A history move (Back) before the writes were made: the browser's entry wins, the pending writes are dropped.
  window.addEventListener('popstate', () => {
    pending = [];
  });
  window.addEventListener('pagehide', flushUrlWrites);
}

export function navigate(state: UrlState, options: { replace?: boolean } = {}): void {
  navigateToSearch(serializeUrlState(state), options);
}

/** Moves to a query string (`?a=b` or '') in this document and tells the URL's subscribers; the address bar follows after the next frame. */
export function navigateToSearch(search: string, options: { replace?: boolean } = {}): void {
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  // The query string as the browser will write it (normalized by the URL parser), so that it does not change when written.
  pending.push({ url, search: new URL(url, window.location.href).search, replace: Boolean(options.replace) });
  scheduleFlush();
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

/** parseUrlState, kept for the last query string (the URL's subscribers all read the same one). */
let parsed = { search: '', state: parseUrlState('') };
const stateOf = (search: string): UrlState => {
  if (parsed.search !== search) parsed = { search, state: parseUrlState(search) };
  return parsed.state;
};

const routeKey = () => {
  const { article, library } = stateOf(currentSearch());
  return `${library ? 1 : 0}${article ?? ''}`;
};

/**
 * The article and `?library` fields alone: a component that routes on them is not re-rendered when
 * only the selected actors or quote change.
 */
export function useUrlRoute(): { article: string | null; library: boolean } {
  const key = useSyncExternalStore(subscribeToUrl, routeKey, () => '0');
  return useMemo(() => ({ article: key.slice(1) || null, library: key.startsWith('1') }), [key]);
}

/** The URL state, derived from `location.search` (no copy in React state); `setUrlState` pushes a history entry. */
export function useUrlState(): [UrlState, (next: UrlState, options?: { replace?: boolean }) => void] {
  const search = useSyncExternalStore(subscribeToUrl, currentSearch, () => '');
  const state = useMemo(() => stateOf(search), [search]);
  const set = useCallback((next: UrlState, options?: { replace?: boolean }) => navigate(next, options), []);
  return [state, set];
}
