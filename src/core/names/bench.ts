/**
 * Throughput and size of the name tagger, for `npm run bench`.
 * Tags a synthetic news text (built here, no corpus text) repeatedly on one core.
 */
import { tokenize } from './tokenize.ts';
import { loadModel, modelBytes, tagNames } from './tagger.ts';
import { MODEL_BASE64 } from './model/ner-model.ts';
import { sentenceSpans } from '../text/segment.ts';

export interface NamesBench {
  tokensPerSecond: number;
  tokens: number;
  seconds: number;
  /** Binary model size. */
  modelBytes: number;
  /** Size of the model as shipped (the base64 source string). Gzip it with `modelSource()`. */
  modelSourceBytes: number;
}

const SAMPLE = [
  'Finance Minister Maria Lopez said on Tuesday that the government of Spain would present a new budget to parliament in Madrid.',
  'The International Monetary Fund (IMF) warned that growth in the euro zone could slow, according to a report released in Washington.',
  'Shares of Acme Holdings rose 3 percent after the company said its chief executive, John Park, would step down in March.',
  'Police in Nairobi arrested two men after clashes near the offices of the Kenya National Union of Teachers.',
  '"We will not accept this," opposition leader Ahmed Khan told reporters in Islamabad, adding that Pakistan needed fresh elections.',
].join('\n');

export function benchNames(minSeconds = 1): NamesBench {
  const model = loadModel();
  const text = Array.from({ length: 20 }, () => SAMPLE).join('\n\n');
  const sentences = sentenceSpans(text);
  const perRun = tokenize(text).length;
  tagNames(text, sentences, model); // warm up
  let runs = 0;
  const t0 = performance.now();
  let elapsed = 0;
  while (elapsed < minSeconds * 1000) {
    tagNames(text, sentences, model);
    runs++;
    elapsed = performance.now() - t0;
  }
  const seconds = elapsed / 1000;
  return {
    tokensPerSecond: Math.round((runs * perRun) / seconds),
    tokens: runs * perRun,
    seconds,
    modelBytes: modelBytes().length,
    modelSourceBytes: modelSource().length,
  };
}

/**
 * The model as shipped, for size measurement: `gzipSync(modelSource()).length` in a Node script
 * (src/core stays free of Node built-ins).
 */
export function modelSource(): string {
  return `export const MODEL_BASE64 = '${MODEL_BASE64}';\n`;
}
