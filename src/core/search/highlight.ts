/** Marking search matches in a text. Kept apart from the index so the library's first load needs no MiniSearch. */
import { processTerm } from './terms.ts';

export interface Segment {
  text: string;
  match: boolean;
}

/** Splits a text into runs, marking the words whose processed term is one of `terms`. */
export function highlightSegments(text: string, terms: readonly string[]): Segment[] {
  if (terms.length === 0 || !text) return text ? [{ text, match: false }] : [];
  const wanted = new Set(terms);
  const out: Segment[] = [];
  const push = (s: string, match: boolean) => {
    if (!s) return;
    const prev = out[out.length - 1];
    if (prev && prev.match === match) prev.text += s;
    else out.push({ text: s, match });
  };
  const word = /[\p{L}\p{N}\p{M}'’-]+/gu;
  let at = 0;
  for (const m of text.matchAll(word)) {
    const t = processTerm(m[0]);
    if (t === null || !wanted.has(t)) continue;
    push(text.slice(at, m.index), false);
    push(m[0], true);
    at = m.index + m[0].length;
  }
  push(text.slice(at), false);
  return out;
}
