import { parentPort } from 'node:worker_threads';
import type { ParsedSeed } from '../core/bundle/build.ts';
import { annotateForBundle } from '../core/bundle/prepare.ts';

parentPort!.on('message', (batch: ParsedSeed[]) => {
  parentPort!.postMessage(batch.map(annotateForBundle));
});
