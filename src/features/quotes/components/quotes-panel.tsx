import { useMemo } from 'react';
import type { Actor, ArticleDoc } from '../../../core/types.ts';
import { QUOTE_KIND_LABEL, quotesOf, quoteText, speakerName } from '../../../lib/annotations.ts';

export interface QuotesPanelProps {
  doc: ArticleDoc;
  actors: ReadonlyMap<string, Actor>;
  selectedActorIds: ReadonlySet<string>;
  selectedQuoteId: string | null;
  onSelectQuote: (id: string) => void;
}

/** The article's quotes (only the selected actors' when a filter is on); a click shows one in the text. */
export function QuotesPanel({ doc, actors, selectedActorIds, selectedQuoteId, onSelectQuote }: QuotesPanelProps) {
  const filtering = selectedActorIds.size > 0;
  const quotes = useMemo(() => quotesOf(doc, selectedActorIds), [doc, selectedActorIds]);
  const selectedNames = [...selectedActorIds].map((id) => actors.get(id)?.name ?? id);

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
        <ol className="mt-2 space-y-2">
          {quotes.map((quote) => {
            const speaker = speakerName(quote, actors);
            const selected = quote.id === selectedQuoteId;
            return (
              <li key={quote.id}>
                <button type="button" className="quote-card" data-kind={quote.kind} aria-current={selected || undefined} onClick={() => onSelectQuote(quote.id)}>
                  <span className="block font-serif text-[0.95rem] leading-snug text-ink">“{quoteText(quote, doc.text)}”</span>
                  <span className="mt-1 flex flex-wrap items-baseline gap-x-2 text-sm">
                    <span className={speaker ? 'font-semibold text-ink' : 'text-muted italic'}>{speaker ?? 'Unknown speaker'}</span>
                    {quote.cue && <span className="text-muted">{quote.cue.text}</span>}
                    <span className="kind-badge" data-kind={quote.kind}>
                      {QUOTE_KIND_LABEL[quote.kind]}
                    </span>
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
