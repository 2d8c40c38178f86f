/**
 * How words become search terms, shared by the build (which writes the index) and the app (which
 * loads it and parses queries): both must process terms identically or nothing matches.
 */
import { memo } from '../text/memo.ts';

/** Words too common to find anything; left out of the index and ignored in queries. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be been but by can could did do does for from had has have he her hers him his i if in into is it its ' +
    'me my no not of on or our out over she so than that the their them then there these they this those to too under up us ' +
    'was we were what when where which while who whom why will with would you your also after before about said says say ' +
    'told just more most other some such only own same very s t'
  ).split(' '),
);

/** Splits on anything that is not a letter, a digit or an in-word apostrophe/hyphen. */
export const tokenize = (text: string): string[] => text.split(/[^\p{L}\p{N}\p{M}'’-]+/u);

// The same words come back in every article (and in every query): each is processed once.
/** Lower case, no accents, no possessive "'s", no edge punctuation; null for a stop word or a lone character. */
export const processTerm: (term: string) => string | null = memo(computeTerm, 100_000);

function computeTerm(term: string): string | null {
  const t = term
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/^['’-]+|['’-]+$/g, '');
  if (t.length < 2 || STOP_WORDS.has(t)) return null;
  return t;
}

/** The distinct terms of a text, most frequent first (ties in order of first use). */
export function rankedTerms(text: string): string[] {
  const counts = new Map<string, number>();
  for (const raw of tokenize(text)) {
    const t = processTerm(raw);
    if (t) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([t]) => t);
}
