/** Annotates a corpus across worker threads, as a bundle build would, and sizes its index. */
import { Worker } from 'node:worker_threads';
import { gzipSync } from 'node:zlib';
import type { BenchArticle } from './corpus.ts';


export async function annotateInWorkers(corpus: BenchArticle[], workers: number): Promise<{ ms: number; bytesIndex: number }> {
  const chunks: BenchArticle[][] = Array.from({ length: workers }, () => []);
  corpus.forEach((a, i) => chunks[i % workers]!.push(a));
  const t0 = performance.now();
  const results = await Promise.all(
    chunks.map(
      (articles) =>
        new Promise<unknown[]>((resolve, reject) => {
          const w = new Worker(new URL('./annotate-worker.mjs', import.meta.url), {
            workerData: { articles },
          });
          w.once('message', resolve);
          w.once('error', reject);
        }),
    ),
  );
  const ms = performance.now() - t0;
  const index = { version: 1, generated: new Date().toISOString(), articles: results.flat() };
  return { ms, bytesIndex: gzipSync(JSON.stringify(index)).length };
}
