import { QueryClient } from '@tanstack/react-query';
import { configure, render, type RenderOptions } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import { AppProviders } from '../../app/providers.tsx';
import { flushUrlWrites } from '../url-state.ts';

// CI machines are shared and slow: give async queries more time than the 1 s default.
configure({ asyncUtilTimeout: 4000 });

export interface ProviderOptions extends Omit<RenderOptions, 'wrapper'> {
  /** The query string to start from, e.g. "?article=harbor&actors=a1". */
  url?: string;
  client?: QueryClient;
}

export function createTestQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity, gcTime: Infinity } } });
}

/** Renders inside the app's providers, at a given URL, with a user-event session. */
export function renderWithProviders(ui: ReactElement, { url = '', client = createTestQueryClient(), ...options }: ProviderOptions = {}) {
  flushUrlWrites(); // a previous test's last navigation, not yet written
  window.history.replaceState(null, '', `/${url}`);
  const user = userEvent.setup();
  const result = render(ui, { wrapper: ({ children }) => <AppProviders client={client}>{children}</AppProviders>, ...options });
  return { ...result, user, client };
}

type Route = unknown | (() => Response | Promise<Response>);

/** Serves the bundle from memory: a map of path ("data/index.json") to JSON or a Response factory. */
export function mockBundle(routes: Record<string, Route>) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const path = url.pathname.replace(/^\//, '');
    if (!(path in routes)) return new Response('Not found', { status: 404 });
    const route = routes[path];
    if (typeof route === 'function') return (route as () => Response | Promise<Response>)();
    return new Response(JSON.stringify(route), { status: 200, headers: { 'Content-Type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}
