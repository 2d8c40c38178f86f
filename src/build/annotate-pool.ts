/**
 * Annotates parsed seeds on every core with worker threads, in batches, keeping input order.
 * Below `minForWorkers` articles it stays in this thread (starting workers costs more).
 *
 * The workers run the annotator precompiled: it is bundled once per build with esbuild (which tsx,
 * the build's runner, ships) into one plain script, so a worker neither registers the TypeScript
 * loader (a loader thread per worker) nor transforms a module. Without esbuild the workers register
 * tsx instead (annotate-worker.mjs).
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Annotated, ParsedSeed } from '../core/bundle/build.ts';
import { annotateForBundle } from '../core/bundle/prepare.ts';

export interface PoolOptions {
  threads?: number;
  batchSize?: number;
  minForWorkers?: number;
  onProgress?: (done: number, total: number) => void;
}

/** The worker's code bundled into one CommonJS script (run with `eval`), or null without esbuild. */
let compiled: Promise<string | null> | null = null;
export function compiledWorker(): Promise<string | null> {
  compiled ??= (async () => {
    try {
      const esbuild = await import('esbuild');
      const out = await esbuild.build({
        entryPoints: [fileURLToPath(new URL('./annotate-worker.ts', import.meta.url))],
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        write: false,
        logLevel: 'silent',
      });
      return out.outputFiles[0]!.text;
    } catch {
      return null;
    }
  })();
  return compiled;
}

function startWorker(code: string | null): Worker {
  return code === null ? new Worker(new URL('./annotate-worker.mjs', import.meta.url)) : new Worker(code, { eval: true });
}

export async function annotateOnAllCores(seeds: ParsedSeed[], options: PoolOptions = {}): Promise<Annotated[]> {
  const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), seeds.length));
  if (threads <= 1 || seeds.length < (options.minForWorkers ?? 64)) return seeds.map(annotateForBundle);
  const batchSize = options.batchSize ?? 25;
  const batches: Array<{ at: number; items: ParsedSeed[] }> = [];
  for (let at = 0; at < seeds.length; at += batchSize) batches.push({ at, items: seeds.slice(at, at + batchSize) });
  const out: Annotated[] = new Array(seeds.length);
  let next = 0;
  let done = 0;
  const code = await compiledWorker();
  const workers = Array.from({ length: threads }, () => startWorker(code));
  try {
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((resolve, reject) => {
            const feed = () => {
              const batch = batches[next++];
              if (!batch) return resolve();
              w.once('message', (results: Annotated[]) => {
                results.forEach((r, i) => (out[batch.at + i] = r));
                done += results.length;
                options.onProgress?.(done, seeds.length);
                feed();
              });
              w.postMessage(batch.items);
            };
            w.once('error', reject);
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return out;
}
