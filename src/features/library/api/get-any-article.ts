/**
 * An article by id, wherever it lives: the bundle (`data/articles/<id>.json`) or, for ids starting
 * with "local-", this browser's IndexedDB. Same query key as the reader's, so both share one cache.
 */
import { queryOptions } from '@tanstack/react-query';
import { parseArticleDoc } from '../../../core/bundle/schema.ts';
import type { ArticleDoc } from '../../../core/types.ts';
import { dataUrl } from '../../../lib/data-url.ts';
import { fetchJson } from '../../../lib/fetch-json.ts';
import { isLocalArticleId } from '../../../worker/protocol.ts';
import { getLocalArticle } from '../../../lib/local-articles.ts';

export async function getAnyArticle(id: string, signal?: AbortSignal): Promise<ArticleDoc> {
  if (isLocalArticleId(id)) return getLocalArticle(id);
  return parseArticleDoc(await fetchJson(dataUrl(`data/articles/${encodeURIComponent(id)}.json`), signal), `Article “${id}”`);
}

export const anyArticleQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['articles', 'detail', id] as const,
    queryFn: ({ signal }) => getAnyArticle(id, signal),
  });
