import { useCallback, useSyncExternalStore } from 'react';

export type Theme = 'light' | 'dark';

const KEY = 'gloss:theme';
const CHANGE_EVENT = 'gloss:theme';

function stored(): Theme | null {
  try {
    const v = window.localStorage.getItem(KEY);
    return v === 'light' || v === 'dark' ? v : null;
  } catch {
    return null;
  }
}

function systemTheme(): Theme {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** The remembered choice, else the system's. */
export function currentTheme(): Theme {
  return stored() ?? systemTheme();
}

export function applyTheme(theme: Theme = currentTheme()): void {
  document.documentElement.dataset.theme = theme;
  document.documentElement.style.colorScheme = theme;
}

function subscribe(onChange: () => void): () => void {
  const media = typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-color-scheme: dark)') : null;
  const onSystem = () => {
    applyTheme();
    onChange();
  };
  media?.addEventListener('change', onSystem);
  window.addEventListener(CHANGE_EVENT, onChange);
  window.addEventListener('storage', onSystem);
  return () => {
    media?.removeEventListener('change', onSystem);
    window.removeEventListener(CHANGE_EVENT, onChange);
    window.removeEventListener('storage', onSystem);
  };
}

export function useTheme(): [Theme, (t: Theme) => void] {
  const theme = useSyncExternalStore(subscribe, currentTheme, () => 'light' as Theme);
  const set = useCallback((t: Theme) => {
    try {
      window.localStorage.setItem(KEY, t);
    } catch {
      /* private mode: the choice lasts for this page only */
    }
    applyTheme(t);
    window.dispatchEvent(new Event(CHANGE_EVENT));
  }, []);
  return [theme, set];
}
