/**
 * Trains the Gloss name tagger (src/core/names) on CoNLL-2003-style JSON Lines:
 *   {"id","text","entities":[{"start","end","type":"PER"|"ORG"|"LOC"|"MISC"}]}
 *
 *   npx tsx scripts/train-ner.ts ../shared/eval/entities/conll03-train.jsonl \
 *     [--dev ../shared/eval/entities/conll03-dev.jsonl] [--epochs 10] [--min-abs 1] [--step 0.1] [--min-count 2] [--out src/core/names/model/ner-model.ts]
 *
 * Averaged perceptron, greedy BILOU decoding with predicted history, fixed seed: deterministic.
 * Only the trained weights are written; no text of the training data is stored.
 */
import fs from 'node:fs';
import zlib from 'node:zlib';
import { N_TAGS, TYPES, U, B, I, L, makeTag, prepareDoc, taggingUnits, History } from '../src/core/names/features.ts';
import type { PreparedDoc } from '../src/core/names/features.ts';
import { bestAllowed, scoreToken, encodeModel, tagNames, CompactModel, quantize } from '../src/core/names/tagger.ts';
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
  console.error('usage: tsx scripts/train-ner.ts TRAIN.jsonl [--dev DEV.jsonl] [--epochs N] [--out FILE.ts] [--min-count N]');
  process.exit(2);
}
const devPath = opt('dev', undefined);
const epochs = Number(opt('epochs', '10'));
const outPath = opt('out', 'src/core/names/model/ner-model.ts')!;
const minCount = Number(opt('min-count', '2'));

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

class FixedScorer implements Scorer {
  constructor(private index: Map<number, number>, private w: Float32Array) {}
  add(key: number, scores: Float32Array): void {
    const r = this.index.get(key);
    if (r === undefined) return;
    const o = r * N_TAGS;
    for (let t = 0; t < N_TAGS; t++) scores[t]! += this.w[o + t]!;
  }
}

function evaluate(docs: GoldDoc[], scorer: Scorer): { f: number; p: number; r: number } {
  let m = 0;
  let ns = 0;
  let ng = 0;
  for (const d of docs) {
    const spans = tagNames(d.text, sentenceSpans(d.text), scorer).filter((s) => s.type !== 'MISC');
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
const train = readJsonl(trainPath).map(prepare);
const dev = devPath ? readJsonl(devPath) : [];
console.log(`prepared ${train.length} docs in ${((Date.now() - t0) / 1000).toFixed(1)}s`);

// Prune rare static features.
const counts = new Map<number, number>();
for (const td of train) for (const s of td.doc.sentences) for (const f of s.feats) for (const k of f) counts.set(k, (counts.get(k) ?? 0) + 1);
for (const td of train)
  for (const s of td.doc.sentences) s.feats = s.feats.map((f) => f.filter((k) => (counts.get(k) ?? 0) >= minCount));
console.log(`static features: ${counts.size}, kept ${[...counts.values()].filter((c) => c >= minCount).length}`);

const model = new TrainModel();
const rand = mulberry32(20030101);
const order = train.map((_, i) => i);
const scores = new Float32Array(N_TAGS);
const dyn: number[] = [];
for (let ep = 1; ep <= epochs; ep++) {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  let errors = 0;
  let total = 0;
  for (const di of order) {
    const { doc, gold } = train[di]!;
    const hist = new History();
    doc.sentences.forEach((s, k) => {
      const g = gold[k]!;
      const n = s.tokens.length;
      const tags = new Uint8Array(n);
      for (let i = 0; i < n; i++) {
        scoreToken(model, s, i, tags, hist, dyn, scores);
        const pred = bestAllowed(scores, i > 0 ? tags[i - 1]! : -1, i === n - 1);
        const gt = g[i]!;
        if (pred !== gt) {
          errors++;
          model.update(s.feats[i]!, gt, 1);
          model.update(dyn, gt, 1);
          model.update(s.feats[i]!, pred, -1);
          model.update(dyn, pred, -1);
        }
        total++;
        model.c++;
        tags[i] = pred;
        if (s.capitalized[i]) hist.add(s.lowerHash[i]!, pred);
      }
    });
  }
  let msg = `epoch ${ep}: token error ${((100 * errors) / total).toFixed(2)}%  rows ${model.rows}  ${((Date.now() - t0) / 1000).toFixed(0)}s`;
  if (dev.length && (ep % 3 === 0 || ep === epochs)) {
    const r = evaluate(dev, new FixedScorer(model.index, model.averaged()));
    msg += `  dev P ${r.p.toFixed(4)} R ${r.r.toFixed(4)} F1 ${r.f.toFixed(4)}`;
  }
  console.log(msg);
}

// Export: quantize averaged weights to int8, drop zero rows.
const avg = model.averaged();
const step = Number(opt('step', '0.1'));
const minAbs = Number(opt('min-abs', '1'));
const rows: Array<{ key: number; weights: Int32Array }> = [];
for (const [key, r] of model.index) {
  const q = new Int32Array(N_TAGS);
  let any = false;
  for (let t = 0; t < N_TAGS; t++) {
    const v = quantize(avg[r * N_TAGS + t]!, step);
    if (v !== 0 && Math.abs(avg[r * N_TAGS + t]!) >= minAbs) {
      q[t] = v;
      any = true;
    }
  }
  if (any) rows.push({ key, weights: q });
}
const bytes = encodeModel(rows, step);
const b64 = Buffer.from(bytes).toString('base64');
const lines: string[] = [];
for (let i = 0; i < b64.length; i += 100) lines.push(b64.slice(i, i + 100));
const src = `// Generated by scripts/train-ner.ts; do not edit.
// Averaged perceptron name tagger trained on CoNLL-2003 English train (${train.length} documents).
// ${rows.length} feature rows, ${bytes.length} bytes. Weights only: no training text.
export const MODEL_BASE64 = [
  '${lines.join("',\n  '")}',
].join('');
`;
fs.writeFileSync(outPath, src);
const gz = zlib.gzipSync(src).length;
console.log(`model: ${rows.length} rows, ${bytes.length} bytes binary, ${src.length} bytes source, ${gz} bytes gzip`);
if (dev.length) {
  const r = evaluate(dev, new CompactModel(bytes));
  console.log(`dev (compact model): P ${r.p.toFixed(4)} R ${r.r.toFixed(4)} F1 ${r.f.toFixed(4)}`);
}
console.log(`done in ${((Date.now() - t0) / 1000).toFixed(0)}s`);
