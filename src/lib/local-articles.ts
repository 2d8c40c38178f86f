/**
 * Articles the user annotated in this browser: kept in IndexedDB until removed, never sent
 * anywhere. Two stores, so listing the library does not read every article body:
 * `gloss-library/entries` (summary, search terms, actors) and `gloss-articles/docs` (the documents).
 */
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createStore, del, get, set, values, type UseStore } from 'idb-keyval';
import type { ArticleDoc } from '../core/types.ts';
import { isLocalArticleId, type LocalArticleEntry } from '../worker/protocol.ts';

export { isLocalArticleId };

let stores: { entries: UseStore; docs: UseStore } | null = null;
const db = () => (stores ??= { entries: createStore('gloss-library', 'entries'), docs: createStore('gloss-articles', 'docs') });

/** For tests: forget the opened stores (after fake-indexeddb is reset). */
export function resetLocalStoresForTests(): void {
  stores = null;
}

export async function listLocalArticles(): Promise<LocalArticleEntry[]> {
  const all = await values<LocalArticleEntry>(db().entries);
  return all.sort((a, b) => (a.added < b.added ? 1 : a.added > b.added ? -1 : 0));
}

export async function getLocalArticle(id: string): Promise<ArticleDoc> {
  const doc = await get<ArticleDoc>(id, db().docs);
  if (!doc) throw new Error(`The article “${id}” is not in this browser any more (it was removed, or the browser's storage was cleared).`);
  return doc;
}

/** Stores the document first, so an entry never points at a missing document. */
export async function saveLocalArticle(doc: ArticleDoc, entry: LocalArticleEntry): Promise<void> {
  await set(doc.id, doc, db().docs);
  await set(doc.id, entry, db().entries);
}

export async function removeLocalArticle(id: string): Promise<void> {
  await del(id, db().entries);
  await del(id, db().docs);
}

export const localArticlesQueryOptions = () =>
  queryOptions({
    queryKey: ['local-articles', 'list'] as const,
    queryFn: listLocalArticles,
  });

export function useLocalArticles() {
  return useQuery(localArticlesQueryOptions());
}

export function useSaveLocalArticle() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ doc, entry }: { doc: ArticleDoc; entry: LocalArticleEntry }) => saveLocalArticle(doc, entry),
    onSuccess: (_r, { doc }) => {
      client.setQueryData(['articles', 'detail', doc.id], doc);
      return client.invalidateQueries({ queryKey: ['local-articles'] });
    },
  });
}

export function useRemoveLocalArticle() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => removeLocalArticle(id),
    onSuccess: (_r, id) => {
      client.removeQueries({ queryKey: ['articles', 'detail', id] });
      return client.invalidateQueries({ queryKey: ['local-articles'] });
    },
  });
}
