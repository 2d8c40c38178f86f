/**
 * Actors across articles (`data/actors.json`): actor ids are slugs of canonical names
 * (`person:alexander-lukashenko`), so one id names the same actor in every article of the bundle.
 */
import { quoteText } from '../export/quote-text.ts';
import type { ActorId, ActorType, ArticleDoc, IsoDate, QuoteId, QuoteKind } from '../types.ts';

export interface ActorAcross {
  id: ActorId;
  name: string;
  type: ActorType;
  /** Quotes attributed to the actor, summed over articles. */
  quotes: number;
  /** The articles that mention the actor: [article id, quotes in it], oldest article first. */
  articles: Array<[string, number]>;
}

export interface ActorIndex {
  version: 1;
  actors: ActorAcross[];
}

type DatedDoc = Pick<ArticleDoc, 'id' | 'published' | 'actors' | 'quotes'>;

/** Oldest first; undated articles last, then by id, so the order is stable. */
export function byPublished(a: Pick<ArticleDoc, 'id' | 'published'>, b: Pick<ArticleDoc, 'id' | 'published'>): number {
  if (a.published !== b.published) {
    if (a.published === null) return 1;
    if (b.published === null) return -1;
    return a.published < b.published ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Every actor of every article, with the articles that mention it; most-quoted and widest-spread first. */
export function buildActorIndex(articles: readonly DatedDoc[]): ActorIndex {
  const byId = new Map<string, ActorAcross>();
  // The article ids of each entry, as a set (an actor may be in thousands of articles).
  const seen = new Map<ActorAcross, Set<string>>();
  for (const doc of [...articles].sort(byPublished)) {
    const quotesBy = new Map<string, number>();
    for (const q of doc.quotes) if (q.actorId) quotesBy.set(q.actorId, (quotesBy.get(q.actorId) ?? 0) + 1);
    for (const actor of doc.actors) {
      let entry = byId.get(actor.id);
      if (!entry) {
        entry = { id: actor.id, name: actor.name, type: actor.type, quotes: 0, articles: [] };
        byId.set(actor.id, entry);
        seen.set(entry, new Set());
      } else if (actor.name.length > entry.name.length) {
        entry.name = actor.name;
      }
      const ids = seen.get(entry)!;
      if (ids.has(doc.id)) continue;
      ids.add(doc.id);
      const n = quotesBy.get(actor.id) ?? 0;
      entry.quotes += n;
      entry.articles.push([doc.id, n]);
    }
  }
  const actors = [...byId.values()].sort(
    (a, b) => b.quotes - a.quotes || b.articles.length - a.articles.length || a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1),
  );
  return { version: 1, actors };
}

/** Merges indexes (the bundle's and the browser's own articles) into one. */
export function mergeActorIndexes(...indexes: ActorIndex[]): ActorIndex {
  const byId = new Map<string, ActorAcross>();
  for (const index of indexes) {
    for (const a of index.actors) {
      const e = byId.get(a.id);
      if (!e) byId.set(a.id, { ...a, articles: [...a.articles] });
      else {
        e.quotes += a.quotes;
        for (const entry of a.articles) if (!e.articles.some(([id]) => id === entry[0])) e.articles.push(entry);
      }
    }
  }
  const actors = [...byId.values()].sort(
    (a, b) => b.quotes - a.quotes || b.articles.length - a.articles.length || a.name.localeCompare(b.name),
  );
  return { version: 1, actors };
}

/** Checks `data/actors.json` as loaded; throws with the first problem. */
export function parseActorIndex(json: unknown): ActorIndex {
  const fail = (msg: string): never => {
    throw new Error(`actors index does not match the bundle schema: ${msg}`);
  };
  if (typeof json !== 'object' || json === null) return fail('expected an object');
  const o = json as Record<string, unknown>;
  if (o.version !== 1) fail(`unsupported version ${JSON.stringify(o.version)}`);
  if (!Array.isArray(o.actors)) return fail('actors: expected an array');
  o.actors.forEach((a: unknown, i) => {
    const r = a as Record<string, unknown> | null;
    if (!r || typeof r.id !== 'string' || typeof r.name !== 'string' || typeof r.quotes !== 'number' || !Array.isArray(r.articles)) {
      fail(`actors[${i}]: expected {id, name, type, quotes, articles}`);
    }
  });
  return json as ActorIndex;
}

export interface ActorQuote {
  articleId: string;
  articleTitle: string;
  published: IsoDate | null;
  quoteId: QuoteId;
  kind: QuoteKind;
  text: string;
  /** Where the quote starts in its article, for ordering within one article. */
  start: number;
}

/** All quotes by one actor in the given articles: by article date (oldest first), then in text order. */
export function quotesByActor(
  actorId: string,
  articles: ReadonlyArray<Pick<ArticleDoc, 'id' | 'title' | 'published' | 'text' | 'quotes' | 'actors'>>,
): ActorQuote[] {
  const out: ActorQuote[] = [];
  for (const doc of [...articles].sort(byPublished)) {
    const quotes = doc.quotes
      .filter((q) => q.actorId === actorId)
      .map((q) => ({ q, start: q.spans[0]?.[0] ?? q.speaker?.start ?? 0 }))
      .sort((a, b) => a.start - b.start);
    for (const { q, start } of quotes) {
      out.push({
        articleId: doc.id,
        articleTitle: doc.title,
        published: doc.published,
        quoteId: q.id,
        kind: q.kind,
        text: quoteText(doc.text, q),
        start,
      });
    }
  }
  return out;
}
