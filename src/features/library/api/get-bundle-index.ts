import { queryOptions, useQuery } from '@tanstack/react-query';
import { parseBundleIndex } from '../../../core/bundle/schema.ts';
import type { BundleIndex } from '../../../core/types.ts';
import { dataUrl } from '../../../lib/data-url.ts';
import { fetchJson } from '../../../lib/fetch-json.ts';

export async function getBundleIndex(signal?: AbortSignal): Promise<BundleIndex> {
  return parseBundleIndex(await fetchJson(dataUrl('data/index.json'), signal), 'The article index');
}

export const bundleIndexQueryOptions = () =>
  queryOptions({
    queryKey: ['articles', 'index'] as const,
    queryFn: ({ signal }) => getBundleIndex(signal),
  });

export function useBundleIndex() {
  return useQuery(bundleIndexQueryOptions());
}
