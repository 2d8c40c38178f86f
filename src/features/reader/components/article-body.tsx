import { memo, useLayoutEffect, useMemo, useRef, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import type { Actor, ArticleDoc, Mention, Quote, Span, TimelineEvent } from '../../../core/types.ts';
import { ACTOR_TYPE_LABEL, QUOTE_KIND_LABEL, speakerName } from '../../../lib/annotations.ts';
import { eventAnchorId, quoteAnchorId } from '../../../lib/reveal.ts';
import { buildSegments, isListParagraph, nestSegments, type SegmentNode } from '../../../lib/segments.ts';

type ReaderMark =
  | { kind: 'dateline'; start: number; end: number }
  | { kind: 'event'; start: number; end: number; event: TimelineEvent }
  | { kind: 'quote'; start: number; end: number; quote: Quote; label: string }
  | { kind: 'mention'; start: number; end: number; actor: Actor; mention: Mention };

const LAYER: Record<ReaderMark['kind'], number> = { dateline: 0, event: 1, quote: 2, mention: 3 };
const order = (a: ReaderMark, b: ReaderMark) => LAYER[a.kind] - LAYER[b.kind] || a.start - b.start || b.end - a.end;

export interface ArticleBodyProps {
  doc: ArticleDoc;
  actors: ReadonlyMap<string, Actor>;
  showMentions: boolean;
  selectedActorIds: ReadonlySet<string>;
  selectedQuoteId: string | null;
  focusedEventId: string | null;
  onToggleActor: (id: string) => void;
  onSelectQuote: (id: string) => void;
}

const tipIdOf = (quoteId: string) => `${quoteAnchorId(quoteId)}-tip`;

function quoteLabel(quote: Quote, actors: ReadonlyMap<string, Actor>): string {
  const who = speakerName(quote, actors) ?? 'Unknown speaker';
  return `${QUOTE_KIND_LABEL[quote.kind]} · ${who}${quote.cue ? ` (${quote.cue.text})` : ''}`;
}

const NO_ACTORS: ReadonlySet<string> = new Set();

/**
 * The article text with its marks. The text (thousands of elements for a long article) is rendered by
 * a memoized component that does not depend on the actor filter or the selected quote: those are
 * applied as attributes (`data-dimmed`, `data-selected`) by a layout effect, before paint, so that a
 * filter change touches only attributes instead of re-rendering every paragraph.
 */
export function ArticleBody(props: ArticleBodyProps) {
  const { doc, actors, showMentions, selectedActorIds, selectedQuoteId, focusedEventId, onToggleActor, onSelectQuote } = props;
  const filtering = selectedActorIds.size > 0;
  // With mentions hidden, the selected actors' mentions are still marked, so then (only) the text depends on the selection.
  const markedActorIds = showMentions ? NO_ACTORS : selectedActorIds;
  const bodyRef = useRef<HTMLDivElement>(null);

  const paragraphs = useMemo(() => {
    const out: ReaderMark[] = [];
    if (doc.dateline) out.push({ kind: 'dateline', ...doc.dateline.span });
    for (const quote of doc.quotes) {
      const label = quoteLabel(quote, actors);
      for (const [start, end] of quote.spans) out.push({ kind: 'quote', start, end, quote, label });
    }
    for (const actor of doc.actors) {
      if (!showMentions && !markedActorIds.has(actor.id)) continue;
      for (const mention of actor.mentions) out.push({ kind: 'mention', start: mention.start, end: mention.end, actor, mention });
    }
    const event = focusedEventId ? doc.events.find((e) => e.id === focusedEventId) : undefined;
    if (event) out.push({ kind: 'event', ...event.span, event });
    const seen = new Set<ReaderMark>();
    return doc.paragraphs.map((p) => ({ span: p, nodes: nestSegments(buildSegments(p, out, order), seen) }));
  }, [doc, actors, showMentions, markedActorIds, focusedEventId]);

  // The selection, as attributes on the marks already in the page (a contained imperative step, see above).
  // The marks are indexed once per rendering of the text; a selection change then only visits the index
  // and touches the attributes that change.
  const index = useRef<MarkIndex | null>(null);
  useLayoutEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    if (index.current?.paragraphs !== paragraphs) index.current = indexMarks(body, paragraphs);
    for (const q of index.current.quotes) {
      q.setDimmed(filtering && !(q.speakerId !== null && selectedActorIds.has(q.speakerId)));
      q.setSelected(q.quoteId === selectedQuoteId);
    }
    for (const m of index.current.mentions) m.setSelected(selectedActorIds.has(m.actorId));
  }, [paragraphs, filtering, selectedActorIds, selectedQuoteId]);

  // Mouse shortcuts (delegated): a mention selects its actor, a quote selects itself.
  // Keyboard equivalents: the Actors sidebar, and Enter on a focused quote.
  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    const target = e.target as HTMLElement;
    if (target.closest('[role="tooltip"]')) return;
    const mention = target.closest<HTMLElement>('[data-actor-id]');
    if (mention?.dataset.actorId) return onToggleActor(mention.dataset.actorId);
    const quote = target.closest<HTMLElement>('[data-quote-id]');
    if (quote?.dataset.quoteId) onSelectQuote(quote.dataset.quoteId);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const target = e.target as HTMLElement;
    if (e.key === 'Enter' && target.dataset.quoteId) onSelectQuote(target.dataset.quoteId);
    if (e.key === 'Escape' && target.dataset.quoteId) hideTip({ currentTarget: target });
  };

  return (
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions -- delegated shortcuts, see above
    <div
      ref={bodyRef}
      className="article-body"
      data-mentions={showMentions ? 'shown' : 'hidden'}
      data-filtering={filtering || undefined}
      onClick={onClick}
      onKeyDown={onKeyDown}
    >
      <BodyText doc={doc} actors={actors} paragraphs={paragraphs} />
    </div>
  );
}

/** A boolean attribute of an element, written only when it changes (so that only those elements are restyled). */
function attributeSwitch(el: HTMLElement, name: string): (on: boolean) => void {
  let current = el.hasAttribute(name);
  return (on) => {
    if (on === current) return;
    current = on;
    el.toggleAttribute(name, on);
  };
}

interface MarkIndex {
  paragraphs: unknown;
  quotes: { quoteId: string; speakerId: string | null; setDimmed: (on: boolean) => void; setSelected: (on: boolean) => void }[];
  mentions: { actorId: string; setSelected: (on: boolean) => void }[];
}

function indexMarks(body: HTMLElement, paragraphs: unknown): MarkIndex {
  return {
    paragraphs,
    quotes: Array.from(body.querySelectorAll<HTMLElement>('.quote[data-quote-id]'), (el) => ({
      quoteId: el.dataset.quoteId ?? '',
      speakerId: el.dataset.speakerId ?? null,
      setDimmed: attributeSwitch(el, 'data-dimmed'),
      setSelected: attributeSwitch(el, 'data-selected'),
    })),
    mentions: Array.from(body.querySelectorAll<HTMLElement>('.mention[data-actor-id]'), (el) => ({
      actorId: el.dataset.actorId ?? '',
      setSelected: attributeSwitch(el, 'data-selected'),
    })),
  };
}

const PARAGRAPHS_PER_CHUNK = 16;

/** The height of a group of paragraphs before the browser has laid it out, in lines (about 60 characters a line, 0.65 line of margin). */
function estimateLines(chunk: BodyTextProps['paragraphs']): number {
  return Math.round(chunk.reduce((n, { span }) => n + Math.ceil((span.end - span.start) / 60) + 0.65, 0));
}

interface BodyTextProps {
  doc: ArticleDoc;
  actors: ReadonlyMap<string, Actor>;
  paragraphs: { span: Span; nodes: SegmentNode<ReaderMark>[] }[];
}

/** The paragraphs and the quote tooltips; re-rendered only when the marks change, not on a filter change. */
const BodyText = memo(function BodyText({ doc, actors, paragraphs }: BodyTextProps) {
  const chunks: BodyTextProps['paragraphs'][] = [];
  for (let i = 0; i < paragraphs.length; i += PARAGRAPHS_PER_CHUNK) chunks.push(paragraphs.slice(i, i + PARAGRAPHS_PER_CHUNK));
  const render = (nodes: SegmentNode<ReaderMark>[]): ReactNode[] =>
    nodes.map((node) => {
      if (node.type === 'text') return doc.text.slice(node.start, node.end);
      const { mark } = node;
      const key = `${mark.kind}-${node.start}`;
      const children = render(node.children);
      switch (mark.kind) {
        case 'dateline':
          return (
            <span key={key} className="dateline">
              {children}
            </span>
          );
        case 'event':
          return (
            <mark key={key} className="event-target" id={node.first ? eventAnchorId(mark.event.id) : undefined} tabIndex={node.first ? -1 : undefined}>
              {children}
            </mark>
          );
        case 'mention':
          // data-selected is set by ArticleBody's layout effect.
          return (
            <span
              key={key}
              className="mention"
              data-type={mark.actor.type}
              data-actor-id={mark.actor.id}
              data-label={ACTOR_TYPE_LABEL[mark.actor.type]}
              title={`${ACTOR_TYPE_LABEL[mark.actor.type]}: ${mark.actor.name}`}
            >
              {children}
            </span>
          );
        case 'quote': {
          const { quote } = mark;
          const tipId = tipIdOf(quote.id);
          // data-dimmed and data-selected are set by ArticleBody's layout effect.
          return (
            <span
              key={key}
              className="quote"
              id={node.first ? quoteAnchorId(quote.id) : undefined}
              // Focusable so that keyboard users get the speaker tooltip too (Enter selects the quote).
              // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
              tabIndex={node.first ? 0 : undefined}
              data-kind={quote.kind}
              data-quote-id={quote.id}
              data-speaker-id={quote.actorId ?? undefined}
              data-label={mark.label}
              aria-describedby={tipId}
              onMouseEnter={showTip}
              onMouseLeave={hideTip}
              onFocus={showTip}
              onBlur={hideTip}
            >
              {children}
            </span>
          );
        }
      }
    });

  return (
    <>
      {chunks.map((chunk) => (
        // Paragraphs in groups, each skipped by the browser while out of view (content-visibility in styles.css);
        // groups rather than single paragraphs keep the number of boxes the browser watches small.
        <div key={chunk[0]!.span.start} className="body-chunk" style={{ containIntrinsicSize: `auto ${estimateLines(chunk)}lh` }}>
          {chunk.map(({ span, nodes }) => (
            <p key={span.start} className={isListParagraph(doc.text.slice(span.start, span.end)) ? 'list-paragraph' : undefined}>
              {render(nodes)}
            </p>
          ))}
        </div>
      ))}
      {/* Out of the text flow, so the text stays exactly the article's; shown next to the quote on hover and focus. */}
      <div className="quote-tips">
        {doc.quotes.map((quote) => (
          <span key={quote.id} role="tooltip" id={tipIdOf(quote.id)} className="quote-tip">
            {quoteLabel(quote, actors)}
          </span>
        ))}
      </div>
    </>
  );
});

/** Places the quote's tooltip (fixed, so it never widens the page) under the hovered or focused fragment. */
function showTip(e: { currentTarget: HTMLElement; stopPropagation: () => void }) {
  e.stopPropagation();
  const el = e.currentTarget;
  const rects = el.getClientRects();
  const rect = rects[0] ?? el.getBoundingClientRect();
  const vw = document.documentElement.clientWidth || window.innerWidth;
  const width = Math.min(320, vw - 16);
  const vh = document.documentElement.clientHeight || window.innerHeight;
  const above = rect.bottom + 96 > vh;
  const tip = document.getElementById(el.getAttribute('aria-describedby') ?? '');
  if (!tip) return;
  tip.style.left = `${Math.max(8, Math.min(rect.left, vw - width - 8))}px`;
  tip.style.top = `${above ? rect.top - 6 : rect.bottom + 6}px`;
  tip.style.maxWidth = `${width}px`;
  tip.dataset.open = above ? 'above' : 'below';
  el.dataset.tip = '';
}

function hideTip(e: { currentTarget: HTMLElement }) {
  const el = e.currentTarget;
  el.removeAttribute('data-tip');
  document.getElementById(el.getAttribute('aria-describedby') ?? '')?.removeAttribute('data-open');
}
