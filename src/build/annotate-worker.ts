import { parentPort } from 'node:worker_threads';
import { annotateSeed, type ParsedSeed } from '../core/bundle/build.ts';

parentPort!.on('message', (batch: ParsedSeed[]) => {
  parentPort!.postMessage(batch.map(annotateSeed));
});
