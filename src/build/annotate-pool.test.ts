import { annotateSeed, type ParsedSeed } from '../core/bundle/build.ts';
import { annotateForBundle } from '../core/bundle/prepare.ts';
import { annotateOnAllCores } from './annotate-pool.ts';

const seed = (id: string, text: string, published: string | null): ParsedSeed => ({
  path: `seeds/${id}.txt`,
  article: { id, file: `${id}.txt`, title: id, published, publishedFrom: published ? 'header' : null, handle: null, dateline: null, text },
});

describe('annotateOnAllCores', () => {
  it('gives the same documents, in input order, as annotating in this thread', async () => {
    const seeds = [
      seed('a', '"We will not accept this," Maria Okafor said on Monday in Geneva.', '2020-09-11'),
      seed('b', 'GENEVA (Agency) Talks resumed last week.\n\nJohn Novak told reporters that the deal covers 40 percent of trade.', '2021-03-02'),
      seed('c', 'According to Aylin Haddad, the agreement signed in March is final.', null),
    ];
    const progress: number[] = [];
    const out = await annotateOnAllCores(seeds, { threads: 2, batchSize: 1, minForWorkers: 0, onProgress: (done) => progress.push(done) });
    expect(out).toEqual(seeds.map(annotateForBundle));
    expect(out.map((a) => ('doc' in a ? a.doc : a))).toEqual(seeds.map(annotateSeed).map((a) => ('doc' in a ? a.doc : a)));
    expect(progress).toEqual([1, 2, 3]);
  }, 60_000);
});
