/**
 * `npm run bench`: prints speed and size figures. Never asserts: compare ratios within one run,
 * these machines are shared and noisy.
 *   --quick        smaller corpus (for a smoke run)
 *   --no-browser   skip the Chromium measurements
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { annotate } from '../src/core/annotate.ts';
import { paragraphSpans } from '../src/core/text/segment.ts';
import { generateCorpus } from './bench/corpus.ts';
import { annotateOnAllCores } from '../src/build/annotate-pool.ts';
import { libraryFiles } from '../src/build/bundle-plugin.ts';
import { assembleBundle } from '../src/core/bundle/build.ts';

const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const rows: Array<[string, string]> = [];
const row = (name: string, value: string) => {
  rows.push([name, value]);
  process.stdout.write(`${name.padEnd(58)} ${value}\n`);
};
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function time<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const r = fn();
  return [r, performance.now() - t0];
}

const seedTexts = readdirSync('seeds')
  .filter((f) => !f.startsWith('.'))
  .map((f) => readFileSync(join('seeds', f), 'utf8'));

process.stdout.write(`Gloss bench — node ${process.version}, ${cpus().length} cores\n\n`);

// 1. Core annotation, one core.
{
  const corpus = generateCorpus(seedTexts, quick ? 50 : 300, 1);
  const chars = corpus.reduce((n, a) => n + a.text.length, 0);
  annotate(corpus[0]!.text, { published: corpus[0]!.published }); // warm up
  const [, ms] = time(() => {
    for (const a of corpus) annotate(a.text, { published: a.published });
  });
  row('annotate, one core: articles/s', fmt((corpus.length * 1000) / ms, 1));
  row('annotate, one core: characters/s', fmt((chars * 1000) / ms));
}

// 2. Extractor-specific figures, where the extractor exposes a bench.
for (const [label, path, fn] of [
  ['names', '../src/core/names/bench.ts', 'benchNames'],
  ['quotes', '../src/core/quotes/bench.ts', 'benchQuotes'],
  ['time', '../src/core/time/bench.ts', 'benchTime'],
] as const) {
  const file = new URL(path, import.meta.url);
  if (!existsSync(file)) continue;
  const mod = (await import(file.href)) as Record<string, () => Record<string, number> | Promise<Record<string, number>>>;
  const bench = mod[fn];
  if (!bench) continue;
  const figures = await bench();
  for (const [k, v] of Object.entries(figures)) if (typeof v === 'number') row(`${label}: ${k}`, fmt(v, v < 100 ? 2 : 0));
  const source = (mod as Record<string, unknown>).modelSource;
  if (typeof source === 'function') row(`${label}: model gzip KB`, fmt(gzipSync(String(source())).length / 1024, 1));
}

// 3. A 1 MB article: bounded time and memory.
{
  const base = generateCorpus(seedTexts, 400, 7).map((a) => a.text).join('\n\n');
  const big = base.slice(0, 1_000_000);
  globalThis.gc?.();
  const before = process.memoryUsage().heapUsed;
  const [a, ms] = time(() => annotate(big, { published: '2020-09-11' }));
  const after = process.memoryUsage().heapUsed;
  row('1 MB article: annotate ms', fmt(ms));
  row('1 MB article: heap growth MB', fmt((after - before) / 1e6, 1));
  row('1 MB article: paragraphs / quotes / actors', `${paragraphSpans(big).length} / ${a.quotes.length} / ${a.actors.length}`);
}

// 4. Bundle build rate with every core (worker threads), as `npm run build` does it: from parsed
// seeds to the files' contents (annotation, checks, index.json, article JSON, search.json, actors.json).
{
  const n = quick ? 400 : 2000;
  const corpus = generateCorpus(seedTexts, n, 3);
  const parsed = corpus.map((a) => ({
    path: `${a.id}.txt`,
    article: { id: a.id, file: `${a.id}.txt`, title: a.id, published: a.published, publishedFrom: 'header' as const, handle: null, dateline: null, text: a.text },
  }));
  const threads = cpus().length;
  const t0 = performance.now();
  const annotated = await annotateOnAllCores(parsed, { threads, minForWorkers: 0 });
  const t1 = performance.now();
  const bundle = assembleBundle({ parsed, errors: [], warnings: [] }, annotated);
  const index = JSON.stringify(bundle.index);
  let articleBytes = 0;
  for (const a of bundle.articles) articleBytes += (bundle.prepared?.get(a)?.json ?? JSON.stringify(a)).length;
  const lib = libraryFiles(bundle);
  const ms = performance.now() - t0;
  row(`bundle build: articles/s (${threads} worker threads, ${n} articles)`, fmt((n * 1000) / ms, 1));
  row('bundle build: of which annotation in the workers, %', fmt((100 * (t1 - t0)) / ms));
  row('bundle articles: JSON bytes per article', fmt(articleBytes / n));
  row('bundle index.json: bytes per article (gzip)', fmt(gzipSync(index).length / n, 1));
  row('bundle search.json: bytes per article (gzip)', fmt(gzipSync(lib.search).length / n, 1));
}

// 5. The built app: first-load JavaScript.
if (existsSync('dist/index.html')) {
  const html = readFileSync('dist/index.html', 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const gz = refs.reduce((n, f) => n + gzipSync(readFileSync(join('dist', f))).length, 0);
  row('app: first-load JS gzip KB', fmt(gz / 1024, 1));
  const all = readdirSync('dist/assets').filter((f) => f.endsWith('.js'));
  for (const f of all.filter((f) => !refs.includes(`assets/${f}`))) {
    row(`app: lazy chunk ${f.replace(/-[\w-]{8}\.js$/, '.js')} gzip KB`, fmt(gzipSync(readFileSync(join('dist/assets', f))).length / 1024, 1));
  }
  const data = join('dist', 'data', 'index.json');
  if (existsSync(data)) row('dist/data/index.json bytes', fmt(statSync(data).size));
} else {
  process.stdout.write('(no dist/: run `npm run build` for the app figures)\n');
}

// 6. Browser figures (filter speed, search latency) in Chromium.
if (!args.has('--no-browser') && existsSync('dist/index.html') && existsSync('scripts/bench/browser.ts')) {
  try {
    const out = execFileSync('npx', ['tsx', 'scripts/bench/browser.ts', ...(quick ? ['--quick'] : [])], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    process.stdout.write(out);
  } catch (e) {
    process.stdout.write(`browser bench failed: ${(e as Error).message}\n`);
  }
}
