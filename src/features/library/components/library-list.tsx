import { useDeferredValue, useId, useMemo, useState, type MouseEvent, type ReactNode } from 'react';
import { mergeActorIndexes, type ActorAcross } from '../../../core/search/actor-index.ts';
import type { SearchHit } from '../../../core/search/search-index.ts';
import { processTerm, tokenize } from '../../../core/search/terms.ts';
import type { ArticleSummary } from '../../../core/types.ts';
import { plural } from '../../../lib/annotations.ts';
import { formatDay } from '../../../lib/dates.ts';
import { hrefFor } from '../../../lib/url-state.ts';
import type { LocalArticleEntry } from '../../../worker/protocol.ts';
import { useActorIndex } from '../api/get-library-data.ts';
import { useLocalArticles, useRemoveLocalArticle } from '../../../lib/local-articles.ts';
import { useLibrarySearch } from '../hooks/use-library-search.ts';
import { paramHref } from '../hooks/use-query-param.ts';
import { Highlighted } from './highlighted.tsx';
import { VirtualList } from './virtual-list.tsx';

export interface LibraryListProps {
  /** The bundle's articles (data/index.json). */
  articles: ArticleSummary[];
  onOpen: (id: string) => void;
  /** Opens the view of one actor's quotes across articles (`?actor=ID`); plain links without it. */
  onOpenActor?: (id: string) => void;
  /** The "Add article" control, placed in the library's toolbar. */
  addArticle?: ReactNode;
}

type Sort = 'relevance' | 'newest' | 'oldest';

interface Row {
  summary: ArticleSummary;
  local: boolean;
  hit: SearchHit | null;
}

/** Height of one row of the list; rows clamp their title to two lines to fit it. */
export const ROW_HEIGHT = 112;

const plainClick = (e: MouseEvent) => e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;

/** Newest first; undated articles last. */
function byDate(a: Row, b: Row): number {
  const x = a.summary.published;
  const y = b.summary.published;
  if (x === y) return a.summary.title.localeCompare(b.summary.title);
  if (x === null) return 1;
  if (y === null) return -1;
  return x < y ? 1 : -1;
}

/** The library: every article (the bundle's and the browser's own), searchable and sortable by date. */
export function LibraryList({ articles, onOpen, onOpenActor, addArticle }: LibraryListProps) {
  const headingId = useId();
  const [query, setQuery] = useState('');
  const [sortChoice, setSortChoice] = useState<Sort | null>(null);
  const deferredQuery = useDeferredValue(query);
  const localQuery = useLocalArticles();
  const local = useMemo(() => localQuery.data ?? [], [localQuery.data]);
  const search = useLibrarySearch(deferredQuery, local);
  const remove = useRemoveLocalArticle();
  const actorIndex = useActorIndex();

  const actors = useMemo(
    () => mergeActorIndexes(actorIndex.data ?? { version: 1, actors: [] }, ...local.map((e) => e.actors)),
    [actorIndex.data, local],
  );
  const actorsByArticle = useMemo(() => {
    const m = new Map<string, ActorAcross[]>();
    for (const a of actors.actors) for (const [id] of a.articles) m.set(id, [...(m.get(id) ?? []), a]);
    return m;
  }, [actors]);

  const searching = search.hits !== null;
  const sort: Sort = sortChoice === 'relevance' && !searching ? 'newest' : (sortChoice ?? (searching ? 'relevance' : 'newest'));

  const rows = useMemo(() => {
    const all: Row[] = [
      ...local.map((e: LocalArticleEntry) => ({ summary: e.summary, local: true, hit: null })),
      ...articles.map((summary) => ({ summary, local: false, hit: null })),
    ];
    let out: Row[];
    if (search.hits) {
      const byId = new Map(all.map((r) => [r.summary.id, r]));
      out = search.hits.flatMap((hit) => {
        const row = byId.get(hit.id);
        return row ? [{ ...row, hit }] : [];
      });
    } else out = all;
    if (sort === 'newest') out = [...out].sort(byDate);
    else if (sort === 'oldest') out = [...out].sort((a, b) => (a.summary.published === null || b.summary.published === null ? byDate(a, b) : -byDate(a, b)));
    return out;
  }, [articles, local, search.hits, sort]);

  const widespread = useMemo(() => actors.actors.filter((a) => a.articles.length > 1 && a.type !== 'place').slice(0, 12), [actors]);
  const total = articles.length + local.length;

  const renderRow = ({ summary: a, local: isLocal, hit }: Row) => {
    const terms = hit?.terms ?? [];
    const matchedActors = hit?.fields.actors
      ? (actorsByArticle.get(a.id) ?? []).filter((x) => tokenize(x.name).some((w) => hit.fields.actors!.includes(processTerm(w) ?? '')))
      : [];
    const textTerms = hit?.fields.text ?? [];
    return (
      <article className="flex h-full flex-col justify-center gap-1 border-b border-line py-2">
        <h2 className="line-clamp-2 font-serif text-lg leading-snug font-semibold">
          <a
            href={hrefFor({ article: a.id, actors: [], quote: null })}
            className="link"
            onClick={(e) => {
              if (!plainClick(e)) return;
              e.preventDefault();
              onOpen(a.id);
            }}
          >
            <Highlighted text={a.title} terms={terms} />
          </a>
        </h2>
        <p className="truncate text-sm text-muted">
          {[
            a.published ? formatDay(a.published) : 'Undated',
            a.source,
            plural(a.counts.quotes, 'quote'),
            plural(a.counts.actors, 'actor'),
          ]
            .filter(Boolean)
            .join(' · ')}
          {isLocal && <span className="ml-2 rounded bg-accent-soft px-1.5 py-0.5 text-xs text-ink">Added in this browser</span>}
        </p>
        {(matchedActors.length > 0 || textTerms.length > 0) && (
          <p className="truncate text-sm text-muted">
            {matchedActors.length > 0 && (
              <span>
                Actors:{' '}
                {matchedActors.map((x, i) => (
                  <span key={x.id}>
                    {i > 0 && ', '}
                    <Highlighted text={x.name} terms={terms} />
                  </span>
                ))}
              </span>
            )}
            {matchedActors.length > 0 && textTerms.length > 0 && ' · '}
            {textTerms.length > 0 && (
              <span>
                In the text:{' '}
                {textTerms.map((t, i) => (
                  <span key={t}>
                    {i > 0 && ', '}
                    <mark className="rounded-sm bg-accent-soft px-0.5 text-ink">{t}</mark>
                  </span>
                ))}
              </span>
            )}
          </p>
        )}
        {isLocal && (
          <div>
            <button
              type="button"
              className="btn btn-quiet px-1 py-0 text-xs"
              aria-label={`Remove “${a.title}” from this browser`}
              disabled={remove.isPending}
              onClick={() => remove.mutate(a.id)}
            >
              Remove
            </button>
          </div>
        )}
      </article>
    );
  };

  return (
    <section aria-labelledby={headingId} className="mx-auto w-full max-w-[65ch]">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 id={headingId} className="font-serif text-3xl font-bold text-ink">
          Library
        </h1>
        {addArticle}
      </div>
      <div className="mt-4 flex flex-wrap items-end gap-3">
        <div role="search" className="min-w-0 flex-1">
          <label className="flex flex-col gap-1 text-sm text-muted">
            Search articles
            <input
              type="search"
              className="input w-full"
              value={query}
              placeholder="Words of the title, text or actor names"
              onChange={(e) => setQuery(e.target.value)}
            />
          </label>
        </div>
        <label className="flex flex-col gap-1 text-sm text-muted">
          Sort
          <select className="input" value={sort} onChange={(e) => setSortChoice(e.target.value as Sort)}>
            {searching && <option value="relevance">Best match</option>}
            <option value="newest">Newest first</option>
            <option value="oldest">Oldest first</option>
          </select>
        </label>
      </div>
      <p role="status" className="mt-2 text-sm text-muted">
        {searching
          ? search.loading
            ? 'Searching…'
            : `${plural(rows.length, 'article')} ${rows.length === 1 ? 'matches' : 'match'} “${deferredQuery.trim()}”${search.failed ? ' (the search index could not be loaded: only articles added in this browser were searched)' : ''}.`
          : `${plural(total, 'article')}.`}
      </p>
      {total === 0 ? (
        <p className="mt-4 text-muted">The library is empty: no article was built. Add one of your own.</p>
      ) : (
        <VirtualList items={rows} itemKey={(r) => r.summary.id} renderItem={renderRow} rowHeight={ROW_HEIGHT} className="mt-2" />
      )}
      {widespread.length > 0 && !searching && (
        <section aria-labelledby={`${headingId}-actors`} className="mt-8">
          <h2 id={`${headingId}-actors`} className="font-serif text-xl font-bold text-ink">
            Actors across articles
          </h2>
          <ul className="mt-2 flex flex-wrap gap-2">
            {widespread.map((a) => (
              <li key={a.id}>
                <a
                  href={paramHref('actor', a.id)}
                  className="btn"
                  onClick={(e) => {
                    if (!onOpenActor || !plainClick(e)) return;
                    e.preventDefault();
                    onOpenActor(a.id);
                  }}
                >
                  {a.name}
                  <span className="text-xs text-muted">
                    {plural(a.articles.length, 'article')}, {plural(a.quotes, 'quote')}
                  </span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
