import type { Span } from '../types.ts';

/**
 * Paragraphs are runs of text separated by one or more blank lines.
 * Spans are trimmed of surrounding white space.
 */
export function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  const separator = /\n[ \t\f\v\r]*\n\s*/g;
  let start = 0;
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  for (const match of text.matchAll(separator)) {
    push(start, match.index);
    start = match.index + match[0].length;
  }
  push(start, text.length);
  return spans;
}

/** Words followed by a period that do not end a sentence. */
const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm',
    'maj', 'rev', 'st', 'sr', 'jr', 'pres', 'supt', 'insp', 'hon', 'messrs', 'mme', 'mlle', 'fr',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
    'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'bros', 'dept', 'univ', 'assn', 'ave', 'blvd', 'rd', 'mt', 'ft',
    'no', 'nos', 'vs', 'v', 'etc', 'approx', 'est', 'al', 'cf', 'e.g', 'i.e', 'p', 'pp', 'vol', 'op', 'fig',
    'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md',
    'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va',
    'vt', 'wash', 'wis', 'wyo',
  ],
);

const CLOSERS = `"'”’»)]`;

/**
 * Sentence spans within each paragraph. A sentence ends at ".", "!" or "?" (with any closing
 * quotation marks or brackets) followed by white space and an upper-case letter, digit or opening
 * quotation mark, unless the period belongs to an abbreviation ("Mr.", "Feb.") or an initialism
 * ("U.S.", "J. Smith"). Sentences never cross paragraph boundaries.
 */
export function sentenceSpans(text: string, paragraphs: Span[] = paragraphSpans(text)): Span[] {
  const out: Span[] = [];
  for (const p of paragraphs) {
    let start = p.start;
    for (let i = p.start; i < p.end; i++) {
      const ch = text[i]!;
      if (ch !== '.' && ch !== '!' && ch !== '?') continue;
      let end = i + 1;
      while (end < p.end && (text[end] === '.' || text[end] === '!' || text[end] === '?')) end++;
      while (end < p.end && CLOSERS.includes(text[end]!)) end++;
      if (end < p.end && !/\s/.test(text[end]!)) continue;
      let next = end;
      while (next < p.end && /\s/.test(text[next]!)) next++;
      if (next < p.end && !/[\p{Lu}\p{N}"'“‘«([]/u.test(text[next]!)) continue;
      if (ch === '.' && isAbbreviation(text, i)) continue;
      out.push(trim(text, start, end));
      start = next;
      i = next - 1;
    }
    if (start < p.end) out.push(trim(text, start, p.end));
  }
  return out.filter((s) => s.end > s.start);
}

function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && /[\p{L}.]/u.test(text[s - 1]!)) s--;
  const word = text.slice(s, dot);
  if (word === '') return false;
  // Initialisms and initials: "U.S", "J", "e.g"
  if (/^(\p{L}\.)*\p{L}$/u.test(word) && (word.length === 1 || word.includes('.'))) {
    return /\p{Lu}/u.test(word[0]!) || word.includes('.');
  }
  return ABBREVIATIONS.has(word.toLowerCase());
}

function trim(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** The index of the span that contains `offset`, or -1. Spans must be sorted. */
export function spanIndexAt(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
