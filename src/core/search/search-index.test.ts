import { fixtureBundle, fixtureDoc } from './fixtures.ts';
import { buildSearchIndex, createSearchIndex, loadSearchIndex, MAX_TEXT_TERMS, searchArticles, toSearchDoc } from './search-index.ts';
import { highlightSegments } from './highlight.ts';
import { processTerm } from './terms.ts';

const index = () => loadSearchIndex(buildSearchIndex(fixtureBundle()));

describe('search terms', () => {
  it('lower-cases, strips accents and possessives, and drops stop words', () => {
    expect(processTerm('Kowalczyk’s')).toBe('kowalczyk');
    expect(processTerm('Zürich')).toBe('zurich');
    expect(processTerm('The')).toBeNull();
    expect(processTerm('a')).toBeNull();
  });
});

describe('searchArticles', () => {
  it('finds articles by a word of the title, best match first', () => {
    const hits = searchArticles(index(), 'minister');
    expect(hits.map((h) => h.id)).toEqual(['visit', 'bridge']);
  });

  it('finds articles by a word of the text only', () => {
    expect(searchArticles(index(), 'wheat').map((h) => h.id)).toEqual(['visit']);
  });

  it('finds articles by actor name, case and accent insensitive', () => {
    expect(searchArticles(index(), 'ELENA marsh').map((h) => h.id)).toEqual(['bridge']);
    expect(new Set(searchArticles(index(), 'várga').map((h) => h.id))).toEqual(new Set(['bridge', 'visit', 'grain']));
  });

  it('matches the last word as a prefix while it is being typed', () => {
    expect(searchArticles(index(), 'gra').map((h) => h.id)).toEqual(['grain']);
  });

  it('requires every word, and falls back to any word when none has them all', () => {
    expect(searchArticles(index(), 'varga wheat').map((h) => h.id)).toEqual(['visit']);
    expect(searchArticles(index(), 'wheat farmers').map((h) => h.id).sort()).toEqual(['grain', 'visit']);
  });

  it('tolerates a typo in a long word', () => {
    expect(searchArticles(index(), 'minster').map((h) => h.id)).toContain('visit');
  });

  it('returns the matched terms and their fields for highlighting', () => {
    const [hit] = searchArticles(index(), 'marsh');
    expect(hit?.terms).toEqual(['marsh']);
    expect(hit?.fields.actors).toEqual(['marsh']);
  });

  it('returns nothing for an empty query or only stop words', () => {
    expect(searchArticles(index(), '   ')).toEqual([]);
    expect(searchArticles(index(), 'the of')).toEqual([]);
  });

  it('round-trips through JSON and accepts articles added in the browser', () => {
    const ms = index();
    ms.add(toSearchDoc(fixtureDoc({ id: 'local-1', text: 'Floods in the Saren valley.' })));
    expect(searchArticles(ms, 'saren').map((h) => h.id)).toEqual(['local-1']);
  });

  it('indexes a bounded number of body words per article', () => {
    const words = Array.from({ length: MAX_TEXT_TERMS + 100 }, (_, i) => `w${i.toString(36)}x`).join(' ');
    expect(toSearchDoc(fixtureDoc({ id: 'long', title: 'Long', text: words })).text.split(' ')).toHaveLength(MAX_TEXT_TERMS);
  });

  it('finds the one article with a rare word among 3,000 (speed is measured by npm run bench)', () => {
    const vocab = Array.from({ length: 3000 }, (_, i) => `term${i}`);
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const docs = Array.from({ length: 3000 }, (_, i) => ({
      id: `a${i}`,
      title: `Title ${vocab[Math.floor(rnd() * 3000)]} ${vocab[Math.floor(rnd() * 3000)]}`,
      actors: 'Tomas Varga',
      text: Array.from({ length: MAX_TEXT_TERMS }, () => vocab[Math.floor(rnd() * 3000)]).join(' '),
    }));
    docs[1234]!.text += ' zanzibarite';
    const ms = loadSearchIndex(JSON.stringify(createSearchIndex(docs)));
    expect(searchArticles(ms, 'zanzibarite').map((h) => h.id)).toEqual(['a1234']);
    expect(searchArticles(ms, 'varga').length).toBeLessThanOrEqual(200);
  });
});

describe('highlightSegments', () => {
  it('marks the words whose term matched, keeping the rest as is', () => {
    expect(highlightSegments('Mayor Elena Marsh’s bridge', ['marsh'])).toEqual([
      { text: 'Mayor Elena ', match: false },
      { text: 'Marsh’s', match: true },
      { text: ' bridge', match: false },
    ]);
  });

  it('returns the text unmarked without terms', () => {
    expect(highlightSegments('Grain talks', [])).toEqual([{ text: 'Grain talks', match: false }]);
  });
});
