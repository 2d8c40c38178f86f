import { memo, useEffect, useMemo, useRef, useState } from 'react';
import type { Actor, ArticleDoc, Quote } from '../../../core/types.ts';
import { QUOTE_KIND_LABEL, quotesOf, quoteText, speakerName } from '../../../lib/annotations.ts';

export interface QuotesPanelProps {
  doc: ArticleDoc;
  actors: ReadonlyMap<string, Actor>;
  selectedActorIds: ReadonlySet<string>;
  selectedQuoteId: string | null;
  onSelectQuote: (id: string) => void;
}

/** Lists up to this long are rendered whole. */
const RENDER_ALL_UP_TO = 20;
/** Longer lists render this many items at first (about a screenful: a filter change then costs a frame, not several)… */
const FIRST_PAGE = 12;
/** …and this many more each time the end comes near. */
const PAGE = 30;

/**
 * The article's quotes (only the selected actors' when a filter is on); a click shows one in the text.
 *
 * A long list (an article with hundreds of quotes) is rendered in pages: the first items, then more
 * as the end of the list scrolls near (or on "Show more"). Each item carries its position and the
 * total (aria-posinset/aria-setsize). A filter change thus renders a page of items, not hundreds.
 * Items are keyed by position, so a filter change updates the cards already in the page (their
 * text and attributes) instead of removing them and creating new ones.
 */
export function QuotesPanel({ doc, actors, selectedActorIds, selectedQuoteId, onSelectQuote }: QuotesPanelProps) {
  const filtering = selectedActorIds.size > 0;
  const quotes = useMemo(() => quotesOf(doc, selectedActorIds), [doc, selectedActorIds]);
  const selectedNames = [...selectedActorIds].map((id) => actors.get(id)?.name ?? id);

  // How many items are rendered; back to one page whenever the list changes.
  const [limit, setLimit] = useState({ of: quotes, count: FIRST_PAGE });
  const paged = quotes.length > RENDER_ALL_UP_TO;
  const count = !paged ? quotes.length : Math.min(quotes.length, limit.of === quotes ? limit.count : FIRST_PAGE);
  const shown = count < quotes.length ? quotes.slice(0, count) : quotes;
  const showMore = () => setLimit({ of: quotes, count: count + PAGE });

  return (
    <section aria-label="Quotes" className="panel">
      <h2 className="panel-title">
        Quotes{' '}
        <span className="font-normal text-muted">
          ({filtering ? `${quotes.length} of ${doc.quotes.length}` : doc.quotes.length})
        </span>
      </h2>
      {quotes.length === 0 ? (
        <p className="empty-state">
          {!filtering
            ? 'No quotes were found in this article.'
            : selectedNames.length === 1
              ? `${selectedNames[0]} is not quoted in this article.`
              : `None of the selected actors (${selectedNames.join(', ')}) is quoted in this article.`}
        </p>
      ) : (
        <>
          <ol className="quote-list mt-2 space-y-2">
            {shown.map((quote, i) => (
              // Keyed by position on purpose (see above).
              <li key={i} aria-setsize={paged ? quotes.length : undefined} aria-posinset={paged ? i + 1 : undefined}>
                <QuoteCard quote={quote} doc={doc} actors={actors} current={quote.id === selectedQuoteId} onSelectQuote={onSelectQuote} />
              </li>
            ))}
          </ol>
          {count < quotes.length && <ShowMore left={quotes.length - count} onShowMore={showMore} />}
        </>
      )}
    </section>
  );
}

/** A button that loads the next page; it also does so by itself when it scrolls near the viewport. */
function ShowMore({ left, onShowMore }: { left: number; onShowMore: () => void }) {
  const ref = useRef<HTMLButtonElement>(null);
  const latest = useRef(onShowMore);
  useEffect(() => {
    latest.current = onShowMore;
  });
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && latest.current(), { rootMargin: '600px 0px' });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return (
    <button ref={ref} type="button" className="btn mt-2 w-full" onClick={onShowMore}>
      Show more quotes ({left} more)
    </button>
  );
}

interface QuoteCardProps {
  quote: Quote;
  doc: ArticleDoc;
  actors: ReadonlyMap<string, Actor>;
  current: boolean;
  onSelectQuote: (id: string) => void;
}

const QuoteCard = memo(function QuoteCard({ quote, doc, actors, current, onSelectQuote }: QuoteCardProps) {
  const speaker = speakerName(quote, actors);
  return (
    <button type="button" className="quote-card" data-kind={quote.kind} aria-current={current || undefined} onClick={() => onSelectQuote(quote.id)}>
      <span className="block font-serif text-[0.95rem] leading-snug text-ink">“{quoteText(quote, doc.text)}”</span>
      <span className="mt-1 flex flex-wrap items-baseline gap-x-2 text-sm">
        <span className={speaker ? 'font-semibold text-ink' : 'text-muted italic'}>{speaker ?? 'Unknown speaker'}</span>
        {quote.cue && <span className="text-muted">{quote.cue.text}</span>}
        <span className="kind-badge" data-kind={quote.kind}>
          {QUOTE_KIND_LABEL[quote.kind]}
        </span>
      </span>
    </button>
  );
});
