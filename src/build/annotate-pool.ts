/**
 * Annotates parsed seeds on every core with worker threads, in batches, keeping input order.
 * Below `minForWorkers` articles it stays in this thread (starting workers costs more).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { annotateSeed, type Annotated, type ParsedSeed } from '../core/bundle/build.ts';

export interface PoolOptions {
  threads?: number;
  batchSize?: number;
  minForWorkers?: number;
  onProgress?: (done: number, total: number) => void;
}

export async function annotateOnAllCores(seeds: ParsedSeed[], options: PoolOptions = {}): Promise<Annotated[]> {
  const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), seeds.length));
  if (threads <= 1 || seeds.length < (options.minForWorkers ?? 64)) return seeds.map(annotateSeed);
  const batchSize = options.batchSize ?? 25;
  const batches: Array<{ at: number; items: ParsedSeed[] }> = [];
  for (let at = 0; at < seeds.length; at += batchSize) batches.push({ at, items: seeds.slice(at, at + batchSize) });
  const out: Annotated[] = new Array(seeds.length);
  let next = 0;
  let done = 0;
  const workers = Array.from({ length: threads }, () => new Worker(new URL('./annotate-worker.mjs', import.meta.url)));
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
