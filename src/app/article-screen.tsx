import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { ErrorAlert } from '../components/error-alert.tsx';
import { LoadingStatus } from '../components/loading-status.tsx';
import type { ArticleDoc } from '../core/types.ts';
import { ActorsPanel } from '../features/actors/components/actors-panel.tsx';
import { ExportButtons } from '../features/export/components/export-buttons.tsx';
import { QuotesPanel } from '../features/quotes/components/quotes-panel.tsx';
import { useArticle } from '../features/reader/api/get-article.ts';
import { ArticleView } from '../features/reader/components/article-view.tsx';
import { TimelinePanel } from '../features/timeline/components/timeline-panel.tsx';
import { actorMap, eventsOf, plural, quotesOf } from '../lib/annotations.ts';
import { eventAnchorId, quoteAnchorId, revealElement } from '../lib/reveal.ts';
import { useAfterPaint } from '../lib/use-after-paint.ts';
import { useUrlState, type UrlState } from '../lib/url-state.ts';

export interface ArticleScreenProps {
  articleId: string;
  libraryHref: string | null;
}

export function ArticleScreen({ articleId, libraryHref }: ArticleScreenProps) {
  const query = useArticle(articleId);

  if (query.isPending) {
    return (
      <div className="layout">
        <main className="area-article">
          <div className="mx-auto w-full max-w-[65ch]">
            <LoadingStatus label="Loading the article…" lines={10} />
          </div>
        </main>
      </div>
    );
  }
  if (query.isError) {
    return (
      <div className="layout">
        <main className="area-article">
          <div className="mx-auto w-full max-w-[65ch]">
            <ErrorAlert title="The article could not be loaded." error={query.error} onRetry={() => void query.refetch()}>
              {libraryHref && (
                <a className="link" href={libraryHref}>
                  Back to all articles
                </a>
              )}
            </ErrorAlert>
          </div>
        </main>
      </div>
    );
  }
  return <LoadedArticle doc={query.data} articleId={articleId} />;
}

/** The reader of one article; it follows the actors and quote of the URL (the article field is this article's id). */
function LoadedArticle({ doc, articleId }: { doc: ArticleDoc; articleId: string }) {
  const [urlState, setUrl] = useUrlState();
  const url: UrlState = useMemo(() => ({ ...urlState, article: articleId }), [urlState, articleId]);
  const actors = useMemo(() => actorMap(doc), [doc]);
  // Ids in the URL that name no actor of this article are ignored.
  const selected = useMemo(() => new Set(url.actors.filter((id) => actors.has(id))), [url.actors, actors]);
  const [focusedEventId, setFocusedEventId] = useState<string | null>(null);

  // Handlers keep their identity across renders (they read the latest state from a ref), so the
  // memoized parts of the page (the article text, the list items) are not re-rendered for them.
  const latest = useRef({ url, selected });
  useLayoutEffect(() => {
    latest.current = { url, selected };
  });
  const toggleActor = useCallback(
    (id: string) => {
      const { url, selected } = latest.current;
      const next = selected.has(id) ? [...selected].filter((a) => a !== id) : [...selected, id];
      setUrl({ ...url, actors: next });
    },
    [setUrl],
  );
  const clearActors = () => setUrl({ ...url, actors: [] });
  const selectQuote = useCallback(
    (id: string) => {
      flushSync(() => setUrl({ ...latest.current.url, quote: id }));
      revealElement(document.getElementById(quoteAnchorId(id)));
    },
    [setUrl],
  );
  const focusEvent = useCallback((id: string) => {
    flushSync(() => setFocusedEventId(id));
    revealElement(document.getElementById(eventAnchorId(id)));
  }, []);

  // Escape clears the actor filter from anywhere on the page.
  const filtering = selected.size > 0;
  useEffect(() => {
    if (!filtering) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) setUrl({ ...url, actors: [] });
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [filtering, url, setUrl]);

  // A deep link to a quote scrolls to it once the article is shown.
  const initialQuote = useState(url.quote)[0];
  useEffect(() => {
    if (initialQuote) revealElement(document.getElementById(quoteAnchorId(initialQuote)), { focus: false });
  }, [initialQuote]);

  // The quote and timeline panels follow the selection one frame later: the frame after a click shows
  // the pressed actor, the dimmed text and the announcement, within the frame budget for an article
  // with a thousand quotes (`npm run bench`); the panels' new lists come in the next frame.
  const panelSelected = useAfterPaint(selected);
  const shownQuotes = useMemo(() => quotesOf(doc, selected), [doc, selected]);
  const panelQuotes = useMemo(() => quotesOf(doc, panelSelected), [doc, panelSelected]);
  const names = [...selected].map((id) => actors.get(id)?.name ?? id);
  const status = filtering
    ? `Showing ${plural(shownQuotes.length, 'quote')} and ${plural(
        eventsOf(doc, selected).filter((e) => e.kind !== 'publication').length,
        'event',
      )} for ${names.join(' or ')}.`
    : 'Showing all actors, quotes and events.';

  return (
    <>
      <title>{`${doc.title} · Gloss`}</title>
      <div className="filter-bar" data-active={filtering || undefined}>
        <p aria-live="polite" className={filtering ? 'text-sm text-ink' : 'sr-only'}>
          {status}
        </p>
        {filtering && (
          <button type="button" className="btn" onClick={clearActors} aria-keyshortcuts="Escape">
            Clear
          </button>
        )}
      </div>
      <div className="layout">
        <div className="area-actors">
          <ActorsPanel doc={doc} selectedActorIds={selected} onToggleActor={toggleActor} />
        </div>
        <main id="main" className="area-article" tabIndex={-1}>
          <ArticleView
            doc={doc}
            actors={actors}
            selectedActorIds={selected}
            selectedQuoteId={url.quote}
            focusedEventId={focusedEventId}
            onToggleActor={toggleActor}
            onSelectQuote={selectQuote}
          />
        </main>
        <div className="area-side">
          <ExportButtons doc={doc} quotes={panelQuotes} />
          <QuotesPanel doc={doc} actors={actors} selectedActorIds={panelSelected} selectedQuoteId={url.quote} onSelectQuote={selectQuote} />
          <TimelinePanel doc={doc} actors={actors} selectedActorIds={panelSelected} focusedEventId={focusedEventId} onFocusEvent={focusEvent} />
        </div>
      </div>
    </>
  );
}
