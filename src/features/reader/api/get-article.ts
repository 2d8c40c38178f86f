import { queryOptions, useQuery } from '@tanstack/react-query';
import { parseArticleDoc } from '../../../core/bundle/schema.ts';
import type { ArticleDoc } from '../../../core/types.ts';
import { dataUrl } from '../../../lib/data-url.ts';
import { fetchJson } from '../../../lib/fetch-json.ts';
import { getLocalArticle, isLocalArticleId } from '../../../lib/local-articles.ts';

export async function getArticle(id: string, signal?: AbortSignal): Promise<ArticleDoc> {
  // Articles added in this browser live in IndexedDB, not in the bundle.
  if (isLocalArticleId(id)) return getLocalArticle(id);
  const json = await fetchJson(dataUrl(`data/articles/${encodeURIComponent(id)}.json`), signal);
  return parseArticleDoc(json, `Article “${id}”`);
}

export const articleQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['articles', 'detail', id] as const,
    queryFn: ({ signal }) => getArticle(id, signal),
  });

export function useArticle(id: string) {
  return useQuery(articleQueryOptions(id));
}
