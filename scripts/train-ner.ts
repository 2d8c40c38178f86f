/**
 * Trains the Gloss name tagger (src/core/names) on CoNLL-2003-style JSON Lines:
 *   {"id","text","entities":[{"start","end","type":"PER"|"ORG"|"LOC"|"MISC"}]}
 *
 *   npx tsx scripts/train-ner.ts ../shared/eval/entities/conll03-train.jsonl \
 *     [--dev ../shared/eval/entities/conll03-dev.jsonl] [--epochs 10] [--min-abs 0.5] [--step 0.5] [--min-count 1] [--beam 4] [--update early|max] [--grid1 step:minAbs,...] [--out src/core/names/model/ner-model.ts]
 *
 * An averaged perceptron over BILOU tags, fixed seed: deterministic. It tags with local
 * features and a history of its own earlier predictions, and is trained and decoded with beam
 * search of width --beam K (default 4; at least 1) with early update, or --update max for
 * max-violation updates.
 * Only the trained weights are written; no text of the training data is stored.
 */
import fs from 'node:fs';
import zlib from 'node:zlib';
import { N_TAGS, TYPES, U, B, I, L, makeTag, prepareDoc, taggingUnits, History, dynamicFeatures } from '../src/core/names/features.ts';
import type { PreparedDoc } from '../src/core/names/features.ts';
import { BeamDecoder, encodeModel, tagNames, CompactModel, quantize } from '../src/core/names/tagger.ts';
import type { Scorer } from '../src/core/names/tagger.ts';
import { sentenceSpans } from '../src/core/text/segment.ts';

interface GoldDoc {
  id: string;
  text: string;
  entities: Array<{ start: number; end: number; type: string }>;
}

const args = process.argv.slice(2);
const opt = (k: string, d: string | undefined): string | undefined => {
  const i = args.indexOf('--' + k);
  return i >= 0 ? args[i + 1] : d;
};
const trainPath = args.find((a, i) => !a.startsWith('--') && (i === 0 || !args[i - 1]!.startsWith('--')));
if (!trainPath) {
  console.error('usage: tsx scripts/train-ner.ts TRAIN.jsonl [--dev DEV.jsonl] [--epochs N] [--beam K] [--out FILE.ts] [--min-count N]');
  process.exit(2);
}
const devPath = opt('dev', undefined);
const epochs = Number(opt('epochs', '10'));
const outPath = opt('out', 'src/core/names/model/ner-model.ts')!;
const minCount = Number(opt('min-count', '1'));
const beamW = Number(opt('beam', '4'));
if (!(beamW >= 1)) {
  console.error('--beam must be at least 1 (--beam 1: greedy decoding with early update per sentence)');
  process.exit(2);
}
const maxViol = opt('update', 'early') === 'max';
const step = Number(opt('step', '0.5'));
const minAbs = Number(opt('min-abs', '0.5'));

const readJsonl = (p: string): GoldDoc[] =>
  fs.readFileSync(p, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldDoc);

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface TrainDoc {
  doc: PreparedDoc;
  gold: Uint8Array[];
}

function prepare(d: GoldDoc): TrainDoc {
  const doc = prepareDoc(d.text, taggingUnits(d.text, sentenceSpans(d.text)));
  const gold = doc.sentences.map((s) => {
    const tags = new Uint8Array(s.tokens.length);
    const byStart = new Map<number, number>();
    const byEnd = new Map<number, number>();
    s.tokens.forEach((t, i) => {
      byStart.set(t.start, i);
      byEnd.set(t.end, i);
    });
    for (const e of d.entities) {
      const a = byStart.get(e.start);
      const b = byEnd.get(e.end);
      if (a === undefined || b === undefined || b < a) continue;
      const ty = TYPES.indexOf(e.type as (typeof TYPES)[number]);
      if (ty < 0) continue;
      for (let i = a; i <= b; i++) tags[i] = makeTag(ty, a === b ? U : i === a ? B : i === b ? L : I);
    }
    return tags;
  });
  return { doc, gold };
}

class TrainModel implements Scorer {
  index = new Map<number, number>();
  allowedKeys: Set<number> | null = null;
  w = new Float32Array(1 << 20);
  acc = new Float64Array(1 << 20);
  rows = 0;
  c = 1;
  add(key: number, scores: Float32Array): void {
    const r = this.index.get(key);
    if (r === undefined) return;
    const o = r * N_TAGS;
    for (let t = 0; t < N_TAGS; t++) scores[t]! += this.w[o + t]!;
  }
  row(key: number): number {
    let r = this.index.get(key);
    if (r === undefined) {
      r = this.rows++;
      this.index.set(key, r);
      if (this.rows * N_TAGS > this.w.length) {
        const w = new Float32Array(this.w.length * 2);
        w.set(this.w);
        this.w = w;
        const a = new Float64Array(this.acc.length * 2);
        a.set(this.acc);
        this.acc = a;
      }
    }
    return r;
  }
  update(keys: ArrayLike<number>, tag: number, d: number): void {
    for (let k = 0; k < keys.length; k++) {
      const o = this.row(keys[k]!) * N_TAGS + tag;
      this.w[o]! += d;
      this.acc[o]! += this.c * d;
    }
  }
  averaged(): Float32Array {
    const avg = new Float32Array(this.rows * N_TAGS);
    for (let i = 0; i < avg.length; i++) avg[i] = this.w[i]! - this.acc[i]! / this.c;
    return avg;
  }
}

function evaluate(docs: GoldDoc[], scorer: Scorer): { f: number; p: number; r: number } {
  let m = 0;
  let ns = 0;
  let ng = 0;
  for (const d of docs) {
    const spans = tagNames(d.text, sentenceSpans(d.text), scorer, beamW).filter((s) => s.type !== 'MISC');
    const gold = new Map(d.entities.filter((e) => e.type !== 'MISC').map((e) => [`${e.start}:${e.end}`, e.type]));
    ns += spans.length;
    ng += gold.size;
    for (const s of spans) if (gold.get(`${s.start}:${s.end}`) === s.type) m++;
  }
  const p = ns ? m / ns : 0;
  const r = ng ? m / ng : 0;
  return { f: p + r ? (2 * p * r) / (p + r) : 0, p, r };
}

const t0 = Date.now();
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(0)}s`;
const train = readJsonl(trainPath).map(prepare);
const dev = devPath ? readJsonl(devPath) : [];
console.log(`prepared ${train.length} docs in ${elapsed()}`);

/** Drops static feature keys seen fewer than minCount times in the training set. */
function prune(feats: Int32Array[][]): void {
  const counts = new Map<number, number>();
  for (const s of feats) for (const f of s) for (const k of f) counts.set(k, (counts.get(k) ?? 0) + 1);
  for (const s of feats) for (let i = 0; i < s.length; i++) s[i] = s[i]!.filter((k) => (counts.get(k) ?? 0) >= minCount);
  console.log(`  static features: ${counts.size}, kept ${[...counts.values()].filter((c) => c >= minCount).length}`);
}
prune(train.flatMap((td) => td.doc.sentences.map((s) => s.feats)));

function shuffle(order: number[], rand: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
}

/**
 * Training with beam search (width `beam`) and early update (Collins & Roark 2004): when the gold
 * prefix falls out of the beam, the gold prefix's features are rewarded and the best
 * hypothesis's penalized up to that token; a complete wrong best path gets a full update.
 */
function trainBeam(docs: TrainDoc[], beam: number): TrainModel {
  const model = new TrainModel();
  const rand = mulberry32(20030101);
  const order = docs.map((_, i) => i);
  const dec = new BeamDecoder(beam);
  const dyn: number[] = [];
  const upd = (s: TrainDoc['doc']['sentences'][number], tags: Uint8Array, upto: number, hist: History, d: number) => {
    for (let j = 0; j <= upto; j++) {
      model.update(s.feats[j]!, tags[j]!, d);
      dynamicFeatures(s, j, tags, hist, dyn);
      model.update(dyn, tags[j]!, d);
    }
  };
  let best = new Uint8Array(256);
  for (let ep = 1; ep <= epochs; ep++) {
    shuffle(order, rand);
    let errors = 0;
    let total = 0;
    for (const di of order) {
      const { doc, gold } = docs[di]!;
      const hist = new History();
      doc.sentences.forEach((s, k) => {
        const g = gold[k]!;
        const n = s.tokens.length;
        if (best.length < n) best = new Uint8Array(n * 2);
        const viol = dec.run(model, s, hist, g, maxViol);
        const upto = viol >= 0 ? viol : n - 1;
        dec.path(0, upto, best);
        let same = viol < 0;
        for (let j = 0; same && j < n; j++) if (best[j] !== g[j]) same = false;
        if (!same) {
          errors++;
          upd(s, g, upto, hist, 1);
          upd(s, best, upto, hist, -1);
        }
        total++;
        model.c += n;
        // History: the best path, or the gold tags where the search stopped early.
        if (maxViol && viol >= 0) dec.path(0, n - 1, best);
        const h = viol >= 0 && !maxViol ? g : best;
        for (let i = 0; i < n; i++) if (s.capitalized[i]) hist.add(s.lowerHash[i]!, h[i]!);
      });
    }
    console.log(`  epoch ${ep}: sentence error ${((100 * errors) / total).toFixed(2)}%  rows ${model.rows}  ${elapsed()}`);
  }
  return model;
}

/** Quantizes averaged weights to integers (weight = q * step), dropping small weights and empty rows. */
function exportRows(model: TrainModel, st: number, ma: number): Array<{ key: number; weights: Int32Array }> {
  const avg = model.averaged();
  const rows: Array<{ key: number; weights: Int32Array }> = [];
  for (const [key, r] of model.index) {
    const q = new Int32Array(N_TAGS);
    let any = false;
    for (let t = 0; t < N_TAGS; t++) {
      const v = quantize(avg[r * N_TAGS + t]!, st);
      if (v !== 0 && Math.abs(avg[r * N_TAGS + t]!) >= ma) {
        q[t] = v;
        any = true;
      }
    }
    if (any) rows.push({ key, weights: q });
  }
  return rows;
}
/** Base64 in a few long lines: line breaks every 100 characters cost gzip about 7 KB. */
const b64 = (b: Uint8Array): string => {
  const s = Buffer.from(b).toString('base64');
  const lines: string[] = [];
  for (let i = 0; i < s.length; i += 65536) lines.push(s.slice(i, i + 65536));
  return lines.length ? `[\n  '${lines.join("',\n  '")}',\n].join('')` : "''";
};
const compact = (m: TrainModel) => encodeModel(exportRows(m, step, minAbs), step);

const model = trainBeam(train, beamW);
const bytes = compact(model);
if (dev.length) {
  const r = evaluate(dev, new CompactModel(bytes));
  console.log(`  dev (compact): P ${r.p.toFixed(4)} R ${r.r.toFixed(4)} F1 ${r.f.toFixed(4)}`);
  // --grid1 "step:minAbs,...": size and dev F1 of other export settings.
  for (const g of opt('grid1', '')!.split(',').filter(Boolean)) {
    const [st, ma] = g.split(':').map(Number) as [number, number];
    const b = encodeModel(exportRows(model, st, ma), st);
    const gzb = zlib.gzipSync(b64(b)).length;
    console.log(`  export step ${st} min-abs ${ma}: ${b.length} bytes, ~${gzb} gzip, dev F1 ${evaluate(dev, new CompactModel(b)).f.toFixed(4)}`);
  }
}

// The header lines are those of the committed model (written when an optional second stage existed).
const src = `// Generated by scripts/train-ner.ts; do not edit.
// Stacked averaged perceptron name tagger trained on CoNLL-2003 English train (${train.length} documents).
// Stage 1: ${bytes.length} bytes; stage 2: 0 bytes. Weights only: no training text.
export const MODEL_BASE64 = ${b64(bytes)};
/** Beam width of decoding (0 = greedy), as in training. */
export const MODEL_BEAM = ${beamW};
`;
fs.writeFileSync(outPath, src);
const gz = zlib.gzipSync(src).length;
console.log(`model: ${bytes.length} bytes binary, ${src.length} bytes source, ${gz} bytes gzip`);
console.log(`done in ${elapsed()}`);
