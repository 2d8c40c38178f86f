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
  const out: Annotated[] = new Array(seeds.length);
  let next = 0;
  let done = 0;
  // Batches shrink towards the end (a quarter of each worker's share of what is left), so that the
  // workers finish together.
  const take = (): { at: number; items: ParsedSeed[] } | null => {
    if (next >= seeds.length) return null;
    const size = Math.max(1, Math.min(batchSize, Math.ceil((seeds.length - next) / (threads * 4))));
    const at = next;
    next += size;
    return { at, items: seeds.slice(at, next) };
  };
  const code = await compiledWorker();
  const workers = Array.from({ length: threads }, () => startWorker(code));
  try {
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((resolve, reject) => {
            // Two batches in flight per worker: the next one is waiting in the worker's queue when it
            // finishes one, even when this thread is slow to answer (every core is busy annotating).
            const inFlight: Array<{ at: number; items: ParsedSeed[] }> = [];
            const feed = () => {
              const batch = take();
              if (!batch) return;
              inFlight.push(batch);
              w.postMessage(batch.items);
            };
            w.on('message', (results: Annotated[]) => {
              const batch = inFlight.shift()!;
              results.forEach((r, i) => (out[batch.at + i] = r));
              done += results.length;
              options.onProgress?.(done, seeds.length);
              feed();
              if (inFlight.length === 0) resolve();
            });
            w.once('error', reject);
            w.once('exit', (code) => {
              if (inFlight.length) reject(new Error(`annotation worker stopped (exit code ${code})`));
            });
            feed();
            feed();
            if (inFlight.length === 0) resolve();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return out;
}
