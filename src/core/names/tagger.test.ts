import { loadModel, modelBytes, tagNames } from './tagger.ts';
import { sentenceSpans } from '../text/segment.ts';

const names = (text: string) => tagNames(text, sentenceSpans(text)).map((s) => [s.text, s.type]);

describe('committed name model', () => {
  it('loads and is small', () => {
    const m = loadModel();
    expect(m.rows).toBeGreaterThan(10000);
    expect(modelBytes().length).toBeLessThan(600_000);
  });

  it('tags people, organizations and places in a news sentence', () => {
    const text = 'German Chancellor Angela Merkel met officials of the World Bank in Berlin on Monday.';
    expect(names(text)).toEqual([
      ['German', 'MISC'],
      ['Angela Merkel', 'PER'],
      ['World Bank', 'ORG'],
      ['Berlin', 'LOC'],
    ]);
  });

  it('keeps titles out of person names and finds a dateline place', () => {
    const text = 'NAIROBI (Reuters) - President William Ruto said on Friday that Kenya would sign the deal.';
    const got = names(text);
    expect(got).toContainEqual(['NAIROBI', 'LOC']);
    expect(got).toContainEqual(['William Ruto', 'PER']);
    expect(got).toContainEqual(['Kenya', 'LOC']);
    expect(got).toContainEqual(['Reuters', 'ORG']);
  });

  it('returns exact extents', () => {
    const text = 'Talks between Japan and South Korea resumed in Seoul.';
    for (const s of tagNames(text, sentenceSpans(text))) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
