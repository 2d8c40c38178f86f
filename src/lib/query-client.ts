import { QueryClient } from '@tanstack/react-query';
import { HttpError } from './fetch-json.ts';

/** A failed request may be transient; a missing file or a schema error will not fix itself. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof HttpError && error.status >= 400 && error.status < 500) return false;
  if (error instanceof Error && error.name === 'BundleSchemaError') return false;
  return failureCount < 1;
}

/** Query defaults in one place. The bundle is static: it never goes stale. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        gcTime: 30 * 60_000,
        retry: shouldRetry,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
      },
    },
  });
}
