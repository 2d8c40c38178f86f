import { useQueries } from '@tanstack/react-query';
import { useId, useMemo, type MouseEvent } from 'react';
import { mergeActorIndexes, quotesByActor } from '../../../core/search/actor-index.ts';
import { plural, QUOTE_KIND_LABEL } from '../../../lib/annotations.ts';
import { formatDay } from '../../../lib/dates.ts';
import { hrefFor } from '../../../lib/url-state.ts';
import { anyArticleQueryOptions } from '../api/get-any-article.ts';
import { useActorIndex } from '../api/get-library-data.ts';
import { useLocalArticles } from '../../../lib/local-articles.ts';

export interface ActorAcrossViewProps {
  actorId: string;
  /** Opens an article at a quote; plain links without it. */
  onOpenQuote?: (articleId: string, quoteId: string) => void;
}

const plainClick = (e: MouseEvent) => e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;

/** Every quote by one actor in every article that mentions it, oldest article first. Articles load on demand (and stay cached). */
export function ActorAcrossView({ actorId, onOpenQuote }: ActorAcrossViewProps) {
  const headingId = useId();
  const index = useActorIndex();
  const local = useLocalArticles();
  const actor = useMemo(() => {
    const merged = mergeActorIndexes(index.data ?? { version: 1, actors: [] }, ...(local.data ?? []).map((e) => e.actors));
    return merged.actors.find((a) => a.id === actorId) ?? null;
  }, [index.data, local.data, actorId]);
  // Only the articles in which the actor is quoted need loading.
  const ids = useMemo(() => (actor?.articles ?? []).filter(([, n]) => n > 0).map(([id]) => id), [actor]);
  const docs = useQueries({ queries: ids.map((id) => anyArticleQueryOptions(id)) });
  const loaded = docs.flatMap((q) => (q.data ? [q.data] : []));
  const failed = docs.filter((q) => q.isError).length;
  const pending = docs.some((q) => q.isPending) || index.isPending || local.isPending;
  const quotes = quotesByActor(actorId, loaded);

  const name = actor?.name ?? actorId;
  return (
    <section aria-labelledby={headingId} className="mx-auto w-full max-w-[65ch]">
      <p className="text-sm text-muted">Actor across articles</p>
      <h1 id={headingId} className="font-serif text-3xl font-bold text-ink">
        Quotes by {name}
      </h1>
      {!actor && !pending ? (
        <p role="alert" className="mt-4">
          No article of the library mentions “{actorId}”.
        </p>
      ) : (
        <>
          <p role="status" className="mt-2 text-sm text-muted">
            {pending
              ? 'Loading the articles…'
              : `${plural(quotes.length, 'quote')} in ${plural(new Set(quotes.map((q) => q.articleId)).size, 'article')}, oldest first${
                  actor ? `; mentioned in ${plural(actor.articles.length, 'article')}` : ''
                }.`}
          </p>
          {failed > 0 && (
            <p role="alert" className="mt-2 text-sm">
              {plural(failed, 'article')} could not be loaded; their quotes are missing.
            </p>
          )}
          <ol className="mt-4 space-y-4">
            {quotes.map((q) => (
              <li key={`${q.articleId}/${q.quoteId}`} className="quote-card" data-kind={q.kind}>
                <blockquote className="font-serif">“{q.text}”</blockquote>
                <p className="mt-2 text-sm text-muted">
                  <span className="sr-only">{QUOTE_KIND_LABEL[q.kind]}, </span>
                  {q.published ? <time dateTime={q.published}>{formatDay(q.published)}</time> : 'Undated'}
                  {' · '}
                  <a
                    className="link"
                    href={hrefFor({ article: q.articleId, actors: [actorId], quote: q.quoteId })}
                    onClick={(e) => {
                      if (!onOpenQuote || !plainClick(e)) return;
                      e.preventDefault();
                      onOpenQuote(q.articleId, q.quoteId);
                    }}
                  >
                    {q.articleTitle}
                  </a>
                </p>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
