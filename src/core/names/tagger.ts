/**
 * The name tagger: an averaged perceptron over hashed features (features.ts), beam-search
 * decoding (or greedy left-to-right, for models trained so) under BILOU transition constraints,
 * with a document history of earlier predictions as features (non-local consistency), followed
 * by a label propagation pass.
 */
import {
  B, I, KEY_BITS, L, N_TAGS, TYPES, U, History, dynamicFeatures, historyFeatures, makeTag, prevTagKeys, tagFeatures, tagPairKey, prepareDoc, tagPos, tagType,
  taggingUnits,
} from './features.ts';
import type { EntityType, PreparedDoc, PreparedSentence } from './features.ts';
import { MODEL_BASE64, MODEL_BEAM } from './model/ner-model.ts';
import type { Span } from '../types.ts';
import { RangeEncoder, RowModel, decodeRows } from '../text/codec.ts';

/**
 * Module-local copies of imported constants used in hot loops: under tsx (CommonJS) every read
 * of an imported binding is a getter call on the exporting module.
 */
const NT: number = N_TAGS;

/** Scores a feature key into `scores` (adds the key's weight for every tag). */
export interface Scorer {
  add(key: number, scores: Float32Array): void;
}

/** Whether `tag` may follow `prev` (-1 = sentence start); `last`: tag is the sentence's last. */
export function allowed(prev: number, tag: number, last: boolean): boolean {
  const pp = prev <= 0 ? -1 : tagPos(prev);
  const open = pp === B || pp === I;
  const p = tagPos(tag);
  if (open) {
    if (tagType(tag) !== tagType(prev)) return false;
    return last ? p === L : p === I || p === L;
  }
  if (p === I || p === L) return false;
  if (last && p === B) return false;
  return true;
}

/** allowed() as a table: index ((prev + 1) * 2 + last) * NT + tag. */
const ALLOWED = (() => {
  const a = new Uint8Array((NT + 1) * 2 * NT);
  for (let prev = -1; prev < NT; prev++) {
    for (let last = 0; last < 2; last++) {
      for (let t = 0; t < NT; t++) a[((prev + 1) * 2 + last) * NT + t] = allowed(prev, t, last === 1) ? 1 : 0;
    }
  }
  return a;
})();

/** Picks the best allowed tag. */
export function bestAllowed(scores: Float32Array, prev: number, last: boolean): number {
  let best = -1;
  let bestScore = -Infinity;
  const o = ((prev < 0 ? 0 : prev + 1) * 2 + (last ? 1 : 0)) * NT;
  for (let t = 0; t < NT; t++) {
    if (ALLOWED[o + t] === 0) continue;
    const s = scores[t]!;
    if (s > bestScore) {
      bestScore = s;
      best = t;
    }
  }
  return best;
}

/** Computes the tag scores of token i of a sentence. */
export function scoreToken(model: Scorer, s: PreparedSentence, i: number, tags: ArrayLike<number>, hist: History, dyn: number[], scores: Float32Array): void {
  scores.fill(0);
  const f = s.feats[i]!;
  for (let k = 0; k < f.length; k++) model.add(f[k]!, scores);
  dynamicFeatures(s, i, tags, hist, dyn);
  for (let k = 0; k < dyn.length; k++) model.add(dyn[k]!, scores);
}

/** Tags a prepared document greedily (left to right); returns one tag array per sentence. */
export function decodeDoc(model: Scorer, doc: PreparedDoc): Uint8Array[] {
  const hist = new History();
  const scores = new Float32Array(NT);
  const dyn: number[] = [];
  return doc.sentences.map((s) => {
    const n = s.tokens.length;
    const tags = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      scoreToken(model, s, i, tags, hist, dyn, scores);
      const t = bestAllowed(scores, i > 0 ? tags[i - 1]! : -1, i === n - 1);
      tags[i] = t;
      if (s.capitalized[i]) hist.add(s.lowerHash[i]!, t);
    }
    return tags;
  });
}

/**
 * Beam search over each sentence (width `beam`), the decoding the model was trained with
 * (scripts/train-ner.ts --beam), pruned to the hypotheses within `prune` of the best (see
 * BeamDecoder.run). The document history is updated with the best path after each sentence.
 */
export function decodeDocBeam(model: Scorer, doc: PreparedDoc, beam: number, prune = Infinity): Uint8Array[] {
  const hist = new History();
  const dec = new BeamDecoder(beam);
  return doc.sentences.map((s) => {
    dec.run(model, s, hist, null, false, prune);
    const best = new Uint8Array(s.tokens.length);
    dec.path(0, s.tokens.length - 1, best);
    for (let i = 0; i < best.length; i++) if (s.capitalized[i]) hist.add(s.lowerHash[i]!, best[i]!);
    return best;
  });
}

/**
 * Beam search over one sentence, allocation-free: hypothesis h at token i is (tag, back pointer
 * to its hypothesis at i - 1, score). Hypotheses ending in the same two tags are recombined
 * (the features see no further back), so the search is exact for beam >= N_TAGS^2.
 */
export class BeamDecoder {
  readonly k: number;
  private tag = new Uint8Array(0);
  private back = new Int32Array(0);
  private score = new Float64Array(0);
  private count = new Int32Array(0);
  private stat = new Float32Array(NT);
  private sc = new Float32Array(NT);
  private feats: number[] = [];
  private cScore: Float64Array;
  private cHyp: Int32Array;
  private cTag: Int32Array;
  /** Tokens decoded by the last run (fewer than the sentence after an early stop). */
  steps = 0;
  /** Per previous tag (index t + 1): the token's scores with that tag's features, and the token stamp they are for. */
  private prevViews: Float32Array[];
  private prevStamp = new Int32Array(NT + 1);
  private stamp = 0;
  private keys = new Int32Array(3);

  constructor(k: number) {
    this.k = k;
    this.cScore = new Float64Array(k + 1);
    this.cHyp = new Int32Array(k + 1);
    this.cTag = new Int32Array(k + 1);
    const buf = new Float32Array((NT + 1) * NT);
    this.prevViews = Array.from({ length: NT + 1 }, (_, a) => buf.subarray(a * NT, (a + 1) * NT));
  }

  private ensure(n: number): void {
    if (this.tag.length >= n * this.k) return;
    const m = n * this.k * 2;
    this.tag = new Uint8Array(m);
    this.back = new Int32Array(m);
    this.score = new Float64Array(m);
    this.count = new Int32Array(n * 2);
  }

  /**
   * Decodes sentence s. With `gold`, stops at the first token where the gold prefix falls out of
   * the beam (early update) and returns that token, else returns -1. `prune` (threshold pruning,
   * decoding only): after each token, hypotheses scoring more than `prune` below the best are
   * dropped, so where the model is sure the search extends one hypothesis instead of `k`; and
   * plain lower-case words between closed entities are tagged O without scoring (see below).
   */
  run(model: Scorer, s: PreparedSentence, hist: History, gold: ArrayLike<number> | null, maxViolation = false, prune = Infinity): number {
    const n = s.tokens.length;
    const K = this.k;
    this.ensure(n);
    const { tag, back, score, count, stat, sc, feats, cScore, cHyp, cTag } = this;
    const keys = this.keys;
    const cache = model instanceof CompactModel ? model : null;
    let goldAt = 0; // index of the gold prefix's hypothesis at the previous token (-1: out of the beam)
    let goldScore = 0;
    let worst = -1;
    let worstGap = 0;
    for (let i = 0; i < n; i++) {
      stat.fill(0);
      // With pruning, a lower-case word (a-z first, no capitals, ASCII) inside the sentence, not
      // followed by a capitalized word within two tokens and with no entity open before it, is
      // tagged O without scoring its static features: only its tag features rank the hypotheses.
      let skipO = false;
      if (prune !== Infinity && !gold && i > 0 && (i + 1 >= n || !s.capitalized[i + 1]) && (i + 2 >= n || !s.capitalized[i + 2])) {
        const w = s.tokens[i]!.text;
        let lower = true;
        for (let j = 0; j < w.length; j++) {
          const c = w.charCodeAt(j);
          if (j === 0 ? c < 97 || c > 122 : (c >= 65 && c <= 90) || c > 127) lower = false;
        }
        if (lower) {
          skipO = true;
          for (let h = 0; h < count[i - 1]!; h++) {
            const t = tag[(i - 1) * K + h]!;
            if (t !== 0 && ((t - 1) & 3) < 2) skipO = false;
          }
        }
      }
      if (!skipO) {
        const f = s.feats[i]!;
        const k0 = cache ? cache.addWord(s.tokens[i]!.text, f, s.wordFeats[i]!, stat) : 0;
        for (let k = k0; k < f.length; k++) model.add(f[k]!, stat);
        feats.length = 0;
        historyFeatures(s, i, hist, feats);
        for (let k = 0; k < feats.length; k++) model.add(feats[k]!, stat);
      }
      if (gold && maxViolation) {
        sc.set(stat);
        feats.length = 0;
        tagFeatures(s, i, i > 0 ? gold[i - 1]! : -1, i > 1 ? gold[i - 2]! : -1, feats);
        for (let k = 0; k < feats.length; k++) model.add(feats[k]!, sc);
        goldScore += sc[gold[i]!]!;
      }
      const last = i === n - 1;
      const nh = i === 0 ? 1 : count[i - 1]!;
      const stamp = ++this.stamp;
      let m = 0; // candidates kept, sorted by score (best first)
      for (let h = 0; h < nh; h++) {
        const p = (i - 1) * K + h;
        const t1 = i > 0 ? tag[p]! : -1;
        const t2 = i > 1 ? tag[(i - 2) * K + back[p]!]! : -1;
        const base = i > 0 ? score[p]! : 0;
        // Scores with the previous tag's features, once per distinct previous tag at this token.
        const pv = this.prevViews[t1 + 1]!;
        if (this.prevStamp[t1 + 1] !== stamp) {
          this.prevStamp[t1 + 1] = stamp;
          pv.set(stat);
          prevTagKeys(s, i, t1, keys);
          model.add(keys[0]!, pv);
          model.add(keys[1]!, pv);
          model.add(keys[2]!, pv);
        }
        sc.set(pv);
        model.add(tagPairKey(t1, t2), sc);
        const o = ((t1 + 1) * 2 + (last ? 1 : 0)) * NT;
        for (let t = 0; t < (skipO ? 1 : NT); t++) {
          if (ALLOWED[o + t] === 0) continue;
          const v = base + sc[t]!;
          if (m === K && v <= cScore[K - 1]!) continue;
          // Recombination: a kept candidate with the same (tag, previous tag) and a higher score wins.
          let dup = -1;
          for (let c = 0; c < m; c++) {
            if (cTag[c] === t && (i === 0 || tag[(i - 1) * K + cHyp[c]!] === t1)) {
              dup = c;
              break;
            }
          }
          if (dup >= 0) {
            if (cScore[dup]! >= v) continue;
            for (let c = dup; c < m - 1; c++) {
              cScore[c] = cScore[c + 1]!;
              cHyp[c] = cHyp[c + 1]!;
              cTag[c] = cTag[c + 1]!;
            }
            m--;
          }
          let c = m < K ? m : K - 1;
          while (c > 0 && cScore[c - 1]! < v) {
            cScore[c] = cScore[c - 1]!;
            cHyp[c] = cHyp[c - 1]!;
            cTag[c] = cTag[c - 1]!;
            c--;
          }
          cScore[c] = v;
          cHyp[c] = h;
          cTag[c] = t;
          if (m < K) m++;
        }
      }
      if (m > 1 && !gold) {
        const lim = cScore[0]! - prune;
        while (m > 1 && cScore[m - 1]! < lim) m--;
      }
      const o = i * K;
      let goldNow = -1;
      for (let c = 0; c < m; c++) {
        tag[o + c] = cTag[c]!;
        back[o + c] = cHyp[c]!;
        score[o + c] = cScore[c]!;
        if (gold && cTag[c] === gold[i] && (i === 0 || cHyp[c] === goldAt)) goldNow = c;
      }
      count[i] = m;
      this.steps = i + 1;
      if (gold && maxViolation) {
        goldAt = goldAt < 0 ? -1 : goldNow;
        // Max-violation update (Huang et al. 2012): the prefix where the best hypothesis beats
        // the gold prefix by the largest margin.
        if (goldAt !== 0) {
          const gap = score[o]! - goldScore;
          if (worst < 0 || gap > worstGap) {
            worst = i;
            worstGap = gap;
          }
        }
      } else if (gold) {
        if (goldNow < 0) return i;
        goldAt = goldNow;
      }
    }
    return worst;
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

export interface NameSpan extends Span {
  type: EntityType;
  text: string;
}

/** Turns BILOU tags into entity spans. */
export function tagsToSpans(text: string, s: PreparedSentence, tags: ArrayLike<number>): NameSpan[] {
  const out: NameSpan[] = [];
  let open = -1;
  for (let i = 0; i < s.tokens.length; i++) {
    const t = tags[i]!;
    const p = tagPos(t);
    if (p === U) {
      open = -1;
      out.push(span(text, s, i, i, tagType(t)));
    } else if (p === B) open = i;
    else if (p === L && open >= 0) {
      out.push(span(text, s, open, i, tagType(t)));
      open = -1;
    } else if (p !== I) open = -1;
  }
  return out;
}

function span(text: string, s: PreparedSentence, a: number, b: number, type: number): NameSpan {
  const start = s.tokens[a]!.start;
  const end = s.tokens[b]!.end;
  return { start, end, type: TYPES[type]!, text: text.slice(start, end) };
}

/* ------------------------------------------------------------------------------------------ */
/* Compact model                                                                               */

const MAGIC = 0x3452454e; // "NER4"
const HEAD = 16;

export function writeVarint(out: number[], v: number): void {
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v = Math.floor(v / 128);
  }
  out.push(v);
}

/** Weights are stored as integers q (|w| ~ q * step). */
export function quantize(v: number, step: number): number {
  return Math.round(v / step);
}

/**
 * Binary layout: u32 magic, u32 rows, f32 step, u32 number of tags, then one range-coded stream
 * (codec.ts) of rows sorted by key: key delta, tag mask, weights (weight = q * step).
 */
export function encodeModel(rows: Array<{ key: number; weights: ArrayLike<number> }>, step: number): Uint8Array {
  const sorted = [...rows].sort((a, b) => a.key - b.key);
  const enc = new RangeEncoder();
  const rm = new RowModel(NT);
  let prev = 0;
  for (const r of sorted) {
    rm.encodeRow(enc, r.key - prev, r.weights);
    prev = r.key;
  }
  const body = enc.finish();
  const head = new DataView(new ArrayBuffer(HEAD));
  head.setUint32(0, MAGIC, true);
  head.setUint32(4, sorted.length, true);
  head.setFloat32(8, step, true);
  head.setUint32(12, NT, true);
  const out = new Uint8Array(HEAD + body.length);
  out.set(new Uint8Array(head.buffer), 0);
  out.set(body, HEAD);
  return out;
}

/** The compact inference model: an open-addressing table from key to a run of (tag, weight). */
export class CompactModel implements Scorer {
  readonly rows: number;
  /**
   * Open addressing, interleaved (key, run; run -1 = empty): one cache line per probe. A run is
   * packed as first entry * 32 + number of entries (at most N_TAGS).
   */
  private slots: Int32Array;
  private tableMask: number;
  /** Bit set of the stored keys (keys are KEY_BITS wide): most looked-up keys are not stored. */
  private present: Int32Array;
  /**
   * Entries, 4 bytes each: quantized weight q * 32 + tag (weight = fround(q * step), the value a
   * Float32Array would hold): a run of 17 fits in about one cache line.
   */
  private ent: Int32Array;
  private step: number;

  constructor(bytes: Uint8Array) {
    const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (dv.getUint32(0, true) !== MAGIC || dv.getUint32(12, true) !== NT) throw new Error('not a Gloss name model');
    const rows = dv.getUint32(4, true);
    const step = dv.getFloat32(8, true);
    this.rows = rows;
    let cap = rows * 4 + 16;
    let entTag = new Uint8Array(cap);
    let entQ = new Int32Array(cap);
    let size = 1;
    while (size < rows * 2) size <<= 1;
    const slots = new Int32Array(size * 2).fill(-1);
    const present = new Int32Array(2 ** (KEY_BITS - 5));
    const tableMask = size - 1;
    let e = 0;
    decodeRows(bytes, HEAD, rows, NT, (key, w) => {
      const first = e;
      if (e + NT > cap) {
        cap *= 2;
        const t2 = new Uint8Array(cap);
        t2.set(entTag);
        entTag = t2;
        const v2 = new Int32Array(cap);
        v2.set(entQ);
        entQ = v2;
      }
      for (let t = 0; t < NT; t++) {
        const q = w[t]!;
        if (q !== 0) {
          entTag[e] = t;
          if (q >= 2 ** 26 || q < -(2 ** 26)) throw new Error('name model weight out of range');
          entQ[e] = q;
          e++;
        }
      }
      if (key >= 2 ** KEY_BITS) throw new Error('name model key out of range');
      present[key >>> 5]! |= 1 << (key & 31);
      let h = Math.imul(key, 0x9e3779b1) >>> 0;
      for (;;) {
        const o = (h & tableMask) << 1;
        if (slots[o + 1] === -1) {
          slots[o] = key;
          slots[o + 1] = first * 32 + (e - first);
          break;
        }
        h++;
      }
    });
    if (e * 32 >= 2 ** 31) throw new Error('name model too large');
    this.slots = slots;
    this.tableMask = tableMask;
    this.present = present;
    this.step = step;
    this.ent = new Int32Array(e);
    for (let k = 0; k < e; k++) this.ent[k] = entQ[k]! * 32 + entTag[k]!;
  }

  /** Summed weights of the word-only leading keys (PreparedSentence.wordFeats) per token text. */
  private words = new Map<string, Float32Array>();

  /**
   * Adds the weights of keys[0 .. n) (the word-only keys of a token `word`) to `scores`, which
   * must be all zeros: the sum is cached per word (summed in the same order, so the same
   * float32 values as adding the keys one by one). Returns n.
   */
  addWord(word: string, keys: Int32Array, n: number, scores: Float32Array): number {
    let v = this.words.get(word);
    if (!v) {
      v = new Float32Array(scores.length);
      for (let k = 0; k < n; k++) this.add(keys[k]!, v);
      if (this.words.size >= 65536) this.words.clear();
      this.words.set(word, v);
    }
    scores.set(v);
    return n;
  }

  add(key: number, scores: Float32Array): void {
    if ((this.present[key >>> 5]! & (1 << (key & 31))) === 0) return;
    const slots = this.slots;
    const mask = this.tableMask;
    let h = Math.imul(key, 0x9e3779b1) >>> 0;
    for (;;) {
      const o = (h & mask) << 1;
      const run = slots[o + 1]!;
      if (run === -1) return;
      if (slots[o] === key) {
        const ent = this.ent;
        const step = this.step;
        const a = run >>> 5;
        const end = a + (run & 31);
        for (let e = a; e < end; e++) {
          const p = ent[e]!;
          scores[p & 31]! += Math.fround((p >> 5) * step);
        }
        return;
      }
      h++;
    }
  }
}

export function decodeBase64(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

let cached: CompactModel | null = null;

/** The committed model, decoded on first use. */
export function loadModel(): CompactModel {
  cached ??= new CompactModel(decodeBase64(MODEL_BASE64));
  return cached;
}

/** The committed model in bytes (binary, before base64). */
export function modelBytes(): Uint8Array {
  return decodeBase64(MODEL_BASE64);
}

/* ------------------------------------------------------------------------------------------ */
/* Document tagging                                                                            */

/**
 * Beam pruning threshold of the committed model (BeamDecoder.run `prune`), in the units of its
 * weights. Chosen on the CoNLL-2003 training set: the smallest of 40 / 48 / 64 / 96 whose
 * output equals the unpruned beam's on all 14,778 training sentences (48: 9 differ). It keeps
 * 1.4 hypotheses per token on average there instead of 4.
 */
export const BEAM_PRUNE = 64;

/**
 * Finds the names of a text. `sentences` are sentence spans (see text/segment.ts); they are
 * further split at line breaks. Returns spans sorted by position. `prune`: see BEAM_PRUNE
 * (Infinity: no pruning); by default only for the committed model.
 */
export function tagNames(
  text: string,
  sentences: readonly Span[],
  model: Scorer = loadModel(),
  beam: number = MODEL_BEAM,
  prune: number = model === cached ? BEAM_PRUNE : Infinity,
): NameSpan[] {
  const doc = prepareDoc(text, taggingUnits(text, sentences));
  const tags = beam > 0 ? decodeDocBeam(model, doc, beam, prune) : decodeDoc(model, doc);
  const spans: NameSpan[] = [];
  doc.sentences.forEach((s, k) => spans.push(...tagsToSpans(text, s, tags[k]!)));
  return propagate(text, doc, tags, spans);
}

/**
 * Label propagation: a capitalized token sequence tagged as a name somewhere in the document is
 * tagged with the same type where it recurs untagged (not sentence-initial unless all capitals
 * match too), the majority type winning.
 */
function propagate(text: string, doc: PreparedDoc, tags: Uint8Array[], spans: NameSpan[]): NameSpan[] {
  const typeVotes = new Map<string, Map<EntityType, number>>();
  for (const s of spans) {
    const m = typeVotes.get(s.text) ?? new Map<EntityType, number>();
    m.set(s.type, (m.get(s.type) ?? 0) + 1);
    typeVotes.set(s.text, m);
  }
  const majority = new Map<string, EntityType>();
  for (const [name, m] of typeVotes) {
    let best: EntityType | null = null;
    let n = 0;
    for (const [t, c] of m) if (c > n) { best = t; n = c; }
    if (best) majority.set(name, best);
  }
  if (majority.size === 0) return spans;
  const maxLen = 6;
  const added: NameSpan[] = [];
  doc.sentences.forEach((s, k) => {
    const tg = tags[k]!;
    const n = s.tokens.length;
    for (let i = 0; i < n; i++) {
      if (tg[i] !== 0 || !s.capitalized[i]) continue;
      for (let len = Math.min(maxLen, n - i); len >= 1; len--) {
        let free = true;
        for (let j = i; j < i + len; j++) if (tg[j] !== 0) { free = false; break; }
        if (!free || !s.capitalized[i + len - 1]) continue;
        const a = s.tokens[i]!.start;
        const b = s.tokens[i + len - 1]!.end;
        const t = majority.get(text.slice(a, b));
        if (!t) continue;
        if (i + len < n && s.capitalized[i + len] && tg[i + len] === 0) continue;
        if (i > 0 && s.capitalized[i - 1] && tg[i - 1] === 0 && i - 1 > 0) continue;
        added.push({ start: a, end: b, type: t, text: text.slice(a, b) });
        const ty = TYPES.indexOf(t);
        for (let j = i; j < i + len; j++) tg[j] = makeTag(ty, len === 1 ? U : j === i ? B : j === i + len - 1 ? L : I);
        i += len - 1;
        break;
      }
    }
  });
  if (added.length === 0) return spans;
  return [...spans, ...added].sort((x, y) => x.start - y.start);
}
