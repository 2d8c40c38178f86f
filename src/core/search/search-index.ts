/**
 * The library's full-text search: a MiniSearch index over title, actor names and the words of the
 * text, built at bundle time (`data/search.json`) and loaded by the app. Pure: runs in the build,
 * the browser and tests alike.
 */
import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import type { ArticleDoc } from '../types.ts';
import { processTerm, rankedTerms, tokenize } from './terms.ts';

export interface SearchDoc {
  id: string;
  title: string;
  /** Canonical names of the actors, one per line. */
  actors: string;
  /** The distinct words of the body, space-separated (the index needs each word once). */
  text: string;
}

/**
 * Each article indexes at most this many distinct words of its body besides those of its title and
 * actor names (always indexed whole): the most frequent first, ties in order of first use, so the
 * lead's words come first. It bounds the search index at about 170 bytes per article gzipped (a
 * 500-word story has some 250 distinct words; indexing all of them costs about 530 bytes), which
 * keeps index.json + search.json under 300 bytes per article. Rarer body words are not searchable.
 */
export const MAX_TEXT_TERMS = 64;

export const SEARCH_FIELDS = ['title', 'actors', 'text'] as const;

export const searchIndexOptions: Options<SearchDoc> = {
  fields: [...SEARCH_FIELDS],
  storeFields: [],
  tokenize,
  processTerm,
};

/** Title words weigh most, then actor names, then the body. */
const BOOST = { title: 3, actors: 2, text: 1 };

export function toSearchDoc(doc: Pick<ArticleDoc, 'id' | 'title' | 'text' | 'actors'>, maxTextTerms = MAX_TEXT_TERMS): SearchDoc {
  const actors = doc.actors.map((a) => a.name).join('\n');
  const elsewhere = new Set(rankedTerms(`${doc.title}\n${actors}`));
  // Numbers other than years find little; the words of the title and names are indexed there.
  const body = rankedTerms(doc.text).filter((t) => !elsewhere.has(t) && (!/^\d+$/.test(t) || /^\d{4}$/.test(t)));
  return { id: doc.id, title: doc.title, actors, text: body.slice(0, maxTextTerms).join(' ') };
}

export function createSearchIndex(docs: SearchDoc[] = []): MiniSearch<SearchDoc> {
  const ms = new MiniSearch<SearchDoc>(searchIndexOptions);
  ms.addAll(docs);
  return ms;
}

/**
 * The serialized index (`data/search.json`): MiniSearch's own JSON, versioned by MiniSearch.
 * `prepared` gives an article's `toSearchDoc` when it was worked out already (by the build's workers).
 */
export function buildSearchIndex(articles: ArticleDoc[], prepared?: (doc: ArticleDoc) => SearchDoc | undefined): string {
  return JSON.stringify(createSearchIndex(articles.map((a) => prepared?.(a) ?? toSearchDoc(a))));
}

export function loadSearchIndex(json: string): MiniSearch<SearchDoc> {
  return MiniSearch.loadJSON<SearchDoc>(json, searchIndexOptions);
}

export interface SearchHit {
  id: string;
  score: number;
  /** The indexed terms that matched (processed: lower case, no accents), for highlighting. */
  terms: string[];
  /** Which fields each matched term was found in. */
  fields: Partial<Record<(typeof SEARCH_FIELDS)[number], string[]>>;
}

/**
 * Best match first. Every query word must match (the last one as a prefix, since it may still be
 * being typed; words of 5+ letters also fuzzily); when that finds nothing, any word may match.
 */
export function searchArticles(index: MiniSearch<SearchDoc>, query: string, limit = 200): SearchHit[] {
  const q = query.trim();
  if (!q) return [];
  const options = {
    boost: BOOST,
    prefix: (_term: string, i: number, terms: string[]) => i === terms.length - 1,
    fuzzy: (term: string) => (term.length >= 5 ? 0.2 : false),
  };
  let results: SearchResult[] = index.search(q, { ...options, combineWith: 'AND' });
  if (results.length === 0) results = index.search(q, { ...options, combineWith: 'OR' });
  return results.slice(0, limit).map((r) => {
    const fields: SearchHit['fields'] = {};
    for (const [term, inFields] of Object.entries(r.match)) {
      for (const f of inFields as Array<(typeof SEARCH_FIELDS)[number]>) (fields[f] ??= []).push(term);
    }
    return { id: String(r.id), score: r.score, terms: r.terms, fields };
  });
}
