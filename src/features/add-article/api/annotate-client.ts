/**
 * Runs the annotator in a Web Worker (a chunk of its own, loaded the first time it is needed), so
 * the page stays responsive while a long article is annotated.
 */
import type { AnnotateRequest, AnnotateResponse } from '../../../worker/protocol.ts';

export type AnnotateInput = Omit<AnnotateRequest, 'requestId'>;
export type AnnotateFn = (input: AnnotateInput, signal?: AbortSignal) => Promise<AnnotateResponse>;

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, { resolve: (r: AnnotateResponse) => void; reject: (e: Error) => void }>();

function getWorker(): Worker {
  if (worker) return worker;
  const w = new Worker(new URL('../../../worker/annotate.worker.ts', import.meta.url), { type: 'module', name: 'gloss-annotate' });
  w.onmessage = (e: MessageEvent<AnnotateResponse>) => {
    const p = pending.get(e.data.requestId);
    pending.delete(e.data.requestId);
    p?.resolve(e.data);
  };
  w.onerror = (e) => {
    e.preventDefault();
    fail(new Error(`The annotator stopped: ${e.message || 'it could not be loaded'}`));
  };
  worker = w;
  return w;
}

function fail(error: Error) {
  worker?.terminate();
  worker = null;
  for (const p of pending.values()) p.reject(error);
  pending.clear();
}

/** Annotates in the worker; aborting stops the worker (a new one starts for the next article). */
export const annotateInWorker: AnnotateFn = (input, signal) =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new DOMException('Cancelled', 'AbortError'));
    const requestId = nextId++;
    pending.set(requestId, { resolve, reject });
    signal?.addEventListener('abort', () => fail(new DOMException('Cancelled', 'AbortError') as Error), { once: true });
    getWorker().postMessage({ ...input, requestId } satisfies AnnotateRequest);
  });

/** A fresh id for an article added in this browser. */
export function newLocalArticleId(now = Date.now()): string {
  const rand = Math.floor(Math.random() * 36 ** 4)
    .toString(36)
    .padStart(4, '0');
  return `local-${now.toString(36)}-${rand}`;
}
