/** The bundle's search index (`data/search.json`) and actors across articles (`data/actors.json`). */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { parseActorIndex, type ActorIndex } from '../../../core/search/actor-index.ts';
import { dataUrl } from '../../../lib/data-url.ts';
import { fetchJson } from '../../../lib/fetch-json.ts';

export async function getSearchIndexJson(signal?: AbortSignal): Promise<string> {
  const res = await fetch(dataUrl('data/search.json'), { signal });
  if (!res.ok) throw new Error(`The search index could not be loaded (HTTP ${res.status})`);
  return res.text();
}

export const searchIndexQueryOptions = () =>
  queryOptions({
    queryKey: ['library', 'search-index'] as const,
    queryFn: ({ signal }) => getSearchIndexJson(signal),
  });

export const actorIndexQueryOptions = () =>
  queryOptions({
    queryKey: ['library', 'actors'] as const,
    queryFn: async ({ signal }): Promise<ActorIndex> => parseActorIndex(await fetchJson(dataUrl('data/actors.json'), signal)),
  });

export function useActorIndex() {
  return useQuery(actorIndexQueryOptions());
}
