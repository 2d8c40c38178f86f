import { parentPort, workerData } from 'node:worker_threads';
import { annotateParsed } from '../../src/core/article/article.ts';
import { summarize } from '../../src/core/bundle/build.ts';
import type { BenchArticle } from './corpus.ts';

const out = (workerData.articles as BenchArticle[]).map((a) =>
  summarize(
    annotateParsed({ id: a.id, file: `${a.id}.txt`, title: a.id, published: a.published, publishedFrom: 'header', handle: null, dateline: null, text: a.text }),
  ),
);
parentPort!.postMessage(out);
