import { useMemo, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import type { Actor, ArticleDoc, Mention, Quote, TimelineEvent } from '../../../core/types.ts';
import { ACTOR_TYPE_LABEL, QUOTE_KIND_LABEL, speakerName } from '../../../lib/annotations.ts';
import { eventAnchorId, quoteAnchorId } from '../../../lib/reveal.ts';
import { buildSegments, nestSegments, type SegmentNode } from '../../../lib/segments.ts';

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

export function ArticleBody(props: ArticleBodyProps) {
  const { doc, actors, showMentions, selectedActorIds, selectedQuoteId, focusedEventId, onToggleActor, onSelectQuote } = props;
  const filtering = selectedActorIds.size > 0;

  const marks = useMemo(() => {
    const out: ReaderMark[] = [];
    if (doc.dateline) out.push({ kind: 'dateline', ...doc.dateline.span });
    for (const quote of doc.quotes) {
      const label = quoteLabel(quote, actors);
      for (const [start, end] of quote.spans) out.push({ kind: 'quote', start, end, quote, label });
    }
    for (const actor of doc.actors) {
      if (!showMentions && !selectedActorIds.has(actor.id)) continue;
      for (const mention of actor.mentions) out.push({ kind: 'mention', start: mention.start, end: mention.end, actor, mention });
    }
    const event = focusedEventId ? doc.events.find((e) => e.id === focusedEventId) : undefined;
    if (event) out.push({ kind: 'event', ...event.span, event });
    return out;
  }, [doc, actors, showMentions, selectedActorIds, focusedEventId]);

  const paragraphs = useMemo(() => {
    const seen = new Set<ReaderMark>();
    return doc.paragraphs.map((p) => ({ span: p, nodes: nestSegments(buildSegments(p, marks, order), seen) }));
  }, [doc.paragraphs, marks]);

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
        case 'mention': {
          const selected = selectedActorIds.has(mark.actor.id);
          return (
            <span
              key={key}
              className="mention"
              data-type={mark.actor.type}
              data-actor-id={mark.actor.id}
              data-selected={selected || undefined}
              data-label={ACTOR_TYPE_LABEL[mark.actor.type]}
              title={`${ACTOR_TYPE_LABEL[mark.actor.type]}: ${mark.actor.name}`}
            >
              {children}
            </span>
          );
        }
        case 'quote': {
          const { quote } = mark;
          const tipId = tipIdOf(quote.id);
          const dimmed = filtering && !(quote.actorId && selectedActorIds.has(quote.actorId));
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
              data-label={mark.label}
              data-selected={quote.id === selectedQuoteId || undefined}
              data-dimmed={dimmed || undefined}
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
    <div className="article-body" data-mentions={showMentions ? 'shown' : 'hidden'} data-filtering={filtering || undefined} onClick={onClick} onKeyDown={onKeyDown}>
      {paragraphs.map(({ span, nodes }) => (
        <p key={span.start}>{render(nodes)}</p>
      ))}
      {/* Out of the text flow, so the text stays exactly the article's; shown next to the quote on hover and focus. */}
      <div className="quote-tips">
        {doc.quotes.map((quote) => (
          <span key={quote.id} role="tooltip" id={tipIdOf(quote.id)} className="quote-tip">
            {quoteLabel(quote, actors)}
          </span>
        ))}
      </div>
    </div>
  );
}

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
