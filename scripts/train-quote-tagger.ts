/**
 * Trains the attribution tagger of src/core/quotes/tagger.ts (averaged perceptron, BIO tags of
 * cue / source / content) on PolNeAR train (research evaluation only) and writes the compact
 * model to src/core/quotes/model/quote-model.ts. Only hashed feature keys and quantized weights
 * are written: no text of the corpus. Fixed seed: deterministic.
 *
 *   npx tsx scripts/train-quote-tagger.ts ../shared/eval/quotes/polnear-train.jsonl [--epochs 8] [--min 0.05] [--step 0.5]
 *     [--beam K] [--update early|restart] [--out FILE.ts] [--seed N] [--rule-dropout P]
 *
 * --beam 1 (default): greedy decoding, trained locally token by token on its own predicted
 * history. --beam K > 1: beam search of width K in training as in decoding (QUOTE_MODEL_BEAM),
 * structured perceptron with early update (Collins & Roark 2004): where the gold prefix falls
 * out of the beam, the gold prefix is rewarded and the beam's best prefix penalized; with
 * --update restart the search then goes on from the gold prefix (LaSO) instead of leaving the
 * paragraph. --seed N changes the shuffling (default 12345, the committed model's); --rule-dropout P
 * trains a share P of the paragraphs without the rule extractor's reading as a feature (default 0).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { extractRuleQuotes } from '../src/core/quotes/quotes.ts';
import {
  B_CON, B_CUE, B_SRC, KEY_MASK, N_TAGS, O, QuoteBeam, ReferenceBeamScorer, allowed, bestAllowed, dynamicFeatures, encodeModel, prepare, scoreToken, seenAfter,
  type Scorer, type Unit,
} from '../src/core/quotes/tagger.ts';
import { paragraphSpans, sentenceSpans } from '../src/core/text/segment.ts';

interface GoldQuote { spans: Array<[number, number]>; speakerSpans?: Array<[number, number]> | null; cueSpans?: Array<[number, number]> | null }
interface GoldDoc { id: string; text: string; quotes: GoldQuote[] }

const args = process.argv.slice(2);
const opt = (name: string, dflt: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const path = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? '../shared/eval/quotes/polnear-train.jsonl';
const EPOCHS = opt("--epochs", 8);
const MIN = opt('--min', 0.05);
const BEAM = opt('--beam', 1);
if (!(BEAM >= 1) || !Number.isInteger(BEAM)) throw new Error('--beam must be a whole number, at least 1');
const RESTART = args.includes('--update') && args[args.indexOf('--update') + 1] === 'restart';
const out = args.includes('--out') ? args[args.indexOf('--out') + 1]! : 'src/core/quotes/model/quote-model.ts';

const RULE_DROPOUT = opt('--rule-dropout', 0);
let dropSeed = 777;
const dropRand = () => {
  dropSeed = (Math.imul(dropSeed, 1103515245) + 12345) >>> 0;
  return dropSeed / 2 ** 32;
};
const dumpIn = args.includes('--from-dump') ? args[args.indexOf('--from-dump') + 1]! : null;
const dumpOut = args.includes('--dump') ? args[args.indexOf('--dump') + 1]! : null;
const docs = dumpIn ? [] : readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as GoldDoc);
const t0 = performance.now();

interface Example { u: Unit; gold: Uint8Array }
const examples: Example[] = [];
for (const d of docs) {
  const paragraphs = paragraphSpans(d.text);
  const sentences = sentenceSpans(d.text, paragraphs);
  const rules = extractRuleQuotes(d.text, { sentences, paragraphs, actors: [] });
  // --rule-dropout P: a share P of the paragraphs is trained without the rules' reading as a feature
  const withRules = prepare(d.text, paragraphs, sentences, rules);
  const without = RULE_DROPOUT > 0 ? prepare(d.text, paragraphs, sentences, []) : withRules;
  for (let k = 0; k < withRules.length; k++) {
    const u = RULE_DROPOUT > 0 && dropRand() < RULE_DROPOUT ? without[k]! : withRules[k]!;
    const gold = new Uint8Array(u.toks.length);
    const label = (spans: ReadonlyArray<[number, number]> | null | undefined, b: number) => {
      for (const [a, e] of spans ?? []) {
        let first = true;
        for (let i = 0; i < u.toks.length; i++) {
          const t = u.toks[i]!;
          const mid = (t.s + t.e) / 2;
          if (mid > a && mid < e) {
            gold[i] = first ? b : b + 1;
            first = false;
          }
        }
      }
    };
    for (const q of d.quotes) label(q.spans, B_CON);
    for (const q of d.quotes) label(q.speakerSpans, B_SRC);
    for (const q of d.quotes) label(q.cueSpans, B_CUE);
    // repair: an inside tag must follow its begin or inside tag
    for (let i = 0; i < gold.length; i++) if (!allowed(i > 0 ? gold[i - 1]! : O, gold[i]!)) gold[i] = gold[i]! - 1;
    examples.push({ u, gold });
  }
}
console.log(`${docs.length} docs, ${examples.length} paragraphs, ${examples.reduce((n, e) => n + e.gold.length, 0)} tokens, prepared in ${((performance.now() - t0) / 1000).toFixed(1)}s`);

class Trainer implements Scorer {
  index = new Map<number, number>();
  keys: number[] = [];
  w = new Float64Array(1 << 20);
  acc = new Float64Array(1 << 20);
  ts = new Float64Array(1 << 20);
  n = 0;
  c = 1;
  add(key: number, scores: Float64Array | Float32Array): void {
    const o = this.index.get(key);
    if (o === undefined) return;
    for (let t = 0; t < N_TAGS; t++) scores[t]! += this.w[o + t]!;
  }
  row(key: number): number {
    let o = this.index.get(key);
    if (o === undefined) {
      o = this.n * N_TAGS;
      this.n++;
      if (o + N_TAGS > this.w.length) {
        const grow = (a: Float64Array) => {
          const b = new Float64Array(a.length * 2);
          b.set(a);
          return b;
        };
        this.w = grow(this.w);
        this.acc = grow(this.acc);
        this.ts = grow(this.ts);
      }
      this.index.set(key, o);
      this.keys.push(key);
    }
    return o;
  }
  upd(key: number, tag: number, v: number): void {
    const i = this.row(key) + tag;
    this.acc[i]! += (this.c - this.ts[i]!) * this.w[i]!;
    this.ts[i] = this.c;
    this.w[i]! += v;
  }
  averaged(o: number, t: number): number {
    const i = o + t;
    return (this.acc[i]! + (this.c - this.ts[i]!) * this.w[i]!) / this.c;
  }
}

const model = new Trainer();
let seed = opt('--seed', 12345) >>> 0;
const rand = () => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed / 2 ** 32;
};
/** The examples' indices in a fresh random order (Fisher–Yates with the seeded generator). */
function shuffledOrder(): number[] {
  const order = examples.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}
function trainGreedy(): void {
  const scores = new Float64Array(N_TAGS);
  const dyn: number[] = [];
  for (let ep = 0; ep < EPOCHS; ep++) {
    const order = shuffledOrder();
    let errors = 0;
    let total = 0;
    for (const ix of order) {
      const { u, gold } = examples[ix]!;
      const n = u.toks.length;
      const tags = new Uint8Array(n);
      let seen = 0;
      for (let i = 0; i < n; i++) {
        if (u.sentStart[i]) seen = 0;
        scoreToken(model, u, i, tags, seen, dyn, scores);
        const f = u.feats[i]!;
        const prev = i > 0 ? tags[i - 1]! : O;
        const best = bestAllowed(scores, prev);
        // the gold tag given the predicted history: an inside tag after a miss becomes a begin tag
        let g = gold[i]!;
        if (!allowed(prev, g)) g--;
        if (best !== g) {
          errors++;
          for (let k = 0; k < f.length; k++) {
            model.upd(f[k]!, g, 1);
            model.upd(f[k]!, best, -1);
          }
          for (let k = 0; k < dyn.length; k++) {
            model.upd(dyn[k]!, g, 1);
            model.upd(dyn[k]!, best, -1);
          }
        }
        model.c++;
        total++;
        // follow the gold path when the prediction is not allowed to continue it
        tags[i] = best;
        seen = seenAfter(seen, u, i, tags[i]!);
      }
    }
    console.log(`epoch ${ep + 1}: token error ${(100 * errors / total).toFixed(2)}% (${((performance.now() - t0) / 1000).toFixed(1)}s, ${model.n} rows)`);
  }
}

/** Beam-search training with early update (see the head comment). */
function trainBeam(k: number): void {
  const beam = new QuoteBeam(k);
  const scorer = new ReferenceBeamScorer(model);
  const dyn: number[] = [];
  let pred = new Uint8Array(1024);
  /** Adds d to the weights of the features of `tags` at tokens from .. upto (static ones only where `other` differs). */
  const update = (u: Unit, tags: Uint8Array, other: Uint8Array, from: number, upto: number, d: number) => {
    let seen = 0;
    for (let j = 0; j <= upto; j++) {
      if (u.sentStart[j]) seen = 0;
      if (j >= from) {
        const t = tags[j]!;
        if (t !== other[j]) {
          const f = u.feats[j]!;
          for (let k = 0; k < f.length; k++) model.upd(f[k]!, t, d);
        }
        dynamicFeatures(u, j, tags, seen, dyn);
        for (let k = 0; k < dyn.length; k++) model.upd(dyn[k]!, t, d);
      }
      seen = seenAfter(seen, u, j, tags[j]!);
    }
  };
  for (let ep = 0; ep < EPOCHS; ep++) {
    const order = shuffledOrder();
    let updates = 0;
    let wrong = 0;
    let early = 0;
    for (const ix of order) {
      const { u, gold } = examples[ix]!;
      const n = u.toks.length;
      if (pred.length < n) pred = new Uint8Array(n * 2);
      let start = 0;
      let bad = false;
      for (;;) {
        const v = beam.run(u, scorer, gold, false, start);
        const upto = v >= 0 ? v : n - 1;
        beam.path(0, upto, pred);
        let diff = -1;
        for (let j = start; j <= upto; j++) {
          if (pred[j] !== gold[j]) {
            diff = j;
            break;
          }
        }
        if (diff >= 0) {
          update(u, gold, pred, diff, upto, 1);
          update(u, pred, gold, diff, upto, -1);
          updates++;
          bad = true;
        }
        if (v >= 0) early++;
        if (v < 0 || !RESTART || v + 1 >= n) break;
        start = v + 1;
      }
      if (bad) wrong++;
      model.c += n;
    }
    console.log(`epoch ${ep + 1}: paragraphs wrong ${(100 * wrong / order.length).toFixed(2)}%, ${updates} updates, ${early} early (${((performance.now() - t0) / 1000).toFixed(1)}s, ${model.n} rows)`);
  }
}

if (BEAM > 1) trainBeam(BEAM);
else trainGreedy();

// average, prune and quantize
let avgKeys: Uint32Array;
let avg: Float32Array;
if (dumpIn) {
  const buf = readFileSync(dumpIn);
  const nr = buf.readUInt32LE(0);
  avgKeys = new Uint32Array(buf.buffer.slice(buf.byteOffset + 4, buf.byteOffset + 4 + nr * 4));
  avg = new Float32Array(buf.buffer.slice(buf.byteOffset + 4 + nr * 4, buf.byteOffset + 4 + nr * 4 + nr * N_TAGS * 4));
} else {
  avgKeys = Uint32Array.from(model.keys);
  avg = new Float32Array(model.n * N_TAGS);
  for (let r = 0; r < model.n; r++) for (let t = 0; t < N_TAGS; t++) avg[r * N_TAGS + t] = model.averaged(r * N_TAGS, t);
  if (dumpOut) {
    const head = Buffer.alloc(4);
    head.writeUInt32LE(model.n, 0);
    writeFileSync(dumpOut, Buffer.concat([head, Buffer.from(avgKeys.buffer), Buffer.from(avg.buffer)]));
  }
}
const STEP = opt('--step', MIN / 2);
const rows: Array<{ key: number; q: Int32Array }> = [];
const byKey = new Map<number, { key: number; q: Int32Array }>();
for (let r = 0; r < avgKeys.length; r++) {
  const o = r * N_TAGS;
  const q = new Int32Array(N_TAGS);
  let any = false;
  for (let t = 0; t < N_TAGS; t++) {
    const v = avg[o + t]!;
    if (Math.abs(v) >= MIN) {
      q[t] = Math.round(v / STEP);
      any = true;
    }
  }
  if (!any) continue;
  // keys are stored on 24 bits: colliding rows are summed
  const key = avgKeys[r]! & KEY_MASK;
  const had = byKey.get(key);
  if (had) for (let t = 0; t < N_TAGS; t++) had.q[t]! += q[t]!;
  else {
    const row = { key, q };
    byKey.set(key, row);
    rows.push(row);
  }
}
const bytes = encodeModel(rows, STEP);
const b64 = Buffer.from(bytes).toString('base64');
// Base64 in lines of --line characters (100 as before; long lines gzip smaller).
const LINE = opt('--line', 100);
const chunks: string[] = [];
for (let i = 0; i < b64.length; i += LINE) chunks.push(b64.slice(i, i + LINE));
writeFileSync(
  out,
  `// Generated by scripts/train-quote-tagger.ts; do not edit.
// Averaged perceptron attribution tagger (cue / source / content, BIO) trained on PolNeAR train
// (840 documents, research evaluation only), ${EPOCHS} epochs, weights below ${MIN} dropped. ${rows.length} feature rows,
// ${bytes.length} bytes. Hashed feature keys and quantized weights only: no corpus text.
export const QUOTE_MODEL_BASE64: readonly string[] = [
${chunks.map((c) => `  '${c}',`).join('\n')}
];
/** Beam width the model was trained with and is decoded with (1: greedy). */
export const QUOTE_MODEL_BEAM = ${BEAM};
`,
);
console.log(`${rows.length} rows of ${avgKeys.length}, ${bytes.length} bytes -> ${out} (${((performance.now() - t0) / 1000).toFixed(1)}s)`);
