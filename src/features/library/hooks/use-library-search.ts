import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { SearchHit } from '../../../core/search/search-index.ts';
import type { LocalArticleEntry } from '../../../worker/protocol.ts';
import { searchIndexQueryOptions } from '../api/get-library-data.ts';

export interface LibrarySearch {
  /** Hits best match first, or null when there is no query. */
  hits: SearchHit[] | null;
  /** Whether the search engine or the bundle's index is still loading. */
  loading: boolean;
  /** The bundle's index could not be loaded: only the browser's own articles are searched. */
  failed: boolean;
}

/** The search engine (MiniSearch) loads with the first query, not with the library page. */
const loadEngine = () => import('../../../core/search/search-index.ts');

/** Searches the bundle's index and the browser's own articles together, best match first. */
export function useLibrarySearch(query: string, local: readonly LocalArticleEntry[]): LibrarySearch {
  const active = query.trim() !== '';
  const engine = useQuery({ queryKey: ['library', 'search-engine'] as const, queryFn: loadEngine, enabled: active, staleTime: Infinity });
  const index = useQuery({ ...searchIndexQueryOptions(), enabled: active });
  const ms = useMemo(() => {
    const mod = engine.data;
    if (!mod) return null;
    const m = index.data ? mod.loadSearchIndex(index.data) : mod.createSearchIndex();
    for (const e of local) if (!m.has(e.search.id)) m.add(e.search);
    return { m, search: mod.searchArticles };
  }, [engine.data, index.data, local]);
  return useMemo(() => {
    if (!active) return { hits: null, loading: false, failed: false };
    if (!ms) return { hits: null, loading: true, failed: engine.isError };
    return { hits: ms.search(ms.m, query), loading: index.isPending, failed: index.isError };
  }, [ms, query, active, index.isPending, index.isError, engine.isError]);
}
