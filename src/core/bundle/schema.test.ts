import { annotateArticleFile } from '../article/article.ts';
import { BundleSchemaError, articleProblems, parseArticleDoc, parseBundleIndex } from './schema.ts';

const file = 'date 2020-09-11 (@someone)\n\nOTTAWA (Agency) The minister said on Thursday that talks would resume.\n';

function article() {
  const r = annotateArticleFile('a.txt', file);
  if (!r.ok) throw new Error('fixture did not parse');
  return r.article;
}

describe('bundle schema', () => {
  it('accepts an annotated article', () => {
    expect(articleProblems(article())).toEqual([]);
    expect(parseArticleDoc(article()).id).toBe('a');
  });

  it('names the path of every problem', () => {
    const bad = { ...article(), title: 3, paragraphs: [{ start: 0, end: 'x' }] };
    const problems = articleProblems(bad);
    expect(problems).toContain('title: expected string, got number');
    expect(problems).toContain('paragraphs[0].end: expected a non-negative integer, got "x"');
  });

  it('rejects spans outside the text and dangling actor ids', () => {
    const doc = article();
    const bad = {
      ...doc,
      sentences: [{ start: 0, end: doc.text.length + 5 }],
      quotes: [{ id: 'q1', spans: [[0, 2]], kind: 'direct', speaker: null, actorId: 'person:nobody', cue: null }],
    };
    const problems = articleProblems(bad);
    expect(problems.some((p) => p.startsWith('sentences[0]') && p.includes('outside the text'))).toBe(true);
    expect(problems).toContain('quotes[0].actorId: unknown actor person:nobody');
  });

  it('throws a BundleSchemaError for a bad index', () => {
    expect(() => parseBundleIndex({ version: 2, articles: {} })).toThrow(BundleSchemaError);
    expect(() => parseBundleIndex({ version: 1, generated: 'now', articles: [] })).not.toThrow();
  });
});
