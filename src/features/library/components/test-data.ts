/** Bundle files for the library's tests, made from the hand-written fixture articles. */
import { buildActorIndex } from '../../../core/search/actor-index.ts';
import { buildSearchIndex, toSearchDoc } from '../../../core/search/search-index.ts';
import { fixtureBundle } from '../../../core/search/fixtures.ts';
import type { ArticleDoc, ArticleSummary, BundleIndex } from '../../../core/types.ts';
import type { LocalArticleEntry } from '../../../worker/protocol.ts';

export const summaryOf = (d: ArticleDoc): ArticleSummary => ({
  id: d.id,
  title: d.title,
  published: d.published,
  source: d.dateline?.sources.join(' / ') ?? null,
  counts: { actors: d.actors.length, quotes: d.quotes.length, events: d.events.length, words: d.text.split(/\s+/).length },
});

export function bundleRoutes(docs: ArticleDoc[] = fixtureBundle()) {
  const index: BundleIndex = { version: 1, generated: '2021-06-01T00:00:00Z', articles: docs.map(summaryOf) };
  return {
    'data/index.json': index,
    'data/search.json': () => new Response(buildSearchIndex(docs), { status: 200 }),
    'data/actors.json': buildActorIndex(docs),
    ...Object.fromEntries(docs.map((d) => [`data/articles/${d.id}.json`, d])),
  };
}

export const localEntry = (doc: ArticleDoc, added = '2021-06-02T10:00:00Z'): LocalArticleEntry => ({
  summary: summaryOf(doc),
  search: toSearchDoc(doc, Infinity),
  actors: buildActorIndex([doc]),
  added,
});
