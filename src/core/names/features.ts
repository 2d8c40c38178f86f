/**
 * Feature extraction for the name tagger, shared by training (scripts/train-ner.ts) and tagging.
 *
 * Features are hashed to 22-bit keys without building strings: each token gets integer hashes of
 * its attributes (word, lower case, shape, affixes, gazetteer matches, document-level case cues)
 * once; templates combine them with integer mixing. Tag-dependent features (previous tags,
 * document history) are added during decoding.
 */
import { COUNTRIES, CITIES, DEMONYMS, FIRST_NAMES, INTL_ORGS, LEADERS, NEWS_AGENCIES, REGIONS, TITLES } from './gazetteer.ts';
import type { GazetteerEntry } from './gazetteer.ts';
import { SPORTS_CLUBS } from './gazetteer-sports.ts';
import { tokenize } from './tokenize.ts';
import type { Token } from './tokenize.ts';
import type { Span } from '../types.ts';
import { hashString } from '../text/hash.ts';

export const KEY_BITS = 22;
const KEY_MASK = (1 << KEY_BITS) - 1;

/** Entity types of the tag set, in model order. */
export const TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type EntityType = (typeof TYPES)[number];
/** Tags: 0 = O, then B, I, L, U for each type: tag = 1 + 4 * type + position. */
export const N_TAGS = 1 + 4 * TYPES.length;
export const B = 0;
export const I = 1;
export const L = 2;
export const U = 3;
export const tagType = (tag: number): number => (tag === 0 ? -1 : ((tag - 1) >> 2));
export const tagPos = (tag: number): number => (tag === 0 ? -1 : ((tag - 1) & 3));
export const makeTag = (type: number, pos: number): number => 1 + 4 * type + pos;

export { hashString };

function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x2545f491, 0x9e3779b1) ^ Math.imul(b + 0x68e31da4, 0x85ebca6b);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  h = Math.imul(h, 0x297a2d39);
  h ^= h >>> 15;
  return h >>> 0;
}

export const f1 = (tpl: number, a: number): number => mix(tpl, a) & KEY_MASK;
export const f2 = (tpl: number, a: number, b: number): number => mix(mix(tpl, a), b) & KEY_MASK;

function isUpper(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  const s = String.fromCharCode(c);
  return s !== s.toLowerCase();
}
function isLower(c: number): boolean {
  if (c < 128) return c >= 97 && c <= 122;
  const s = String.fromCharCode(c);
  return s !== s.toUpperCase();
}

/** Word shape with runs collapsed: "Lukashenko" -> "Xx", "U.S." -> "X.X.", "1996-08-22" -> "d-d-d". */
export function shapeOf(w: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    const k = isUpper(c) ? 'X' : isLower(c) ? 'x' : c >= 48 && c <= 57 ? 'd' : w[i]!;
    if (k !== last) out += k;
    last = k;
  }
  return out.length > 8 ? out.slice(0, 8) : out;
}

export const isCapitalized = (w: string): boolean => w.length > 0 && isUpper(w.charCodeAt(0));
export function isAllCaps(w: string): boolean {
  let letters = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (isLower(c)) return false;
    if (isUpper(c)) letters++;
  }
  return letters > 0;
}

/* ------------------------------------------------------------------------------------------ */
/* Gazetteer matcher                                                                           */

const GAZ_LISTS: Array<[number, GazetteerEntry[]]> = [
  [0, COUNTRIES],
  [1, CITIES],
  [2, REGIONS],
  [4, INTL_ORGS],
  [5, NEWS_AGENCIES],
  [6, LEADERS],
  [9, SPORTS_CLUBS],
];

interface GazPhrase {
  words: string[];
  cat: number;
}

let gazIndex: Map<string, GazPhrase[]> | null = null;

function buildGazIndex(): Map<string, GazPhrase[]> {
  const index = new Map<string, GazPhrase[]>();
  const add = (name: string, cat: number) => {
    const words = tokenize(name).map((t) => t.text.toLowerCase());
    if (words.length === 0) return;
    const list = index.get(words[0]!) ?? [];
    list.push({ words, cat });
    index.set(words[0]!, list);
  };
  for (const [cat, list] of GAZ_LISTS) for (const e of list) for (const n of e.names) add(n, cat);
  for (const d of DEMONYMS.keys()) {
    add(d, 3);
    add(d + 's', 3);
  }
  for (const n of FIRST_NAMES) add(n, 7);
  for (const t of TITLES) add(t, 8);
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

/**
 * For each token, the gazetteer features: hash of (category, BILOU position) for the longest
 * match of each category covering the token. Matching ignores case but needs a capital letter
 * in the text (titles excepted).
 */
export function gazetteerTags(words: readonly string[]): number[][] {
  gazIndex ??= buildGazIndex();
  const out: number[][] = words.map(() => []);
  const lower = words.map((w) => w.toLowerCase());
  for (let i = 0; i < words.length; i++) {
    const cands = gazIndex.get(lower[i]!);
    if (!cands) continue;
    const seen = new Set<number>();
    for (const p of cands) {
      if (seen.has(p.cat)) continue;
      const n = p.words.length;
      if (i + n > words.length) continue;
      let ok = true;
      for (let k = 0; k < n; k++) if (lower[i + k] !== p.words[k]) { ok = false; break; }
      if (!ok) continue;
      if (p.cat !== 8 && !isCapitalized(words[i]!)) continue;
      seen.add(p.cat);
      for (let k = 0; k < n; k++) {
        const pos = n === 1 ? U : k === 0 ? B : k === n - 1 ? L : I;
        out[i + k]!.push(p.cat * 4 + pos);
      }
    }
  }
  return out;
}

/* ------------------------------------------------------------------------------------------ */
/* Prepared documents                                                                          */

export interface PreparedSentence {
  tokens: Token[];
  /** Static feature keys of each token. */
  feats: Int32Array[];
  /**
   * Number of leading keys in feats[i] that depend on the token's text alone (bias, word,
   * lower case, shape, affixes): their summed weights can be cached per word (CompactModel).
   * Not valid for key lists filtered afterwards (the training script's count pruning).
   */
  wordFeats: Uint8Array;
  /** Hash of each token's lower-cased form (history key). */
  lowerHash: Uint32Array;
  /** Shape hash of each token. */
  shapeHash: Uint32Array;
  capitalized: Uint8Array;
  /** lineKind() of the unit, and whether it is an all-capitals line (headline). */
  line: number;
  allCaps: number;
}

export interface PreparedDoc {
  sentences: PreparedSentence[];
}

/**
 * Splits the text into tagging units: the given sentence spans, further split at line breaks
 * (headlines, datelines and bylines are lines of their own in news text), and an inline
 * dateline ("NAIROBI, Kenya (Reuters) - ...") split off as a unit of its own, as datelines are
 * in the training text.
 */
export function taggingUnits(text: string, sentences: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const s of sentences) {
    let a = s.start;
    for (let i = s.start; i <= s.end; i++) {
      if (i === s.end || text[i] === '\n') {
        if (i > a && /\S/.test(text.slice(a, i))) {
          const d = datelineEnd(text, a, i);
          if (d > 0) {
            out.push({ start: a, end: d });
            let b = d;
            while (b < i && /\s/.test(text[b]!)) b++;
            out.push({ start: b, end: i });
          } else out.push({ start: a, end: i });
        }
        a = i + 1;
      }
    }
  }
  return out;
}

/** An all-capitals place, optionally ", Region", then "(Agency) -". */
const DATELINE = /^\s*[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][A-Za-z.'’-]+(?: [A-Z][A-Za-z.'’-]+){0,2})?(?= ?\([^()\n]{1,40}\) ?[-–—])/;

/** End of an inline dateline's place at the start of text[a, b), or -1. */
function datelineEnd(text: string, a: number, b: number): number {
  const c = text.charCodeAt(a);
  if (!(c >= 65 && c <= 90) && c !== 32) return -1;
  const m = DATELINE.exec(text.slice(a, Math.min(b, a + 120)));
  return m ? a + m[0].length : -1;
}

const T = {
  bias: 1, w: 2, lw: 3, sh: 4, pre: 5, suf: 9, lwm1: 13, lwp1: 14, lwm2: 15, lwp2: 16, shm1: 17, shp1: 18,
  bi1: 19, bi2: 20, shbi1: 21, shbi2: 22, shtri: 23, first: 28, caps: 29, lwm1sh: 30, shlwp1: 31, docc: 32,
  gaz: 36, gazm1: 37, gazp1: 38, len: 39, wm1: 40, wp1: 41, capsw: 42, inParen: 43, gazw: 44, line: 45, lineGaz: 46, lineLw: 47, colon: 48,
  // dynamic
  t1: 60, t12: 61, t1lw: 62, t1sh: 63, hist: 64, histMaj: 65, histp1: 66, t1gaz: 67, histShape: 68,
} as const;

const BOS = hashString('<s>');
const EOS = hashString('</s>');

/**
 * Per word text, computed once per word and process (cleared when WORD_CACHE_MAX words are
 * held): its hashes, the keys of its word-only features (bias, word, lower case, shape,
 * affixes; see wordFeats), and its parts of the context features of its neighbours and itself
 * (CTX_*: keys, or the inner mix of a two-part key), so that prepareDoc mixes only what
 * depends on two words. Every key equals the f1 / f2 of its template (the shape trigram: the
 * same mixing of three parts).
 */
interface WordEntry {
  wh: number;
  lwh: number;
  sh: number;
  keys: Int32Array;
  ctx: Uint32Array;
}
const wordCache = new Map<string, WordEntry>();
const WORD_CACHE_MAX = 65536;

function contextParts(wh: number, lwh: number, sh: number, len: number): Uint32Array {
  return Uint32Array.of(
    f1(T.lwm1, lwh), f1(T.lwp1, lwh), f1(T.lwm2, lwh), f1(T.lwp2, lwh), f1(T.wm1, wh), f1(T.wp1, wh), f1(T.shm1, sh), f1(T.shp1, sh),
    mix(T.bi1, lwh), mix(T.bi2, lwh), mix(T.shbi1, sh), mix(T.shbi2, sh), mix(T.shtri, sh),
    f2(T.first, 0, sh), f2(T.caps, 0, sh), mix(T.lwm1sh, lwh), mix(T.shlwp1, sh), f1(T.len, Math.min(len, 12)),
    f2(T.line, 0, sh), f2(T.inParen, 0, sh),
  );
}
const BOS_CTX = contextParts(BOS, BOS, BOS, 0);
const EOS_CTX = contextParts(EOS, EOS, EOS, 0);

function wordEntry(w: string, lw: string): WordEntry {
  let e = wordCache.get(w);
  if (e) return e;
  const wh = hashString(w);
  const lwh = hashString(lw);
  const sh = hashString(shapeOf(w));
  const f: number[] = [f1(T.bias, 0), f1(T.w, wh), f1(T.lw, lwh), f1(T.sh, sh)];
  // Prefix and suffix hashes, = hashString(w.slice(0, k)) / hashString(lw.slice(-k)).
  let ph = 0x811c9dc5;
  for (let k = 1; k <= 4 && k <= w.length; k++) {
    ph = Math.imul(ph ^ w.charCodeAt(k - 1), 0x01000193);
    let sh2 = 0x811c9dc5;
    if (k > lw.length) sh2 = hashString(lw.slice(lw.length - k));
    else for (let j = lw.length - k; j < lw.length; j++) sh2 = Math.imul(sh2 ^ lw.charCodeAt(j), 0x01000193);
    f.push(f1(T.pre + k - 1, ph >>> 0));
    f.push(f1(T.suf + k - 1, sh2 >>> 0));
  }
  e = { wh, lwh, sh, keys: new Int32Array(f), ctx: contextParts(wh, lwh, sh, w.length) };
  if (wordCache.size >= WORD_CACHE_MAX) wordCache.clear();
  wordCache.set(w, e);
  return e;
}

/** Tokenizes and computes the static features of a document. */
export function prepareDoc(text: string, units: readonly Span[]): PreparedDoc {
  const sentTokens = units.map((u) => tokenize(text, u.start, u.end));
  // Document-level case statistics.
  const lowerSeen = new Set<string>(); // forms seen all lower case
  const capNonInitial = new Set<string>(); // forms seen capitalized (not all caps) after the first token
  const allCapsUnits = sentTokens.map((toks) => {
    let up = 0;
    let low = 0;
    for (const t of toks) {
      for (let i = 0; i < t.text.length; i++) {
        const c = t.text.charCodeAt(i);
        if (isUpper(c)) up++;
        else if (isLower(c)) low++;
      }
    }
    return up > 3 && low < up * 0.1;
  });
  sentTokens.forEach((toks, si) => {
    toks.forEach((t, i) => {
      const w = t.text;
      const c0 = w.charCodeAt(0);
      if (isLower(c0)) lowerSeen.add(w.toLowerCase());
      else if (i > 0 && isUpper(c0) && !allCapsUnits[si] && !isAllCaps(w)) capNonInitial.add(w.toLowerCase());
    });
  });
  const sentences: PreparedSentence[] = sentTokens.map((toks, si) => {
    const n = toks.length;
    const words = toks.map((t) => t.text);
    const lower = words.map((w) => w.toLowerCase());
    const wH = new Uint32Array(n);
    const lwH = new Uint32Array(n);
    const shH = new Uint32Array(n);
    const cap = new Uint8Array(n);
    const entries = new Array<WordEntry>(n);
    for (let i = 0; i < n; i++) {
      const e = wordEntry(words[i]!, lower[i]!);
      entries[i] = e;
      wH[i] = e.wh;
      lwH[i] = e.lwh;
      shH[i] = e.sh;
      cap[i] = isCapitalized(words[i]!) ? 1 : 0;
    }
    const gaz = gazetteerTags(words);
    const allCaps = allCapsUnits[si] ? 1 : 0;
    const line = lineKind(words);
    let depth = 0;
    // All tokens' keys in one buffer, viewed per token: one typed array per token was a hot spot.
    const f: number[] = [];
    const ends = new Int32Array(n);
    const wordFeats = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const w = words[i]!;
      const lw = lower[i]!;
      const lwp1 = i + 1 < n ? lwH[i + 1]! : EOS;
      const shp1 = i + 1 < n ? shH[i + 1]! : EOS;
      const sh = shH[i]!;
      const lwh = lwH[i]!;
      // Word-only keys: bias, word, lower case, shape, prefixes and suffixes (wordEntry).
      const e = entries[i]!;
      const wk = e.keys;
      for (let k = 0; k < wk.length; k++) f.push(wk[k]!);
      wordFeats[i] = wk.length;
      // Context keys from the neighbours' parts (contextParts; BOS / EOS beyond the unit).
      const c = e.ctx;
      const m1 = i > 0 ? entries[i - 1]!.ctx : BOS_CTX;
      const m2 = i > 1 ? entries[i - 2]!.ctx : BOS_CTX;
      const p1 = i + 1 < n ? entries[i + 1]!.ctx : EOS_CTX;
      const p2 = i + 2 < n ? entries[i + 2]!.ctx : EOS_CTX;
      f.push(m1[0]!, p1[1]!, m2[2]!, p2[3]!); // lwm1, lwp1, lwm2, lwp2
      f.push(m1[4]!, p1[5]!); // wm1, wp1
      f.push(m1[6]!, p1[7]!); // shm1, shp1
      f.push(mix(m1[8]!, lwh) & KEY_MASK, mix(c[9]!, lwp1) & KEY_MASK); // bi1, bi2
      f.push(mix(m1[10]!, sh) & KEY_MASK, mix(c[11]!, shp1) & KEY_MASK, mix(mix(m1[12]!, sh), shp1) & KEY_MASK); // shbi1, shbi2, shtri
      f.push(i === 0 ? f2(T.first, 1, sh) : c[13]!);
      f.push(allCaps ? f2(T.caps, allCaps, sh) : c[14]!);
      if (allCaps) f.push(f1(T.capsw, lwh));
      f.push(mix(m1[15]!, sh) & KEY_MASK, mix(c[16]!, lwp1) & KEY_MASK); // lwm1sh, shlwp1
      f.push(c[17]!); // len
      // Line kind: prose, or a results/table line full of numbers (where a city is often a team).
      f.push(line ? f2(T.line, line, sh) : c[18]!);
      if (line && cap[i]) f.push(f2(T.lineLw, line, lwH[i]!));
      for (const g of gaz[i]!) f.push(f2(T.lineGaz, line, g));
      // Document-level case cues.
      if (cap[i]) {
        const code =
          (lowerSeen.has(lw) ? 1 : 0) | (capNonInitial.has(lw) ? 2 : 0) | (isAllCaps(w) ? 4 : 0) | (i === 0 ? 8 : 0) | (allCaps ? 16 : 0);
        f.push(f1(T.docc, code));
      }
      // Parentheses.
      if (w === '(') depth++;
      else if (w === ')') depth = Math.max(0, depth - 1);
      f.push(depth > 0 ? f2(T.inParen, 1, sh) : c[19]!);
      // Gazetteers.
      for (const g of gaz[i]!) {
        f.push(f1(T.gaz, g));
        f.push(f2(T.gazw, g, lwH[i]!));
      }
      if (i > 0) for (const g of gaz[i - 1]!) f.push(f1(T.gazm1, g));
      if (i + 1 < n) for (const g of gaz[i + 1]!) f.push(f1(T.gazp1, g));
      ends[i] = f.length;
    }
    const all = new Int32Array(f);
    const feats: Int32Array[] = new Array<Int32Array>(n);
    for (let i = 0; i < n; i++) feats[i] = all.subarray(i > 0 ? ends[i - 1]! : 0, ends[i]!);
    return { tokens: toks, feats, wordFeats, lowerHash: lwH, shapeHash: shH, capitalized: cap, line, allCaps };
  });
  return { sentences };
}

/**
 * Kind of a tagging unit: 0 = prose; 1 = some numbers (scores, figures); 2 = a table or results
 * line, where at least a third of the tokens are numbers.
 */
export function lineKind(words: readonly string[]): number {
  let digits = 0;
  for (const w of words) {
    // Fast rejection (same result): the pattern needs a digit, and only digits and .,:/- .
    const c = w.charCodeAt(0);
    if (!((c >= 48 && c <= 57) || c === 44 || c === 45 || c === 46 || c === 47 || c === 58)) continue;
    if (/^[\d.,:/-]*\d[\d.,:/-]*$/.test(w)) digits++;
  }
  if (digits === 0) return 0;
  return digits * 3 >= words.length ? 2 : 1;
}

/**
 * Document history of predicted types per lower-cased capitalized word: an open-addressing
 * table keyed by the word hash (a Map of non-small-integer keys was a hot spot).
 */
export class History {
  private keys = new Uint32Array(64);
  /** Packed: last type * 8 + majority type (types: 0 = O, 1.. = TYPES + 1); -1 = empty slot. */
  private state = new Int32Array(64).fill(-1);
  private counts = new Int32Array(64 * (TYPES.length + 1));
  private size = 0;

  private slot(h: number): number {
    const mask = this.keys.length - 1;
    let i = h & mask;
    while (this.state[i] !== -1 && this.keys[i] !== h) i = (i + 1) & mask;
    return i;
  }

  /** Packed state of a word, or -1: last = v >> 3, majority = v & 7. */
  get(h: number): number {
    return this.state[this.slot(h)]!;
  }

  add(h: number, tag: number): void {
    const t = tagType(tag) + 1; // 0 = O
    let i = this.slot(h);
    if (this.state[i] === -1) {
      if ((this.size + 1) * 2 > this.keys.length) {
        this.grow();
        i = this.slot(h);
      }
      this.size++;
      this.keys[i] = h;
    }
    const W = TYPES.length + 1;
    const o = i * W;
    const c = this.counts;
    c[o + t]!++;
    let best = 0;
    for (let k = 1; k < W; k++) if (c[o + k]! > c[o + best]!) best = k;
    this.state[i] = t * 8 + best;
  }

  private grow(): void {
    const W = TYPES.length + 1;
    const { keys, state, counts } = this;
    const n = keys.length * 2;
    this.keys = new Uint32Array(n);
    this.state = new Int32Array(n).fill(-1);
    this.counts = new Int32Array(n * W);
    for (let j = 0; j < keys.length; j++) {
      if (state[j] === -1) continue;
      const i = this.slot(keys[j]!);
      this.keys[i] = keys[j]!;
      this.state[i] = state[j]!;
      for (let k = 0; k < W; k++) this.counts[i * W + k] = counts[j * W + k]!;
    }
  }
}

/** Tag-dependent feature keys of token i, given the tags already chosen before it. */
export function dynamicFeatures(s: PreparedSentence, i: number, tags: ArrayLike<number>, hist: History, out: number[]): void {
  out.length = 0;
  tagFeatures(s, i, i > 0 ? tags[i - 1]! : -1, i > 1 ? tags[i - 2]! : -1, out);
  historyFeatures(s, i, hist, out);
}

/**
 * Keys of the tag features, precomputed per previous tag (index t + 1, t = -1 .. N_TAGS - 1):
 * the same keys as f1 / f2 of the templates, with the tag part of the hash mixed in advance.
 */
const NT1 = N_TAGS + 1;
const T1_KEY = new Int32Array(NT1);
const T12_KEY = new Int32Array(NT1 * NT1);
const T1LW_PRE = new Uint32Array(NT1);
const T1SH_PRE = new Uint32Array(NT1);
for (let a = 0; a < NT1; a++) {
  T1_KEY[a] = f1(T.t1, a + 1);
  T1LW_PRE[a] = mix(T.t1lw, a + 1);
  T1SH_PRE[a] = mix(T.t1sh, a + 1);
  for (let b = 0; b < NT1; b++) T12_KEY[a * NT1 + b] = f2(T.t12, a + 1, b + 1);
}

/** Key of the feature of the two previous tags (t = -1: before the start). */
export function tagPairKey(t1: number, t2: number): number {
  return T12_KEY[(t1 + 1) * NT1 + t2 + 1]!;
}

/** Keys of the features of token i that depend on the previous tag t1 alone, into out[0..2]. */
export function prevTagKeys(s: PreparedSentence, i: number, t1: number, out: Int32Array): void {
  out[0] = T1_KEY[t1 + 1]!;
  out[1] = mix(T1LW_PRE[t1 + 1]!, s.lowerHash[i]!) & KEY_MASK;
  out[2] = mix(T1SH_PRE[t1 + 1]!, s.shapeHash[i]!) & KEY_MASK;
}

/** The features of token i that depend on the two previous tags t1, t2 (-1 = before the start); appended to out. */
export function tagFeatures(s: PreparedSentence, i: number, t1: number, t2: number, out: number[]): void {
  out.push(
    T1_KEY[t1 + 1]!,
    T12_KEY[(t1 + 1) * NT1 + t2 + 1]!,
    mix(T1LW_PRE[t1 + 1]!, s.lowerHash[i]!) & KEY_MASK,
    mix(T1SH_PRE[t1 + 1]!, s.shapeHash[i]!) & KEY_MASK,
  );
}

/** The features of token i from the document history (earlier predictions); appended to out. */
export function historyFeatures(s: PreparedSentence, i: number, hist: History, out: number[]): void {
  if (s.capitalized[i]) {
    const h = hist.get(s.lowerHash[i]!);
    if (h >= 0) {
      out.push(f1(T.hist, h >> 3), f1(T.histMaj, h & 7), f2(T.histShape, h & 7, s.shapeHash[i]!));
    } else out.push(f1(T.hist, 99));
  }
  if (i + 1 < s.tokens.length && s.capitalized[i + 1]) {
    const h = hist.get(s.lowerHash[i + 1]!);
    if (h >= 0) out.push(f1(T.histp1, h & 7));
  }
}
