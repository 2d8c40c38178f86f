/**
 * Derives the cue-word lexicon of src/core/quotes/cue-lexicon.ts from PolNeAR train
 * (../shared/eval/quotes/polnear-train.jsonl, research evaluation only). Only statistics are
 * written (word form, times it was a cue, times it occurs, share of cues whose content follows):
 * no text of the corpus.
 *
 *   npx tsx scripts/train-quotes.ts [path/to/polnear-train.jsonl]
 */
import { readFileSync, writeFileSync } from 'node:fs';

interface GoldQuote { cueStart: number | null; cueEnd: number | null; spans: Array<[number, number]> }
interface GoldDoc { text: string; quotes: GoldQuote[] }

const path = process.argv[2] ?? '../shared/eval/quotes/polnear-train.jsonl';
const docs = readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as GoldDoc);
const norm = (w: string) => w.toLowerCase().replace(/’/g, "'");
const WORD = /[A-Za-z][A-Za-z'’]*/g;
const cue = new Map<string, number>();
const after = new Map<string, number>();
const total = new Map<string, number>();
const inc = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
for (const d of docs) {
  const seen = new Set<number>();
  for (const q of d.quotes) {
    if (q.cueStart == null || q.cueEnd == null) continue;
    for (const m of d.text.slice(q.cueStart, q.cueEnd).matchAll(WORD)) {
      const at = q.cueStart + m.index;
      if (seen.has(at)) continue;
      seen.add(at);
      const w = norm(m[0]);
      inc(cue, w);
      if ((q.spans[0]?.[0] ?? 0) > q.cueStart) inc(after, w);
    }
  }
  for (const m of d.text.matchAll(WORD)) inc(total, norm(m[0]));
}
// Function words and adverbs that are often inside a cue phrase but are not cues themselves.
const STOP = new Set(
  ('has have had is was were be been are am do does did not also about to of in on for at by with from the a an ' +
    'that this it he she they his her their its and but or as repeatedly recently publicly previously widely ' +
    'strongly increasingly quickly reportedly later then once again even just still already never always often ' +
    'would could should will can may might must more most very so up out over into').split(' '),
);
const rows: Array<[string, number, number, number]> = [];
for (const [w, c] of cue) {
  const t = Math.max(total.get(w) ?? 0, c);
  if (c < 3 || STOP.has(w) || w.length < 3) continue;
  if (c / t < 0.3) continue;
  rows.push([w, c, t, Math.round((100 * (after.get(w) ?? 0)) / c) / 100]);
}
rows.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
const body = rows.map(([w, c, t, a]) => `  ${JSON.stringify(w)}: [${c}, ${t}, ${a}],`).join('\n');
writeFileSync(
  'src/core/quotes/cue-lexicon.ts',
  `/**
 * Cue words of attribution with their statistics, derived by scripts/train-quotes.ts from the
 * PolNeAR train split (US political news 2016; research evaluation only). Statistics only, no text:
 * [times the word form was (part of) an attribution cue, times it occurs, share of those cues whose
 * content follows the cue].
 */
export const CUE_STATS: Readonly<Record<string, readonly [number, number, number]>> = {
${body}
};
`,
);
console.log(`${rows.length} cue forms written`);
