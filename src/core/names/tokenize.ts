/**
 * Word tokenizer for raw news text, close to the Penn Treebank / CoNLL-2003 conventions:
 * punctuation is split off words, clitics ("'s", "n't") are separate tokens, abbreviations and
 * initialisms keep their period ("U.S.", "Corp.", "J."), hyphenated words stay whole ("EU-led").
 * Every token carries its exact character extent in the input text.
 */

export interface Token {
  start: number;
  end: number;
  text: string;
}

/** Words that keep their final period. Lower case, without the period. */
const ABBREV = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm',
  'maj', 'rev', 'st', 'sr', 'jr', 'pres', 'supt', 'insp', 'hon', 'messrs', 'mme', 'mlle', 'fr', 'mt', 'ft',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'bros', 'dept', 'univ', 'assn', 'ave', 'blvd', 'rd',
  'no', 'nos', 'vs', 'v', 'etc', 'approx', 'est', 'al', 'cf', 'vol', 'pp', 'fig', 'ca',
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md',
  'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va',
  'vt', 'wash', 'wis', 'wyo',
]);

const OPENERS = new Set(['"', "'", '“', '‘', '«', '(', '[', '{', '<', '`', '„']);
const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']', '}', '>', ',', ';', ':', '!', '?', '`']);
const CLITICS = /(?:['’](?:s|re|ve|ll|d|m|S|RE|VE|LL|D|M)|n['’]t|N['’]T)$/;

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 11 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000;
}

/** Tokenizes text[start, end). */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end) {
    while (i < end && isSpace(text.charCodeAt(i))) i++;
    if (i >= end) break;
    let j = i;
    while (j < end && !isSpace(text.charCodeAt(j))) j++;
    let k = j;
    while (k < end && isSpace(text.charCodeAt(k)) && text[k] !== '\n') k++;
    splitChunk(text, i, j, out, k >= end || text[k] === '\n');
    i = j;
  }
  return out;
}

function push(out: Token[], text: string, s: number, e: number): void {
  if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
}

/** `lineEnd`: the chunk ends its line, where an abbreviation's period is also the full stop. */
function splitChunk(text: string, s: number, e: number, out: Token[], lineEnd: boolean): void {
  // Leading punctuation, one token per character (runs of dashes stay together).
  while (s < e) {
    const c = text[s]!;
    if (OPENERS.has(c)) {
      push(out, text, s, s + 1);
      s++;
    } else if ((c === '-' || c === '—' || c === '–') && e - s > 1 && !/[\p{L}\p{N}]/u.test(text[s + 1]!)) {
      let k = s;
      while (k < e && (text[k] === '-' || text[k] === '—' || text[k] === '–')) k++;
      push(out, text, s, k);
      s = k;
    } else break;
  }
  const tail: Array<[number, number]> = [];
  while (e > s) {
    const c = text[e - 1]!;
    if (CLOSERS.has(c)) {
      tail.push([e - 1, e]);
      e--;
      continue;
    }
    if (c === '.') {
      let k = e;
      while (k > s && text[k - 1] === '.') k--;
      if (e - k >= 2) {
        tail.push([k, e]);
        e = k;
        continue;
      }
      const word = text.slice(s, e - 1);
      if (word === '' || (!lineEnd && isAbbreviation(word))) break;
      tail.push([e - 1, e]);
      e--;
      continue;
    }
    if ((c === '-' || c === '—' || c === '–') && e - s > 1 && !/[\p{L}\p{N}]/u.test(text[e - 2]!)) {
      let k = e;
      while (k > s && (text[k - 1] === '-' || text[k - 1] === '—' || text[k - 1] === '–')) k--;
      tail.push([k, e]);
      e = k;
      continue;
    }
    break;
  }
  if (e > s) {
    const word = text.slice(s, e);
    const m = word.length > 2 ? CLITICS.exec(word) : null;
    if (m && m.index > 0) {
      push(out, text, s, s + m.index);
      push(out, text, s + m.index, e);
    } else {
      push(out, text, s, e);
    }
  }
  for (let k = tail.length - 1; k >= 0; k--) push(out, text, tail[k]![0], tail[k]![1]);
}

function isAbbreviation(word: string): boolean {
  if (/^(?:\p{L}\.)*\p{L}$/u.test(word)) return true; // "U.S", "J", "p.m"
  return ABBREV.has(word.toLowerCase());
}
