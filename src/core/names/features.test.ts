import {
  B, I, L, N_TAGS, U, History, KEY_BITS, gazetteerTags, hashString, lineKind, makeTag, prepareDoc, shapeOf, tagPos, tagType, taggingUnits,
} from './features.ts';
import { allowed, bestAllowed, tagsToSpans, encodeModel, CompactModel, decodeDoc } from './tagger.ts';
import type { Scorer } from './tagger.ts';

describe('word features', () => {
  it('computes collapsed word shapes', () => {
    expect(shapeOf('Lukashenko')).toBe('Xx');
    expect(shapeOf('U.S.')).toBe('X.X.');
    expect(shapeOf('1996-08-22')).toBe('d-d-d');
    expect(shapeOf('McDonald')).toBe('XxXx');
    expect(shapeOf('Émile')).toBe('Xx');
  });

  it('hashes deterministically', () => {
    expect(hashString('Minsk')).toBe(hashString('Minsk'));
    expect(hashString('Minsk')).not.toBe(hashString('minsk'));
  });

  it('marks gazetteer matches with BILOU positions, longest match first', () => {
    const words = ['visit', 'to', 'the', 'United', 'States', 'and', 'Minsk'];
    const g = gazetteerTags(words);
    // category 0 = country
    expect(g[3]).toContain(0 * 4 + B);
    expect(g[4]).toContain(0 * 4 + L);
    expect(g[6]).toContain(1 * 4 + U); // city
    expect(g[0]).toEqual([]);
  });

  it('needs a capital letter for a gazetteer match', () => {
    expect(gazetteerTags(['china', 'plates'])[0]).toEqual([]);
    expect(gazetteerTags(['CHINA', 'TALKS'])[0]).toContain(0 * 4 + U);
  });

  it('splits tagging units at line breaks inside sentences', () => {
    const text = 'HEADLINE HERE\nBRUSSELS 1996-01-01\nThe body. More text.';
    const cut = text.indexOf(' More');
    const units = taggingUnits(text, [{ start: 0, end: cut }, { start: cut + 1, end: text.length }]);
    expect(units.map((u) => text.slice(u.start, u.end))).toEqual(['HEADLINE HERE', 'BRUSSELS 1996-01-01', 'The body.', 'More text.']);
  });

  it('splits an inline dateline off as a unit of its own', () => {
    const text = 'NAIROBI, Kenya (Reuters) - Kenya said on Friday it would sign.\nLONDON - No agency here.';
    const units = taggingUnits(text, [{ start: 0, end: text.length }]);
    expect(units.map((u) => text.slice(u.start, u.end))).toEqual([
      'NAIROBI, Kenya', '(Reuters) - Kenya said on Friday it would sign.', 'LONDON - No agency here.',
    ]);
    const plain = 'The (new) - or old - rule.';
    expect(taggingUnits(plain, [{ start: 0, end: plain.length }])).toEqual([{ start: 0, end: plain.length }]);
  });

  it('prepares static features with keys inside the hash space', () => {
    const text = 'Peter Smith visited Paris.';
    const doc = prepareDoc(text, [{ start: 0, end: text.length }]);
    const s = doc.sentences[0]!;
    expect(s.tokens.map((t) => t.text)).toEqual(['Peter', 'Smith', 'visited', 'Paris', '.']);
    for (const f of s.feats) for (const k of f) expect(k >= 0 && k < 2 ** KEY_BITS).toBe(true);
    expect(Array.from(s.capitalized)).toEqual([1, 1, 0, 1, 0]);
    // Same word, same context: same features; different word: different features.
    const again = prepareDoc(text, [{ start: 0, end: text.length }]).sentences[0]!;
    expect(Array.from(again.feats[0]!)).toEqual(Array.from(s.feats[0]!));
    expect(Array.from(s.feats[0]!)).not.toEqual(Array.from(s.feats[1]!));
  });

  it('puts the keys that depend on the word alone first (wordFeats), the same in any context', () => {
    const a = prepareDoc('Paris is big.', [{ start: 0, end: 13 }]).sentences[0]!;
    const b = prepareDoc('He left for Paris (France).', [{ start: 0, end: 27 }]).sentences[0]!;
    // bias, word, lower case, shape, then one prefix and one suffix per character up to 4.
    expect(a.wordFeats[0]).toBe(4 + 2 * 4);
    expect(a.wordFeats[1]).toBe(4 + 2 * 2);
    expect(Array.from(b.feats[3]!.subarray(0, b.wordFeats[3]))).toEqual(Array.from(a.feats[0]!.subarray(0, a.wordFeats[0])));
    expect(Array.from(b.feats[3]!)).not.toEqual(Array.from(a.feats[0]!));
  });

  it('tracks the majority and last predicted type per word', () => {
    const h = new History();
    expect(h.get(7)).toBe(-1);
    h.add(7, makeTag(0, U));
    h.add(7, makeTag(0, U));
    h.add(7, makeTag(2, U));
    const v = h.get(7);
    expect(v >> 3).toBe(3); // last: LOC (type 2, +1)
    expect(v & 7).toBe(1); // majority: PER
  });
});

describe('BILOU decoding', () => {
  const per = (p: number) => makeTag(0, p);
  const org = (p: number) => makeTag(1, p);

  it('encodes and decodes tags', () => {
    expect(tagType(org(L))).toBe(1);
    expect(tagPos(org(L))).toBe(L);
    expect(tagType(0)).toBe(-1);
  });

  it('allows only valid transitions', () => {
    expect(allowed(-1, per(B), false)).toBe(true);
    expect(allowed(-1, per(I), false)).toBe(false);
    expect(allowed(per(B), per(I), false)).toBe(true);
    expect(allowed(per(B), org(I), false)).toBe(false);
    expect(allowed(per(B), 0, false)).toBe(false);
    expect(allowed(per(I), per(I), true)).toBe(false);
    expect(allowed(per(I), per(L), true)).toBe(true);
    expect(allowed(per(U), per(B), true)).toBe(false);
    expect(allowed(per(L), 0, false)).toBe(true);
  });

  it('picks the best allowed tag', () => {
    const scores = new Float32Array(N_TAGS);
    scores[per(I)] = 5;
    scores[per(L)] = 3;
    scores[0] = 4;
    expect(bestAllowed(scores, per(B), false)).toBe(per(I));
    expect(bestAllowed(scores, per(B), true)).toBe(per(L));
    expect(bestAllowed(scores, 0, false)).toBe(0);
  });

  it('turns tags into spans with exact extents', () => {
    const text = 'Mr. Peter Smith met ACME Corp staff.';
    const s = prepareDoc(text, [{ start: 0, end: text.length }]).sentences[0]!;
    const spans = tagsToSpans(text, s, [0, per(B), per(L), 0, org(B), org(L), 0, 0]);
    expect(spans.map((x) => [x.text, x.type])).toEqual([['Peter Smith', 'PER'], ['ACME Corp', 'ORG']]);
  });
});

describe('compact model', () => {
  it('round-trips weights through the binary format', () => {
    const rows = [
      { key: 5, weights: Array.from({ length: N_TAGS }, (_, t) => (t === 1 ? 12 : t === 4 ? -3 : 0)) },
      { key: 123456, weights: Array.from({ length: N_TAGS }, (_, t) => (t === 0 ? 700 : 0)) },
    ];
    const m = new CompactModel(encodeModel(rows, 0.5));
    expect(m.rows).toBe(2);
    const scores = new Float32Array(N_TAGS);
    m.add(5, scores);
    m.add(123456, scores);
    m.add(99, scores); // unknown key: no effect
    expect(scores[1]).toBeCloseTo(6);
    expect(scores[4]).toBeCloseTo(-1.5);
    expect(scores[0]).toBeCloseTo(350);
  });

  it('round-trips many random rows through the range coder exactly', () => {
    let seed = 7;
    const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const keys = new Set<number>();
    while (keys.size < 3000) keys.add(Math.floor(rand() * 2 ** 22));
    const rows = [...keys].map((key) => ({
      key,
      weights: Array.from({ length: N_TAGS }, () => (rand() < 0.2 ? Math.round((rand() - 0.5) * (rand() < 0.05 ? 5000 : 20)) : 0)),
    }));
    rows.push({ key: 2 ** 22 - 1, weights: Array.from({ length: N_TAGS }, (_, t) => (t % 2 ? 30000 : -1)) });
    const m = new CompactModel(encodeModel(rows, 0.25));
    const scores = new Float32Array(N_TAGS);
    for (const r of rows) {
      scores.fill(0);
      m.add(r.key, scores);
      expect(Array.from(scores)).toEqual(r.weights.map((q) => Math.fround(q * 0.25) || 0));
    }
  });

  it('decodes a document with a hand-made scorer under the constraints', () => {
    // A scorer that likes B-PER everywhere: decoding must still produce a well-formed sequence.
    const scorer: Scorer = { add: (_k, s) => { s[makeTag(0, B)]! += 1; s[makeTag(0, I)]! += 0.5; } };
    const text = 'Anna Maria Bell spoke';
    const tags = decodeDoc(scorer, prepareDoc(text, [{ start: 0, end: text.length }]))[0]!;
    expect(Array.from(tags)).toEqual([makeTag(0, B), makeTag(0, I), makeTag(0, I), makeTag(0, L)]);
  });
});

describe('line kind', () => {
  it('tells prose, lines with numbers and results tables apart', () => {
    expect(lineKind(['The', 'minister', 'said', 'so', '.'])).toBe(0);
    expect(lineKind(['Prices', 'rose', '3.5', 'percent', 'in', 'a', 'week', 'to', 'Friday', '.'])).toBe(1);
    expect(lineKind(['Leeds', '2', 'Chelsea', '1'])).toBe(2);
    expect(lineKind(['Team', '10', '6', '2', '2', '19', '11', '20'])).toBe(2);
  });

  it('changes the static features of a word in a table line', () => {
    const prose = 'Leeds said it would sign him.';
    const table = 'Leeds 2 Chelsea 1';
    const a = prepareDoc(prose, [{ start: 0, end: prose.length }]).sentences[0]!;
    const b = prepareDoc(table, [{ start: 0, end: table.length }]).sentences[0]!;
    expect(a.line).toBe(0);
    expect(b.line).toBe(2);
    expect(Array.from(a.feats[0]!)).not.toEqual(Array.from(b.feats[0]!));
  });
});

describe('sports club gazetteer', () => {
  it('marks club names (category 9) as tagger features', () => {
    const g = gazetteerTags(['beat', 'Bayern', 'Munich', 'and', 'Glamorgan']);
    expect(g[1]).toContain(9 * 4 + B);
    expect(g[2]).toContain(9 * 4 + L);
    expect(g[4]).toContain(9 * 4 + U);
    expect(g[0]).toEqual([]);
  });
});
