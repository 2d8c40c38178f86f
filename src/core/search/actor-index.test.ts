import { buildActorIndex, mergeActorIndexes, parseActorIndex, quotesByActor } from './actor-index.ts';
import { fixtureBundle, fixtureDoc } from './fixtures.ts';

describe('buildActorIndex', () => {
  it('lists each actor once across articles, oldest article first, most quoted actor first', () => {
    const index = buildActorIndex(fixtureBundle());
    expect(index.actors.map((a) => a.id)).toEqual(['person:tomas-varga', 'person:elena-marsh']);
    expect(index.actors[0]).toMatchObject({
      name: 'Tomas Varga',
      quotes: 3,
      articles: [
        ['bridge', 0],
        ['grain', 1],
        ['visit', 2],
      ],
    });
  });

  it('survives a JSON round trip and the schema check', () => {
    const index = buildActorIndex(fixtureBundle());
    expect(parseActorIndex(JSON.parse(JSON.stringify(index)))).toEqual(index);
    expect(() => parseActorIndex({ version: 2, actors: [] })).toThrow(/version/);
    expect(() => parseActorIndex({ version: 1, actors: [{ id: 1 }] })).toThrow(/actors\[0\]/);
  });

  it('merges the bundle index with the browser’s own articles', () => {
    const local = buildActorIndex([
      fixtureDoc({ id: 'local-1', text: 'Tomas Varga said "yes".', actors: { 'person:tomas-varga': 'Tomas Varga' }, quotes: [{ words: 'yes', actor: 'person:tomas-varga' }] }),
    ]);
    const merged = mergeActorIndexes(buildActorIndex(fixtureBundle()), local);
    expect(merged.actors[0]?.quotes).toBe(4);
    expect(merged.actors[0]?.articles.map(([id]) => id)).toEqual(['bridge', 'grain', 'visit', 'local-1']);
  });
});

describe('quotesByActor', () => {
  it('gives every quote of the actor by article date, then in text order', () => {
    const quotes = quotesByActor('person:tomas-varga', fixtureBundle());
    expect(quotes.map((q) => [q.articleId, q.text])).toEqual([
      ['grain', 'close to the finish line'],
      ['visit', 'A port that cannot move its goods loses them,'],
      ['visit', 'We will sign before summer,'],
    ]);
  });

  it('puts undated articles last', () => {
    const undated = fixtureDoc({ id: 'aaa', text: 'Tomas Varga said "no".', actors: { 'person:tomas-varga': 'Tomas Varga' }, quotes: [{ words: 'no', actor: 'person:tomas-varga' }] });
    const quotes = quotesByActor('person:tomas-varga', [undated, ...fixtureBundle()]);
    expect(quotes.at(-1)?.articleId).toBe('aaa');
  });
});
