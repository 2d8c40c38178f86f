import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { createSearchIndex, loadSearchIndex, searchArticles, type SearchHit } from '../../../core/search/search-index.ts';
import type { LocalArticleEntry } from '../../../worker/protocol.ts';
import { searchIndexQueryOptions } from '../api/get-library-data.ts';

export interface LibrarySearch {
  /** Hits best match first, or null when there is no query. */
  hits: SearchHit[] | null;
  /** Whether the bundle's index is still loading (local articles are searchable at once). */
  loading: boolean;
  /** The bundle's index could not be loaded: only the browser's own articles are searched. */
  failed: boolean;
}

/** Searches the bundle's index and the browser's own articles together, best match first. */
export function useLibrarySearch(query: string, local: readonly LocalArticleEntry[]): LibrarySearch {
  const index = useQuery({ ...searchIndexQueryOptions(), enabled: query.trim() !== '' });
  const ms = useMemo(() => {
    const m = index.data ? loadSearchIndex(index.data) : createSearchIndex();
    for (const e of local) if (!m.has(e.search.id)) m.add(e.search);
    return m;
  }, [index.data, local]);
  return useMemo(() => {
    if (!query.trim()) return { hits: null, loading: false, failed: false };
    return { hits: searchArticles(ms, query), loading: index.isPending, failed: index.isError };
  }, [ms, query, index.isPending, index.isError]);
}
