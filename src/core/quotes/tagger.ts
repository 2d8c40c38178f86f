/**
 * The attribution tagger: an averaged perceptron that tags every token of a paragraph as part of
 * a cue, a source (speaker mention) or a content span (BIO), decoded greedily left to right with
 * the previous tags as features. Its features include the rule extractor's own reading of the
 * paragraph (quotes.ts), so the model learns where the rules are right and what they miss
 * (beliefs, "polls show", noun cues). `assemble` turns the tags into attributions.
 */
import type { Quote, Span } from '../types.ts';
import { CUE_STATS } from './cue-lexicon.ts';
import { findQuoteRegions, type QuoteRegion } from './marks.ts';
import { tokenize, type Tok } from './tokens.ts';
import { lowerBound } from '../text/bisect.ts';
import { hashString } from '../text/hash.ts';
import { RangeEncoder, RowModel, decodeRows } from '../text/codec.ts';

export const TAGS = ['O', 'B-CON', 'I-CON', 'B-SRC', 'I-SRC', 'B-CUE', 'I-CUE'] as const;
export const N_TAGS = TAGS.length;
export const O = 0;
export const B_CON = 1;
export const I_CON = 2;
export const B_SRC = 3;
export const I_SRC = 4;
export const B_CUE = 5;
export const I_CUE = 6;

/** Role of a tag: 0 none, 1 content, 2 source, 3 cue. */
export const roleOf = (t: number): number => (t + 1) >> 1;
const isInside = (t: number): boolean => t > 0 && t % 2 === 0;

/** FNV-1a hash of a string (32 bit, unsigned). */
export const hashStr = hashString;
/** Combines a hash with a small integer. */
export function mix(h: number, v: number): number {
  let x = Math.imul(h ^ (v + 0x9e3779b9), 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** A paragraph prepared for tagging. */
export interface Unit {
  toks: Tok[];
  /** Sentence index (into ctx.sentences) of each token. */
  sent: Int32Array;
  /** Static feature keys of each token (views into `keys`, made on first use: decoding reads `keys`). */
  readonly feats: Uint32Array[];
  /** Whether each token is inside a quotation (double marks). */
  inQuote: Uint8Array;
  /** Whether each token starts a sentence. */
  sentStart: Uint8Array;
  lowerHash: Uint32Array;
  /** All tokens' static feature keys in one buffer: token i's are keys[ends[i - 1] .. ends[i]). */
  keys: Uint32Array;
  ends: Int32Array;
  /** The word form facts of each token (shared by all tokens of the form). */
  words: WordInfo[];
}

function shape(w: string): string {
  let out = '';
  let last = '';
  for (const ch of w) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    if (c !== last) out += c;
    last = c;
    if (out.length > 5) break;
  }
  return out;
}

const CUE_LIKE = (l: string): boolean => {
  const st = CUE_STATS[l];
  return st !== undefined && st[0] >= 4 && st[0] / st[1] >= 0.25;
};
function cueBucket(l: string): string {
  const st = CUE_STATS[l];
  if (!st) return '0';
  const r = st[0] / st[1];
  return `${r >= 0.8 ? 4 : r >= 0.6 ? 3 : r >= 0.4 ? 2 : 1}${st[0] >= 100 ? 'h' : st[0] >= 20 ? 'm' : 'l'}`;
}
const distBucket = (d: number): number => (d <= 3 ? d : d <= 5 ? 4 : d <= 9 ? 6 : d <= 16 ? 10 : 17);

/** Feature templates (slot hashes). */
const SLOTS = [
  'w', 'l', 'sh', 's3', 's2', 'p3', 'lm1', 'lm2', 'lp1', 'lp2', 'bgm', 'bgp', 'tgp', 'cb', 'cbm1', 'cbp1', 'cbp2', 'q', 'ql', 'qm',
  'qmm1', 'qmp1', 'sq', 'ss', 'se', 'ps', 'r', 'rf', 'r3', 'rq', 'rl', 'lc', 'rc', 'lcw', 'rcw', 'lcrc', 'lcwd', 'rcwd', 'rcc',
  'rccw', 'lct', 'lctw',
] as const;
const S = Object.fromEntries(SLOTS.map((k) => [k, hashStr(k)])) as Record<(typeof SLOTS)[number], number>;
/** Number of word features (the first keys of every token). */
const N_WORD_FEATS = 7;
/** Most static keys one token has. */
const MAX_STATIC = 43;
const H_BIAS = hashStr('b');
/** Features of the word form alone. */
function wordFeats(w: string, l: string): Uint32Array {
  return Uint32Array.from([
    H_BIAS,
    mix(S.w, hashStr(w)),
    mix(S.l, hashStr(l)),
    mix(S.sh, hashStr(shape(w))),
    mix(S.s3, hashStr(l.slice(-3))),
    mix(S.s2, hashStr(l.slice(-2))),
    mix(S.p3, hashStr(l.slice(0, 3))),
  ]);
}

/** What a word form (as written) gives each of its tokens; computed once per form. */
export interface WordInfo {
  /** Hash of the lower-case form. */
  lh: number;
  /** Hash of the form's cue-lexicon bucket. */
  cbh: number;
  /** Whether the lower-case form is cue-like by the lexicon. */
  cueLike: boolean;
  /** Keys of the word features (the first N_WORD_FEATS static keys of its tokens). */
  wf: Uint32Array;
  /** Keys of the form as a neighbour, cue word or with a flag (see NK). */
  nk: Uint32Array;
  /** The model the two caches below were filled from. */
  model: CompactModel | null;
  /** Scores after the word features alone, added from zero in their order (as decoding adds them). */
  pre: Float64Array;
  /** Row (offset in CompactModel.weights) of the (previous tag, word) feature per previous tag; -1 not looked up yet. */
  ptl: Int32Array;
}
/** Offsets in WordInfo.nk: the form as previous / next word (LM1 .. LP2), its cue bucket key as
 * this / previous / next words' (CB .. CBP2), (form, in quotation) at QL + flag, (form, rule role)
 * at RL + role, the form as the nearest cue word on the left / right (LCW, RCW). */
const NK = { LM1: 0, LM2: 1, LP1: 2, LP2: 3, CB: 4, CBM1: 5, CBP1: 6, CBP2: 7, QL: 8, RL: 10, LCW: 14, RCW: 15 } as const;
/** mix(slot, v) for v in 0 .. size - 1. */
const smallKeys = (slot: number, size: number): Uint32Array => Uint32Array.from({ length: size }, (_, v) => mix(slot, v));
/** Keys of the features with small integer values, by value (the values as prepare writes them). */
const K = {
  lm1: mix(S.lm1, hashStr('<s>')), lm2: mix(S.lm2, hashStr('<s>')), lp1: mix(S.lp1, hashStr('</s>')), lp2: mix(S.lp2, hashStr('</s>')),
  cbm1: mix(S.cbm1, 0), cbp1: mix(S.cbp1, 0), cbp2: mix(S.cbp2, 0), lcw: mix(S.lcw, 1), rcw: mix(S.rcw, 1),
  q: smallKeys(S.q, 2), qm: smallKeys(S.qm, 10), qmm1: smallKeys(S.qmm1, 10), qmp1: smallKeys(S.qmp1, 10), sq: smallKeys(S.sq, 2),
  ss: smallKeys(S.ss, 4), se: smallKeys(S.se, 2), ps: smallKeys(S.ps, 4), r: smallKeys(S.r, 4), rf: smallKeys(S.rf, 8),
  r3: smallKeys(S.r3, 940), rq: smallKeys(S.rq, 8), lc: smallKeys(S.lc, 100), rc: smallKeys(S.rc, 100),
  rcc: smallKeys(S.rcc, 200), lct: smallKeys(S.lct, 200),
};
const wordInfos = new Map<string, WordInfo>();
function wordInfo(t: Tok): WordInfo {
  let x = wordInfos.get(t.w);
  if (x) return x;
  const l = t.l; // a function of t.w
  const lh = hashStr(l);
  const cbh = hashStr(cueBucket(l));
  const nk = Uint32Array.from([
    mix(S.lm1, lh), mix(S.lm2, lh), mix(S.lp1, lh), mix(S.lp2, lh),
    mix(S.cb, cbh), mix(S.cbm1, cbh), mix(S.cbp1, cbh), mix(S.cbp2, cbh),
    mix(S.ql, mix(lh, 0)), mix(S.ql, mix(lh, 1)),
    mix(S.rl, mix(lh, 0)), mix(S.rl, mix(lh, 1)), mix(S.rl, mix(lh, 2)), mix(S.rl, mix(lh, 3)),
    mix(S.lcw, lh), mix(S.rcw, lh),
  ]);
  x = { lh, cbh, cueLike: CUE_LIKE(l), wf: wordFeats(t.w, l), nk, model: null, pre: new Float64Array(N_TAGS), ptl: new Int32Array(8) };
  if (wordInfos.size > 50000) wordInfos.clear();
  wordInfos.set(t.w, x);
  return x;
}

/** Rule roles per token: 0 none, 1 content, 2 source, 3 cue; +4 marks the first token of a span. */
function ruleRoles(toks: Tok[], rules: readonly Quote[]): Uint8Array {
  const out = new Uint8Array(toks.length);
  const n = toks.length;
  const mark = (s: number, e: number, role: number) => {
    let first = true;
    for (let i = firstTokAt(toks, s); i < n && toks[i]!.s < e; i++) {
      if (toks[i]!.e <= e + 1) {
        out[i] = role + (first ? 4 : 0);
        first = false;
      }
    }
  };
  for (const q of rules) {
    for (const [a, b] of q.spans) mark(a, b, 1);
    if (q.speaker) mark(q.speaker.start, q.speaker.end, 2);
    if (q.cue) mark(q.cue.start, q.cue.end, 3);
  }
  return out;
}

/** Index of the first token starting at or after offset `at` (tokens are sorted and disjoint). */
const firstTokAt = (toks: readonly Tok[], at: number): number => lowerBound(toks.length, (i) => toks[i]!.s, at);

/** Index of the first token ending at or after offset `at`. */
const firstTokEndingAt = (toks: readonly Tok[], at: number): number => lowerBound(toks.length, (i) => toks[i]!.e, at);

/** For each paragraph, the items (in their order) with a range overlapping it (a < p.end && b > p.start). */
function byParagraph<T>(paragraphs: readonly Span[], items: readonly T[], ranges: (x: T) => Array<readonly [number, number]>): T[][] {
  const out: T[][] = paragraphs.map(() => []);
  for (const x of items) {
    for (const [a, b] of ranges(x)) {
      // the first paragraph ending after a
      for (let pi = lowerBound(paragraphs.length, (i) => paragraphs[i]!.end, a + 1); pi < paragraphs.length && paragraphs[pi]!.start < b; pi++) {
        const p = paragraphs[pi]!;
        const list = out[pi]!;
        if (a < p.end && b > p.start && list[list.length - 1] !== x) list.push(x);
      }
    }
  }
  return out;
}

/** Whether the spans are sorted by start and disjoint (the binary searches above rely on it). */
function sortedDisjoint(spans: readonly Span[]): boolean {
  for (let i = 1; i < spans.length; i++) if (spans[i]!.start < spans[i - 1]!.end || spans[i]!.start < spans[i - 1]!.start) return false;
  return true;
}

class PreparedUnit implements Unit {
  toks: Tok[];
  sent: Int32Array;
  inQuote: Uint8Array;
  sentStart: Uint8Array;
  lowerHash: Uint32Array;
  keys: Uint32Array;
  ends: Int32Array;
  words: WordInfo[];
  private views: Uint32Array[] | null = null;
  constructor(toks: Tok[], sent: Int32Array, inQuote: Uint8Array, sentStart: Uint8Array, lowerHash: Uint32Array, keys: Uint32Array, ends: Int32Array, words: WordInfo[]) {
    this.toks = toks;
    this.sent = sent;
    this.inQuote = inQuote;
    this.sentStart = sentStart;
    this.lowerHash = lowerHash;
    this.keys = keys;
    this.ends = ends;
    this.words = words;
  }
  get feats(): Uint32Array[] {
    if (!this.views) {
      const n = this.toks.length;
      const v = new Array<Uint32Array>(n);
      for (let i = 0; i < n; i++) v[i] = this.keys.subarray(i > 0 ? this.ends[i - 1]! : 0, this.ends[i]!);
      this.views = v;
    }
    return this.views;
  }
}

/** Scratch buffer for the static keys of one paragraph (copied out at its exact size). */
let keyBuf = new Uint32Array(1 << 14);
const BOS = hashStr('<s>');
const EOS = hashStr('</s>');

export function prepare(text: string, paragraphs: readonly Span[], sentences: readonly Span[], rules: readonly Quote[], allRegions?: readonly QuoteRegion[]): Unit[] {
  const regions = allRegions ?? findQuoteRegions(text, paragraphs, sentences);
  const units: Unit[] = [];
  let si = 0;
  const fast = sortedDisjoint(paragraphs);
  const regionsOf = fast ? byParagraph(paragraphs, regions, (r) => [[r.open, r.close]]) : null;
  const rulesOf = fast ? byParagraph(paragraphs, rules, (q) => q.spans) : null;
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi]!;
    const toks = tokenize(text, p.start, p.end);
    const n = toks.length;
    if (n === 0) continue;
    const sent = new Int32Array(n);
    const sentStart = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const s = toks[i]!.s;
      while (si < sentences.length - 1 && sentences[si]!.end <= s) si++;
      sent[i] = si;
      sentStart[i] = i === 0 || sent[i - 1] !== si ? 1 : 0;
    }
    const pRegions = regionsOf ? regionsOf[pi]! : regions.filter((r) => r.open < p.end && r.close > p.start);
    const inQuote = new Uint8Array(n);
    const qmark = new Uint8Array(n); // 1 open, 2 close
    for (const r of pRegions) {
      if (r.single) continue;
      for (let i = firstTokAt(toks, r.start); i < n && toks[i]!.s <= r.end; i++) if (toks[i]!.e <= r.end) inQuote[i] = 1;
      const o = firstTokAt(toks, r.open);
      if (o < n && toks[o]!.s === r.open) qmark[o] = 1;
      if (!r.unclosed) {
        const c = firstTokEndingAt(toks, r.close);
        if (c < n && toks[c]!.e === r.close && toks[c]!.s !== r.open) qmark[c] = 2;
      }
    }
    const single = new Uint8Array(n);
    for (const r of pRegions) if (r.single) for (let i = firstTokAt(toks, r.start); i < n && toks[i]!.s <= r.end; i++) if (toks[i]!.e <= r.end) single[i] = 1;
    const roles = ruleRoles(toks, rulesOf ? rulesOf[pi]! : rules.filter((q) => q.spans.some(([a, b]) => a < p.end && b > p.start)));
    const words = new Array<WordInfo>(n);
    const lowerHash = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
      const wi = wordInfo(toks[i]!);
      words[i] = wi;
      lowerHash[i] = wi.lh;
    }
    // nearest cue-like word to the left and right within the sentence
    const cueLike = new Uint8Array(n);
    for (let i = 0; i < n; i++) cueLike[i] = (words[i]!.cueLike && !toks[i]!.cap) || (toks[i]!.l === 'according' && i + 1 < n && toks[i + 1]!.l === 'to') ? 1 : 0;
    const leftCue = new Int32Array(n).fill(-1);
    const rightCue = new Int32Array(n).fill(-1);
    for (let i = 0, last = -1; i < n; i++) {
      if (sentStart[i]) last = -1;
      leftCue[i] = last;
      if (cueLike[i] && !inQuote[i]) last = i;
    }
    for (let i = n - 1, last = -1; i >= 0; i--) {
      rightCue[i] = last;
      if (cueLike[i] && !inQuote[i]) last = i;
      if (sentStart[i]) last = -1;
    }
    // nearest comma or closing mark at or after each token, nearest "that", ":" or opening mark at or before it
    const nextComma = new Int32Array(n + 1).fill(n);
    for (let k = n - 1; k >= 0; k--) nextComma[k] = toks[k]!.w === ',' || qmark[k] === 2 ? k : nextComma[k + 1]!;
    const prevThat = new Int32Array(n).fill(-1);
    for (let k = 0; k < n; k++) prevThat[k] = toks[k]!.l === 'that' || toks[k]!.w === ':' || qmark[k] === 1 ? k : k > 0 ? prevThat[k - 1]! : -1;
    const sentFirst = sent[0]!;
    // All tokens' keys in one buffer (one typed array per token was a hot spot); the order of the
    // keys is the order their weights are added in.
    if (keyBuf.length < n * MAX_STATIC) keyBuf = new Uint32Array(n * MAX_STATIC * 2);
    const f = keyBuf;
    let fp = 0;
    const ends = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const wi = words[i]!;
      const nk = wi.nk;
      const lh = lowerHash[i]!;
      const first = sentStart[i]!;
      const hasM1 = i > 0 && !first;
      const hasM2 = hasM1 && i > 1 && !sentStart[i - 1];
      const hasP1 = i + 1 < n && !sentStart[i + 1];
      const hasP2 = hasP1 && i + 2 < n && !sentStart[i + 2];
      const hm1 = hasM1 ? lowerHash[i - 1]! : BOS;
      const hp1 = hasP1 ? lowerHash[i + 1]! : EOS;
      const hp2 = hasP2 ? lowerHash[i + 2]! : EOS;
      const q = inQuote[i]!;
      const r = roles[i]! & 3;
      const rFirst = roles[i]! >> 2;
      const rm1 = i > 0 ? roles[i - 1]! & 3 : 9;
      const rp1 = i + 1 < n ? roles[i + 1]! & 3 : 9;
      const wfi = wi.wf;
      for (let k = 0; k < N_WORD_FEATS; k++) f[fp++] = wfi[k]!;
      f[fp++] = hasM1 ? words[i - 1]!.nk[NK.LM1]! : K.lm1;
      f[fp++] = hasM2 ? words[i - 2]!.nk[NK.LM2]! : K.lm2;
      f[fp++] = hasP1 ? words[i + 1]!.nk[NK.LP1]! : K.lp1;
      f[fp++] = hasP2 ? words[i + 2]!.nk[NK.LP2]! : K.lp2;
      f[fp++] = mix(S.bgm, mix(hm1, lh));
      const lhp1 = mix(lh, hp1);
      f[fp++] = mix(S.bgp, lhp1);
      f[fp++] = mix(S.tgp, mix(lhp1, hp2));
      f[fp++] = nk[NK.CB]!;
      f[fp++] = i > 0 ? words[i - 1]!.nk[NK.CBM1]! : K.cbm1;
      f[fp++] = i + 1 < n ? words[i + 1]!.nk[NK.CBP1]! : K.cbp1;
      f[fp++] = i + 2 < n ? words[i + 2]!.nk[NK.CBP2]! : K.cbp2;
      f[fp++] = K.q[q]!;
      f[fp++] = nk[NK.QL + q]!;
      f[fp++] = K.qm[qmark[i]!]!;
      f[fp++] = K.qmm1[i > 0 ? qmark[i - 1]! : 9]!;
      f[fp++] = K.qmp1[i + 1 < n ? qmark[i + 1]! : 9]!;
      f[fp++] = K.sq[single[i]!]!;
      f[fp++] = K.ss[first * 2 + q]!;
      f[fp++] = K.se[i + 1 === n || sentStart[i + 1] ? 1 : 0]!;
      f[fp++] = K.ps[(sent[i] === sentFirst ? 2 : 0) + first]!;
      f[fp++] = K.r[r]!;
      f[fp++] = K.rf[r * 2 + rFirst]!;
      f[fp++] = K.r3[rm1 * 100 + r * 10 + rp1]!;
      f[fp++] = K.rq[r * 2 + q]!;
      f[fp++] = nk[NK.RL + r]!;
      const lc = leftCue[i]!;
      const rc = rightCue[i]!;
      const lcw = lc >= 0 ? lowerHash[lc]! : 1;
      const rcw = rc >= 0 ? lowerHash[rc]! : 1;
      const ld = lc >= 0 ? distBucket(i - lc) : 99;
      const rd = rc >= 0 ? distBucket(rc - i) : 99;
      f[fp++] = K.lc[ld]!;
      f[fp++] = K.rc[rd]!;
      f[fp++] = lc >= 0 ? words[lc]!.nk[NK.LCW]! : K.lcw;
      f[fp++] = rc >= 0 ? words[rc]!.nk[NK.RCW]! : K.rcw;
      f[fp++] = mix(S.lcrc, ld * 1000 + rd * 10 + q);
      f[fp++] = mix(S.lcwd, mix(lcw, ld));
      f[fp++] = mix(S.rcwd, mix(rcw, rd));
      if (rc >= 0) {
        // what lies between the token and the next cue: a comma or quotation mark means "CONTENT, X said"
        const comma = nextComma[i + 1]! < rc ? 1 : 0;
        f[fp++] = K.rcc[comma * 100 + rd]!;
        f[fp++] = mix(S.rccw, mix(rcw, comma));
      }
      if (lc >= 0) {
        const that = i > 0 && prevThat[i - 1]! > lc ? 1 : 0;
        f[fp++] = K.lct[that * 100 + ld]!;
        f[fp++] = mix(S.lctw, mix(lcw, that));
      }
      ends[i] = fp;
    }
    units.push(new PreparedUnit(toks, sent, inQuote, sentStart, lowerHash, f.slice(0, fp), ends, words));
  }
  return units;
}

const H_PT = hashStr('pt');
const H_PT2 = hashStr('pt2');
const H_PTL = hashStr('ptl');
const H_SEEN = hashStr('seen');
const H_PTQ = hashStr('ptq');
const H_PTS = hashStr('pts');
const H_RUN = hashStr('run');
const H_CUEAT = hashStr('cueat');

/** Features of the tags decided so far. */
export function dynamicFeatures(u: Unit, i: number, tags: ArrayLike<number>, seen: number, out: number[]): void {
  const p1 = i > 0 ? tags[i - 1]! : 7;
  const p2 = i > 1 ? tags[i - 2]! : 7;
  // length of the current run and distance to the last cue tag
  const r1 = roleOf(p1 === 7 ? 0 : p1);
  let run = 0;
  let cueAt = 0;
  for (let k = i - 1; k >= 0 && k >= i - 30; k--) {
    const r = roleOf(tags[k]!);
    if (run === i - 1 - k && r === r1) run++;
    if (!cueAt && r === 3) cueAt = i - k;
  }
  dynKeys(u, i, p1, p2, seen, r1, run, cueAt, out);
}

/**
 * The keys of the dynamic features of token i: previous tags p1, p2 (7 before the paragraph),
 * roles seen in the sentence, the previous token's role r1 and its run length (up to 30), the
 * distance to the last cue tag (0: none within 30 tokens).
 */
export function dynKeys(u: Unit, i: number, p1: number, p2: number, seen: number, r1: number, run: number, cueAt: number, out: number[]): void {
  out.length = 0;
  out.push(mix(H_PT, p1), mix(H_PT2, p1 * 8 + p2), mix(u.lowerHash[i]!, mix(H_PTL, p1)), mix(H_SEEN, seen), mix(H_PTQ, p1 * 2 + u.inQuote[i]!));
  out.push(mix(H_PTS, p1 * 2 + u.sentStart[i]!));
  out.push(mix(H_RUN, r1 * 100 + distBucket(run)), mix(H_CUEAT, distBucket(cueAt) * 2 + u.inQuote[i]!));
}

/** Weights lookup. */
export interface Scorer {
  add(key: number, scores: Float32Array | Float64Array): void;
}

/** Whether tag may follow prev. */
export function allowed(prev: number, tag: number): boolean {
  if (!isInside(tag)) return true;
  return prev === tag || prev === tag - 1;
}

/** Roles seen so far in the sentence (bits: content, source, cue). */
export function seenAfter(seen: number, u: Unit, i: number, tag: number): number {
  const s = u.sentStart[i + 1] ? 0 : seen;
  const r = roleOf(tag);
  return r ? s | (1 << (r - 1)) : s;
}

/** Decoding biases (added to the scores of the tags): a lower O score trades precision for recall; a
 * lower B-CON score keeps a content run going rather than restarting it (fewer split or clipped pieces). */
export const DECODE_BIAS = { o: -70, bcon: -8, icon: 0, bsrc: 0, isrc: 0, bcue: 0, icue: 0 };

/**
 * Decoding of one paragraph: greedy (`beam` 1, as the committed model was trained unless its
 * QUOTE_MODEL_BEAM says otherwise) or beam search of width `beam` (see QuoteBeam).
 */
export function decode(model: Scorer, u: Unit, beam = 1): Uint8Array {
  if (beam > 1) return decodeBeam(model, u, beam);
  return model instanceof CompactModel ? decodeCompact(model, u) : decodeReference(model, u);
}

/**
 * A token's scores from the feature definitions: its static features (`u.feats[i]`) and the dynamic
 * ones of the tags so far (written to `dyn`, which the trainer reuses for its updates).
 */
export function scoreToken(model: Scorer, u: Unit, i: number, tags: Uint8Array, seen: number, dyn: number[], scores: Float64Array): void {
  scores.fill(0);
  const f = u.feats[i]!;
  for (let k = 0; k < f.length; k++) model.add(f[k]!, scores);
  dynamicFeatures(u, i, tags, seen, dyn);
  for (let k = 0; k < dyn.length; k++) model.add(dyn[k]!, scores);
}

/**
 * Greedy decoding with any scorer, straight from the feature definitions (`u.feats`,
 * `dynamicFeatures`); `decodeCompact` must give the same tags.
 */
export function decodeReference(model: Scorer, u: Unit): Uint8Array {
  const n = u.toks.length;
  const tags = new Uint8Array(n);
  const scores = new Float64Array(N_TAGS);
  const dyn: number[] = [];
  let seen = 0;
  for (let i = 0; i < n; i++) {
    if (u.sentStart[i]) seen = 0;
    scoreToken(model, u, i, tags, seen, dyn, scores);
    tags[i] = pickTag(scores, i > 0 ? tags[i - 1]! : O);
    seen = seenAfter(seen, u, i, tags[i]!);
  }
  return tags;
}

/** The allowed tag (after `prev`) of highest score with the decoding biases; the first on ties. */
function pickTag(scores: Float64Array, prev: number): number {
  scores[O] = scores[O]! + DECODE_BIAS.o;
  scores[B_CON] = scores[B_CON]! + DECODE_BIAS.bcon;
  scores[I_CON] = scores[I_CON]! + DECODE_BIAS.icon;
  scores[B_SRC] = scores[B_SRC]! + DECODE_BIAS.bsrc;
  scores[I_SRC] = scores[I_SRC]! + DECODE_BIAS.isrc;
  scores[B_CUE] = scores[B_CUE]! + DECODE_BIAS.bcue;
  scores[I_CUE] = scores[I_CUE]! + DECODE_BIAS.icue;
  return bestAllowed(scores, prev);
}

/** The allowed tag (after `prev`) of highest score; the first on ties. */
export function bestAllowed(scores: ArrayLike<number>, prev: number): number {
  let best = 0;
  let bs = -Infinity;
  for (let t = 0; t < N_TAGS; t++) {
    if (!allowed(prev, t)) continue;
    if (scores[t]! > bs) {
      bs = scores[t]!;
      best = t;
    }
  }
  return best;
}

/** Index of a distance bucket (distBucket's values 0..17 map to themselves). */
const N_BUCKETS = 18;

/** Scratch buffer of decodeCompact: home slot, then row, of each static key. */
let rowBuf = new Int32Array(1 << 14);

/**
 * `decodeReference` for the compact model, adding the same weights in the same order (so the
 * same sums to the last bit: the rows' zeros added in between change no sum) with fewer
 * look-ups: the static features do not depend on the tags, so their rows are found first for the
 * whole paragraph (the first sweep only computes each key's home slot) and summed per token,
 * the word features' sum is kept per word form, the dynamic features' rows are looked up once per
 * model (small domains) or per word form and previous tag, and the run length and the distance to
 * the last cue are kept as it goes.
 */
/** The static features' scores of every token (token i's at i * N_TAGS + tag), adding the weights in `u.feats` order. */
function staticScores(model: CompactModel, u: Unit): Float64Array {
  const n = u.toks.length;
  const { keys, ends, words } = u;
  const { slots, weights: W } = model;
  const zero = model.zero;
  const hmask = model.mask;
  const m = keys.length;
  if (rowBuf.length < m) rowBuf = new Int32Array(m * 2);
  const rows = rowBuf;
  for (let i = 0, k = 0; i < n; i++) {
    const end = ends[i]!;
    for (k += N_WORD_FEATS; k < end; k++) rows[k] = mix(keys[k]! & KEY_MASK, 0) & hmask;
  }
  for (let i = 0, k = 0; i < n; i++) {
    const end = ends[i]!;
    for (k += N_WORD_FEATS; k < end; k++) {
      const key1 = (keys[k]! & KEY_MASK) + 1;
      let h = rows[k]!;
      let sk = slots[h * ROW_SIZE]!;
      while (sk !== key1 && sk !== 0) {
        h = (h + 1) & hmask;
        sk = slots[h * ROW_SIZE]!;
      }
      rows[k] = sk === 0 ? zero : h * ROW_SIZE + 1;
    }
  }
  // static scores of each token, tag by tag
  const stat = new Float64Array(n * N_TAGS);
  for (let i = 0, k = 0; i < n; i++) {
    const wi = words[i]!;
    if (wi.model !== model) model.fillWord(wi);
    const pre = wi.pre;
    let s0 = pre[0]!, s1 = pre[1]!, s2 = pre[2]!, s3 = pre[3]!, s4 = pre[4]!, s5 = pre[5]!, s6 = pre[6]!;
    const end = ends[i]!;
    for (k += N_WORD_FEATS; k < end; k++) {
      const r = rows[k]!;
      s0 += W[r]!;
      s1 += W[r + 1]!;
      s2 += W[r + 2]!;
      s3 += W[r + 3]!;
      s4 += W[r + 4]!;
      s5 += W[r + 5]!;
      s6 += W[r + 6]!;
    }
    const o = i * N_TAGS;
    stat[o] = s0;
    stat[o + 1] = s1;
    stat[o + 2] = s2;
    stat[o + 3] = s3;
    stat[o + 4] = s4;
    stat[o + 5] = s5;
    stat[o + 6] = s6;
  }
  return stat;
}

function decodeCompact(model: CompactModel, u: Unit): Uint8Array {
  const n = u.toks.length;
  const tags = new Uint8Array(n);
  const { words, inQuote, sentStart } = u;
  const W = model.weights;
  const dr = model.dyn();
  const stat = staticScores(model, u);
  const scores = new Float64Array(N_TAGS);
  const dyn = new Int32Array(8);
  let seen = 0;
  let runLen = 0; // tokens in the run of the previous token's role, up to it
  let lastCue = -1; // last token tagged as a cue
  let prevRole = 0;
  for (let i = 0; i < n; i++) {
    if (sentStart[i]) seen = 0;
    const wi = words[i]!;
    // dynamicFeatures, in its order
    const p1 = i > 0 ? tags[i - 1]! : 7;
    const p2 = i > 1 ? tags[i - 2]! : 7;
    const q = inQuote[i]!;
    let ptl = wi.ptl[p1]!;
    if (ptl < 0) ptl = wi.ptl[p1] = model.find(mix(wi.lh, mix(H_PTL, p1)));
    const run = i > 0 ? Math.min(runLen, 30) : 0;
    const cueAt = lastCue >= 0 && i - lastCue <= 30 ? i - lastCue : 0;
    dyn[0] = dr.pt[p1]!;
    dyn[1] = dr.pt2[p1 * 8 + p2]!;
    dyn[2] = ptl;
    dyn[3] = dr.seen[seen]!;
    dyn[4] = dr.ptq[p1 * 2 + q]!;
    dyn[5] = dr.pts[p1 * 2 + sentStart[i]!]!;
    dyn[6] = dr.run[prevRole * N_BUCKETS + distBucket(run)]!;
    dyn[7] = dr.cueAt[distBucket(cueAt) * 2 + q]!;
    for (let t = 0; t < N_TAGS; t++) {
      let v = stat[i * N_TAGS + t]!;
      for (let d = 0; d < 8; d++) v += W[dyn[d]! + t]!;
      scores[t] = v;
    }
    const best = pickTag(scores, i > 0 ? tags[i - 1]! : O);
    tags[i] = best;
    seen = seenAfter(seen, u, i, best);
    const role = roleOf(best);
    runLen = i > 0 && role === prevRole ? runLen + 1 : 1;
    prevRole = role;
    if (role === 3) lastCue = i;
  }
  return tags;
}

// ---------------------------------------------------------------------------------------------
// Beam search

/** What the beam search needs of a model: static scores per token and the dynamic features' scores per hypothesis. */
export interface BeamScorer {
  /** Called once per paragraph before the search; returns the buffer of static scores (token i's at i * N_TAGS). */
  begin(u: Unit): Float64Array;
  /** Called before token i is scored (a trainer fills token i's static scores here, with its current weights). */
  token(u: Unit, i: number, stat: Float64Array): void;
  /** Adds the scores of token i's dynamic features (see `dynKeys`) to out. */
  addDyn(u: Unit, i: number, p1: number, p2: number, seen: number, r1: number, run: number, cueAt: number, out: Float64Array): void;
}

/** A BeamScorer for the compact model: static scores as `decodeCompact` adds them, dynamic rows from its tables. */
class CompactBeamScorer implements BeamScorer {
  private readonly m: CompactModel;
  private readonly dr: DynRows;
  constructor(m: CompactModel) {
    this.m = m;
    this.dr = m.dyn();
  }
  begin(u: Unit): Float64Array {
    return staticScores(this.m, u);
  }
  token(): void {}
  addDyn(u: Unit, i: number, p1: number, p2: number, seen: number, r1: number, run: number, cueAt: number, out: Float64Array): void {
    const { m, dr } = this;
    const W = m.weights;
    const wi = u.words[i]!;
    const q = u.inQuote[i]!;
    let ptl = wi.ptl[p1]!;
    if (ptl < 0) ptl = wi.ptl[p1] = m.find(mix(wi.lh, mix(H_PTL, p1)));
    const d0 = dr.pt[p1]!;
    const d1 = dr.pt2[p1 * 8 + p2]!;
    const d3 = dr.seen[seen]!;
    const d4 = dr.ptq[p1 * 2 + q]!;
    const d5 = dr.pts[p1 * 2 + u.sentStart[i]!]!;
    const d6 = dr.run[r1 * N_BUCKETS + distBucket(run)]!;
    const d7 = dr.cueAt[distBucket(cueAt) * 2 + q]!;
    for (let t = 0; t < N_TAGS; t++) {
      out[t] = out[t]! + W[d0 + t]! + W[d1 + t]! + W[ptl + t]! + W[d3 + t]! + W[d4 + t]! + W[d5 + t]! + W[d6 + t]! + W[d7 + t]!;
    }
  }
}

/** A BeamScorer for any Scorer, straight from the feature definitions (`u.feats`, `dynKeys`). */
export class ReferenceBeamScorer implements BeamScorer {
  private readonly m: Scorer;
  private buf = new Float64Array(0);
  private readonly keys: number[] = [];
  private readonly sc = new Float64Array(N_TAGS);
  constructor(m: Scorer) {
    this.m = m;
  }
  begin(u: Unit): Float64Array {
    const need = u.toks.length * N_TAGS;
    if (this.buf.length < need) this.buf = new Float64Array(need * 2);
    return this.buf;
  }
  token(u: Unit, i: number, stat: Float64Array): void {
    const sc = this.sc;
    sc.fill(0);
    const f = u.feats[i]!;
    for (let k = 0; k < f.length; k++) this.m.add(f[k]!, sc);
    stat.set(sc, i * N_TAGS);
  }
  addDyn(u: Unit, i: number, p1: number, p2: number, seen: number, r1: number, run: number, cueAt: number, out: Float64Array): void {
    const sc = this.sc;
    sc.fill(0);
    dynKeys(u, i, p1, p2, seen, r1, run, cueAt, this.keys);
    for (let k = 0; k < this.keys.length; k++) this.m.add(this.keys[k]!, sc);
    for (let t = 0; t < N_TAGS; t++) out[t] = out[t]! + sc[t]!;
  }
}

const beamScorers = new WeakMap<CompactModel, CompactBeamScorer>();
const beams = new Map<number, QuoteBeam>();
/** Beam search decoding of one paragraph with the decoding biases. */
export function decodeBeam(model: Scorer, u: Unit, k: number): Uint8Array {
  let scorer: BeamScorer;
  if (model instanceof CompactModel) {
    let s = beamScorers.get(model);
    if (!s) beamScorers.set(model, (s = new CompactBeamScorer(model)));
    scorer = s;
  } else scorer = new ReferenceBeamScorer(model);
  let beam = beams.get(k);
  if (!beam) beams.set(k, (beam = new QuoteBeam(k)));
  const n = u.toks.length;
  beam.run(u, scorer, null, true);
  const out = new Uint8Array(n);
  beam.path(0, n - 1, out);
  return out;
}

/** Run lengths at or above this are the same to the features (distBucket 17). */
const RUN_CAP = 17;
const BIAS = (t: number): number =>
  t === O ? DECODE_BIAS.o : t === B_CON ? DECODE_BIAS.bcon : t === I_CON ? DECODE_BIAS.icon : t === B_SRC ? DECODE_BIAS.bsrc : t === I_SRC ? DECODE_BIAS.isrc : t === B_CUE ? DECODE_BIAS.bcue : DECODE_BIAS.icue;

/**
 * Beam search over one paragraph, keeping the `k` best hypotheses after each token. A hypothesis
 * at token i is its tag, a back pointer to its hypothesis at i - 1, its score and the state the
 * dynamic features read (previous tag, roles seen in the sentence, run length, last cue);
 * hypotheses with the same state are recombined (the better one stays: the features cannot tell
 * them apart afterwards). Candidates are ranked by score, the first in order (hypothesis, then
 * tag) on ties, so width 1 is the greedy decoder. With `gold`, the search stops where the gold
 * prefix falls out of the beam (early update, Collins & Roark 2004).
 */
export class QuoteBeam {
  readonly k: number;
  private tag = new Uint8Array(0);
  private ptag = new Uint8Array(0);
  private back = new Int32Array(0);
  private score = new Float64Array(0);
  private seen = new Uint8Array(0);
  private runLen = new Uint8Array(0);
  private lastCue = new Int32Array(0);
  private count = new Int32Array(0);
  private readonly cScore: Float64Array;
  private readonly cHyp: Int32Array;
  private readonly cTag: Int32Array;
  private readonly cSeen: Int32Array;
  private readonly cRun: Int32Array;
  private readonly cCue: Int32Array;
  private readonly local = new Float64Array(N_TAGS);
  private readonly bias = new Float64Array(N_TAGS);

  constructor(k: number) {
    this.k = Math.max(1, Math.floor(k));
    const c = this.k + 1;
    this.cScore = new Float64Array(c);
    this.cHyp = new Int32Array(c);
    this.cTag = new Int32Array(c);
    this.cSeen = new Int32Array(c);
    this.cRun = new Int32Array(c);
    this.cCue = new Int32Array(c);
  }

  private ensure(n: number): void {
    if (this.count.length >= n) return;
    const m = n * 2 * this.k;
    this.tag = new Uint8Array(m);
    this.ptag = new Uint8Array(m);
    this.back = new Int32Array(m);
    this.score = new Float64Array(m);
    this.seen = new Uint8Array(m);
    this.runLen = new Uint8Array(m);
    this.lastCue = new Int32Array(m);
    this.count = new Int32Array(n * 2);
  }

  /**
   * Decodes paragraph u (scores plus the decoding biases when `withBias`). With `gold`, returns
   * the first token where the gold prefix is not in the beam (-1: it stayed in to the end); the
   * beam's best hypothesis there is hypothesis 0 of that token. `start` > 0 (with `gold`)
   * resumes the search after the gold prefix of `start` tokens.
   */
  run(u: Unit, scorer: BeamScorer, gold: ArrayLike<number> | null, withBias: boolean, start = 0): number {
    const n = u.toks.length;
    const K = this.k;
    this.ensure(n);
    const { tag, ptag, back, score, seen, runLen, lastCue, count, cScore, cHyp, cTag, cSeen, cRun, cCue, local, bias } = this;
    for (let t = 0; t < N_TAGS; t++) bias[t] = withBias ? BIAS(t) : 0;
    const stat = scorer.begin(u);
    const sentStart = u.sentStart;
    if (start > 0 && gold) {
      // a search resumed after the gold prefix (tokens 0 .. start - 1): one hypothesis per token
      let sn = 0;
      let rl = 0;
      let lc = -1;
      for (let j = 0; j < start; j++) {
        const t = gold[j]!;
        if (sentStart[j]) sn = 0;
        const role = roleOf(t);
        rl = j > 0 && role === roleOf(gold[j - 1]!) ? Math.min(rl + 1, RUN_CAP) : 1;
        sn = seenAfter(sn, u, j, t);
        if (role === 3) lc = j;
        if (lc >= 0 && j + 1 - lc > 30) lc = -1;
        const o = j * K;
        tag[o] = t;
        ptag[o] = j > 0 ? gold[j - 1]! : 7;
        back[o] = 0;
        score[o] = 0;
        seen[o] = sn;
        runLen[o] = rl;
        lastCue[o] = lc;
        count[j] = 1;
      }
    }
    let goldAt = 0;
    for (let i = start; i < n; i++) {
      scorer.token(u, i, stat);
      const nh = i === 0 ? 1 : count[i - 1]!;
      const so = i * N_TAGS;
      const ss = sentStart[i]!;
      let m = 0;
      for (let h = 0; h < nh; h++) {
        const p = (i - 1) * K + h;
        const p1 = i > 0 ? tag[p]! : 7;
        const p2 = i > 0 ? ptag[p]! : 7;
        const sn = i > 0 && !ss ? seen[p]! : 0;
        const r1 = i > 0 ? roleOf(p1) : 0;
        const rl = i > 0 ? runLen[p]! : 0;
        const lc = i > 0 ? lastCue[p]! : -1;
        const base = i > 0 ? score[p]! : 0;
        for (let t = 0; t < N_TAGS; t++) local[t] = stat[so + t]!;
        scorer.addDyn(u, i, p1, p2, sn, r1, rl, lc >= 0 ? i - lc : 0, local);
        const prev = i > 0 ? p1 : O;
        for (let t = 0; t < N_TAGS; t++) {
          if (!allowed(prev, t)) continue;
          const v = base + (local[t]! + bias[t]!);
          if (m === K && !(v > cScore[K - 1]!)) continue;
          // the state after this tag
          const role = roleOf(t);
          const s2 = seenAfter(sn, u, i, t);
          const run2 = i > 0 && role === r1 ? Math.min(rl + 1, RUN_CAP) : 1;
          let cue2 = role === 3 ? i : lc;
          if (cue2 >= 0 && i + 1 - cue2 > 30) cue2 = -1;
          // recombination: a kept candidate with the same state and a score at least as high wins
          let dup = -1;
          for (let c = 0; c < m; c++) {
            if (cTag[c] === t && cSeen[c] === s2 && cRun[c] === run2 && cCue[c] === cue2 && (i === 0 || tag[(i - 1) * K + cHyp[c]!] === p1)) {
              dup = c;
              break;
            }
          }
          if (dup >= 0) {
            if (!(v > cScore[dup]!)) continue;
            for (let c = dup; c < m - 1; c++) {
              cScore[c] = cScore[c + 1]!;
              cHyp[c] = cHyp[c + 1]!;
              cTag[c] = cTag[c + 1]!;
              cSeen[c] = cSeen[c + 1]!;
              cRun[c] = cRun[c + 1]!;
              cCue[c] = cCue[c + 1]!;
            }
            m--;
          }
          let c = m < K ? m : K - 1;
          while (c > 0 && cScore[c - 1]! < v) {
            cScore[c] = cScore[c - 1]!;
            cHyp[c] = cHyp[c - 1]!;
            cTag[c] = cTag[c - 1]!;
            cSeen[c] = cSeen[c - 1]!;
            cRun[c] = cRun[c - 1]!;
            cCue[c] = cCue[c - 1]!;
            c--;
          }
          cScore[c] = v;
          cHyp[c] = h;
          cTag[c] = t;
          cSeen[c] = s2;
          cRun[c] = run2;
          cCue[c] = cue2;
          if (m < K) m++;
        }
      }
      const o = i * K;
      let goldNow = -1;
      for (let c = 0; c < m; c++) {
        const h = cHyp[c]!;
        tag[o + c] = cTag[c]!;
        ptag[o + c] = i > 0 ? tag[(i - 1) * K + h]! : 7;
        back[o + c] = h;
        score[o + c] = cScore[c]!;
        seen[o + c] = cSeen[c]!;
        runLen[o + c] = cRun[c]!;
        lastCue[o + c] = cCue[c]!;
        if (gold && cTag[c] === gold[i] && (i === 0 || h === goldAt)) goldNow = c;
      }
      count[i] = m;
      if (gold) {
        if (goldNow < 0) return i;
        goldAt = goldNow;
      }
    }
    return -1;
  }

  /** Tags of hypothesis h at token `upto` (tokens 0..upto) into out. */
  path(h: number, upto: number, out: Uint8Array): void {
    const K = this.k;
    for (let i = upto; i >= 0; i--) {
      out[i] = this.tag[i * K + h]!;
      h = this.back[i * K + h]!;
    }
  }
}

/** Rows of the dynamic features with small domains, by value. */
interface DynRows {
  pt: Int32Array;
  pt2: Int32Array;
  seen: Int32Array;
  ptq: Int32Array;
  pts: Int32Array;
  run: Int32Array;
  cueAt: Int32Array;
}

// ---------------------------------------------------------------------------------------------
// Compact model: rows of (key, tag mask, quantized weights), range coded (text/codec.ts, the
// coder of the name model), base64 in a module.

const MAGIC = 0x32544f51; // "QOT2"
/** Stored keys keep the low 24 bits of a feature hash. */
export const KEY_MASK = 0xffffff;
const HEAD = 12;

/** Encodes rows of quantized weights: header (magic, rows, step), then the rows sorted by key, range coded. */
export function encodeModel(rows: ReadonlyArray<{ key: number; q: ArrayLike<number> }>, step: number): Uint8Array {
  const sorted = [...rows].sort((a, b) => a.key - b.key);
  const enc = new RangeEncoder();
  const rm = new RowModel(N_TAGS);
  let prev = 0;
  for (const r of sorted) {
    rm.encodeRow(enc, r.key - prev, r.q);
    prev = r.key;
  }
  const coded = enc.finish();
  const out = new Uint8Array(HEAD + coded.length);
  const head = new DataView(out.buffer);
  head.setUint32(0, MAGIC, true);
  head.setUint32(4, sorted.length, true);
  head.setFloat32(8, step, true);
  out.set(coded, HEAD);
  return out;
}

/** The inference model: key → row of N_TAGS weights. */
export class CompactModel implements Scorer {
  readonly rows: number;
  /**
   * Open addressing, each slot ROW_SIZE 32-bit words (half a cache line): key + 1 (0 = empty),
   * then the key's weights, one float per tag (zero where the model has none), so a look-up
   * touches one cache line. `slots` and `weights` view the same buffer: slot h's key is
   * slots[h * ROW_SIZE], its weights weights[h * ROW_SIZE + 1 + tag]. Read directly by `decodeCompact`.
   */
  readonly slots: Int32Array;
  readonly weights: Float32Array;
  readonly mask: number;
  /** Offset in `weights` of a row of zeros (a slot past the table), the row of keys not in the model. */
  readonly zero: number;
  private dynRuns: DynRows | null = null;

  constructor(bytes: Uint8Array) {
    const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (bytes.byteLength < HEAD || dv.getUint32(0, true) !== MAGIC) throw new Error('not a Gloss quote model');
    const rows = dv.getUint32(4, true);
    const step = dv.getFloat32(8, true);
    this.rows = rows;
    let size = 1;
    while (size < rows * 1.5) size *= 2;
    if ((size + 1) * ROW_SIZE >= 2 ** 31) throw new Error('quote model too large');
    const hmask = size - 1;
    this.mask = hmask;
    const buf = new ArrayBuffer((size + 1) * ROW_SIZE * 4);
    const slots = new Int32Array(buf);
    const W = new Float32Array(buf);
    this.slots = slots;
    this.weights = W;
    this.zero = size * ROW_SIZE + 1;
    decodeRows(bytes, HEAD, rows, N_TAGS, (key, w) => {
      let h = mix(key, 0) & hmask;
      while (slots[h * ROW_SIZE] !== 0) h = (h + 1) & hmask;
      const o = h * ROW_SIZE;
      slots[o] = key + 1;
      for (let t = 0; t < N_TAGS; t++) if (w[t] !== 0) W[o + 1 + t] = w[t]! * step;
    });
  }

  /** The offset of a key's weights in `weights` (`zero` when the model has no row for it). */
  find(key: number): number {
    const k = key & KEY_MASK;
    const slots = this.slots;
    const mask = this.mask;
    let h = mix(k, 0) & mask;
    for (;;) {
      const sk = slots[h * ROW_SIZE]!;
      if (sk === 0) return this.zero;
      if (sk === k + 1) return h * ROW_SIZE + 1;
      h = (h + 1) & mask;
    }
  }

  add(key: number, scores: Float32Array | Float64Array): void {
    const r = this.find(key);
    const W = this.weights;
    // Only non-zero weights are added (adding a zero would leave the score unchanged anyway).
    for (let t = 0; t < N_TAGS; t++) if (W[r + t] !== 0) scores[t]! += W[r + t]!;
  }

  /** Rows of the dynamic features with small domains (see `dynamicFeatures`). */
  dyn(): DynRows {
    if (!this.dynRuns) {
      const table = (size: number, key: (v: number) => number) => Int32Array.from({ length: size }, (_, v) => this.find(key(v)));
      this.dynRuns = {
        pt: table(8, (v) => mix(H_PT, v)),
        pt2: table(64, (v) => mix(H_PT2, v)),
        seen: table(8, (v) => mix(H_SEEN, v)),
        ptq: table(16, (v) => mix(H_PTQ, v)),
        pts: table(16, (v) => mix(H_PTS, v)),
        run: table(4 * N_BUCKETS, (v) => mix(H_RUN, Math.floor(v / N_BUCKETS) * 100 + (v % N_BUCKETS))),
        cueAt: table(N_BUCKETS * 2, (v) => mix(H_CUEAT, v)),
      };
    }
    return this.dynRuns;
  }

  /** Fills a word form's caches for this model: the word features' scores, no (previous tag, word) rows yet. */
  fillWord(w: WordInfo): void {
    w.pre.fill(0);
    for (let k = 0; k < w.wf.length; k++) this.add(w.wf[k]!, w.pre);
    w.ptl.fill(-1);
    w.model = this;
  }
}

/** 32-bit words per slot of CompactModel (key + N_TAGS weights: two slots per cache line). */
const ROW_SIZE = 8;

export function base64ToBytes(chunks: readonly string[]): Uint8Array {
  const bin = atob(chunks.join(''));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Assembly

/** A tagged stretch of one role. */
export interface Piece {
  role: 1 | 2 | 3;
  /** Token range [t0, t1). */
  t0: number;
  t1: number;
  start: number;
  end: number;
  /** Sentence of the first and last token. */
  s0: number;
  s1: number;
}

export function pieces(u: Unit, tags: ArrayLike<number>): Piece[] {
  const out: Piece[] = [];
  let cur: Piece | null = null;
  for (let i = 0; i < u.toks.length; i++) {
    const t = tags[i]!;
    const r = roleOf(t);
    if (cur && (r !== cur.role || !isInside(t))) {
      out.push(cur);
      cur = null;
    }
    if (r && !cur) {
      const tok = u.toks[i]!;
      cur = { role: r as 1 | 2 | 3, t0: i, t1: i + 1, start: tok.s, end: tok.e, s0: u.sent[i]!, s1: u.sent[i]! };
    } else if (cur) {
      cur.t1 = i + 1;
      cur.end = u.toks[i]!.e;
      cur.s1 = u.sent[i]!;
    }
  }
  if (cur) out.push(cur);
  return out;
}

/** An attribution read from the tags. */
export interface TaggedQuote {
  spans: Array<[number, number]>;
  cue: Piece | null;
  source: Piece | null;
}

/** Distance in tokens between two pieces, with a penalty per sentence boundary. */
function gap(a: Piece, b: Piece): number {
  const d = a.t1 <= b.t0 ? b.t0 - a.t1 : b.t1 <= a.t0 ? a.t0 - b.t1 : 0;
  const sd = a.s1 < b.s0 ? b.s0 - a.s1 : b.s1 < a.s0 ? a.s0 - b.s1 : 0;
  return d + sd * 40;
}

/** Index of the first piece (sorted, disjoint) with t0 >= t. */
function firstPieceAt(ps: readonly Piece[], t: number): number {
  return lowerBound(ps.length, (i) => ps[i]!.t0, t);
}

/**
 * The piece of `ps` (sorted, disjoint, none overlapping `p`) with the smallest gap to `p`, below
 * `limit`; the first in order on ties. The gap grows with the distance on either side, so only
 * the nearest piece before and after `p` can win.
 */
function nearest(ps: readonly Piece[], p: Piece, limit: number): Piece | null {
  const j = firstPieceAt(ps, p.t1);
  let best: Piece | null = null;
  let bd = Infinity;
  for (let k = Math.max(0, j - 1); k <= j && k < ps.length; k++) {
    const d = gap(p, ps[k]!);
    if (d < bd && d < limit) {
      bd = d;
      best = ps[k]!;
    }
  }
  return best;
}

/**
 * Links every content piece to the nearest cue (same sentence first), and every cue to its
 * nearest source; content pieces sharing a cue make one attribution with several spans.
 */
export function assemble(u: Unit, tags: ArrayLike<number>): TaggedQuote[] {
  const ps = pieces(u, tags);
  const cues = ps.filter((p) => p.role === 3);
  const srcs = ps.filter((p) => p.role === 2);
  const cons = ps.filter((p) => p.role === 1);
  /** Word tokens tagged O between token a (inclusive) and b (exclusive); -1 when a content piece lies between. */
  const between = (a: number, b: number): number => {
    let n = 0;
    for (let k = a; k < b; k++) {
      const t = tags[k]!;
      if (roleOf(t) === 1) return -1;
      if (t === O && u.toks[k]!.word) n++;
    }
    return n;
  };
  const byCue = new Map<Piece | null, Piece[]>();
  for (const c of cons) {
    // the cue right before the content ("said that ...") or right after it ('"...," he said')
    // cues are sorted and disjoint from the content: the candidates are the nearest cue on each side
    const j = firstPieceAt(cues, c.t1);
    const nl = j > 0 ? cues[j - 1]! : null;
    const nr = j < cues.length ? cues[j]! : null;
    const left: Piece | null = nl && nl.t1 <= c.t0 && nl.s1 >= c.s0 - 0 ? nl : null;
    const right: Piece | null = nr && nr.t0 >= c.t1 && (nr.s0 <= c.s1 || (nr.s0 === c.s1 + 1 && u.sent[c.t1] === nr.s0)) ? nr : null;
    const gl = left ? between(left.t1, c.t0) : -1;
    const gr = right ? between(c.t1, right.t0) : -1;
    let best: Piece | null = null;
    if (gl >= 0 && (gr < 0 || gl <= gr)) best = left;
    else if (gr >= 0) best = right;
    else {
      best = nearest(cues, c, Infinity);
      if (best && gap(c, best) >= 80) best = null;
    }
    const list = byCue.get(best) ?? [];
    list.push(c);
    byCue.set(best, list);
  }
  const out: TaggedQuote[] = [];
  for (const [cue, list] of byCue) {
    if (cue === null) {
      for (const c of list) {
        const src = nearest(srcs, c, 40);
        out.push({ spans: [[c.start, c.end]], cue: null, source: src });
      }
      continue;
    }
    const src = nearest(srcs, cue, 40);
    list.sort((a, b) => a.start - b.start);
    out.push({ spans: list.map((c) => [c.start, c.end] as [number, number]), cue, source: src });
  }
  return out;
}

export type { QuoteRegion };
