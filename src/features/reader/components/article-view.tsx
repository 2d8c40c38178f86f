import { useId, useMemo, useState } from 'react';
import type { Actor, ArticleDoc } from '../../../core/types.ts';
import { ACTOR_TYPES, ACTOR_TYPE_LABEL, QUOTE_KIND_LABEL } from '../../../lib/annotations.ts';
import { formatDay } from '../../../lib/dates.ts';
import { ArticleBody } from './article-body.tsx';

export interface ArticleViewProps {
  doc: ArticleDoc;
  actors: ReadonlyMap<string, Actor>;
  selectedActorIds: ReadonlySet<string>;
  selectedQuoteId: string | null;
  focusedEventId: string | null;
  onToggleActor: (id: string) => void;
  onSelectQuote: (id: string) => void;
}

/** The article in Reader-View typography with its annotations. */
export function ArticleView(props: ArticleViewProps) {
  const { doc } = props;
  const [showMentions, setShowMentions] = useState(true);
  const titleId = useId();
  const noteId = useId();
  const presentTypes = useMemo(() => ACTOR_TYPES.filter((t) => doc.actors.some((a) => a.type === t && a.mentions.length > 0)), [doc.actors]);
  const presentKinds = useMemo(() => (['direct', 'indirect', 'mixed'] as const).filter((k) => doc.quotes.some((q) => q.kind === k)), [doc.quotes]);

  return (
    <article aria-label="Article" className="reader mx-auto w-full max-w-[65ch]">
      <header className="mb-6 border-b border-line pb-4">
        <h1 id={titleId} className="font-serif text-2xl leading-tight font-bold text-balance text-ink sm:text-3xl">
          {doc.title}
        </h1>
        <dl className="meta mt-3 flex flex-wrap gap-x-5 gap-y-1 text-sm text-muted">
          {doc.published && (
            <div>
              <dt className="sr-only">Published</dt>
              <dd>
                <time dateTime={doc.published}>{formatDay(doc.published)}</time>
              </dd>
            </div>
          )}
          {doc.dateline?.place && (
            <div>
              <dt className="sr-only">Place</dt>
              <dd>{toTitleCase(doc.dateline.place)}</dd>
            </div>
          )}
          {doc.dateline && doc.dateline.sources.length > 0 && (
            <div>
              <dt className="inline">Sources: </dt>
              <dd className="inline">{doc.dateline.sources.join(', ')}</dd>
            </div>
          )}
          {doc.handle && (
            <div>
              <dt className="inline">Shared by </dt>
              <dd className="inline">@{doc.handle}</dd>
            </div>
          )}
        </dl>
      </header>

      <section aria-label="Annotation key" className="annotation-key mb-6 rounded-lg border border-line bg-surface p-3 text-sm text-ink print:hidden">
        <p id={noteId} className="text-muted">
          Highlights are generated automatically and may contain mistakes.
        </p>
        <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-2">
          <button
            type="button"
            role="switch"
            aria-checked={showMentions}
            aria-describedby={noteId}
            className="switch"
            onClick={() => setShowMentions((v) => !v)}
          >
            <span className="switch-track" aria-hidden="true">
              <span className="switch-thumb" />
            </span>
            Highlight actors
          </button>
          {presentKinds.length > 0 && (
            <ul aria-label="Quote styles" className="flex flex-wrap gap-3">
              {presentKinds.map((k) => (
                <li key={k}>
                  <span className="quote legend-sample" data-kind={k}>
                    {QUOTE_KIND_LABEL[k]}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
        {showMentions && presentTypes.length > 0 && (
          <ul aria-label="Actor types" className="mt-2 flex flex-wrap gap-2">
            {presentTypes.map((t) => (
              <li key={t}>
                <span className="mention legend-sample" data-type={t}>
                  {ACTOR_TYPE_LABEL[t]}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <ArticleBody {...props} showMentions={showMentions} />
    </article>
  );
}

/** "TORONTO" → "Toronto"; places already in mixed case stay as written. */
function toTitleCase(place: string): string {
  if (place !== place.toUpperCase()) return place;
  return place.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, pre: string, ch: string) => pre + ch.toUpperCase());
}
