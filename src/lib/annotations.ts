import type { Actor, ActorType, ArticleDoc, Quote, QuoteKind, TimelineEvent } from '../core/types.ts';

export const ACTOR_TYPES: readonly ActorType[] = ['person', 'organization', 'group', 'place', 'other'];

export const ACTOR_TYPE_LABEL: Record<ActorType, string> = {
  person: 'Person',
  organization: 'Organization',
  group: 'Group',
  place: 'Place',
  other: 'Other',
};

export const ACTOR_TYPE_PLURAL: Record<ActorType, string> = {
  person: 'People',
  organization: 'Organizations',
  group: 'Groups',
  place: 'Places',
  other: 'Other',
};

export const QUOTE_KIND_LABEL: Record<QuoteKind, string> = {
  direct: 'Direct quote',
  indirect: 'Indirect quote',
  mixed: 'Partial quote',
};

export function actorMap(doc: ArticleDoc): Map<string, Actor> {
  return new Map(doc.actors.map((a) => [a.id as string, a]));
}

/** The actor's canonical name, else the speaker as written, else null. */
export function speakerName(quote: Quote, actors: ReadonlyMap<string, Actor>): string | null {
  if (quote.actorId) {
    const actor = actors.get(quote.actorId);
    if (actor) return actor.name;
  }
  return quote.speaker?.text ?? null;
}

/** The quoted words; fragments joined with an ellipsis. */
export function quoteText(quote: Quote, text: string): string {
  return quote.spans.map(([s, e]) => innerQuotes(text.slice(s, e).trim())).join(' … ');
}

/**
 * Quotation marks inside a quote shown between “ ” become single ones ('had "run out of time"' →
 * 'had ‘run out of time’'), as typography nests them.
 */
export function innerQuotes(s: string): string {
  return s.replace(/["“”]/g, (q, at: number) => {
    if (q === '“') return '‘';
    if (q === '”') return '’';
    return at === 0 || /[\s([{—–-]/.test(s[at - 1]!) ? '‘' : '’';
  });
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Quotes whose speaker is one of the actors (all quotes when none is selected). */
export function quotesOf(doc: ArticleDoc, actorIds: ReadonlySet<string>): Quote[] {
  if (actorIds.size === 0) return doc.quotes;
  return doc.quotes.filter((q) => q.actorId !== null && actorIds.has(q.actorId));
}

/** Events that involve one of the actors (all events when none is selected); the publication always stays. */
export function eventsOf(doc: ArticleDoc, actorIds: ReadonlySet<string>): TimelineEvent[] {
  if (actorIds.size === 0) return doc.events;
  return doc.events.filter((e) => e.kind === 'publication' || e.actorIds.some((id) => actorIds.has(id)));
}
