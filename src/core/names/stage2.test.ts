import { B, L, N_TAGS, U, KEY_BITS, lineKind, makeTag, prepareDoc, stage2Features, tagSpans } from './features.ts';
import { decodeDoc, decodeStage2 } from './tagger.ts';
import type { Scorer } from './tagger.ts';

const PER = 0;
const ORG = 1;
const LOC = 2;

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

describe('stage 2 (stacked) features', () => {
  it('reads entity spans off first-stage tags', () => {
    const tags = [0, makeTag(PER, B), makeTag(PER, L), 0, makeTag(LOC, U)];
    expect(tagSpans(tags)).toEqual([[1, 2, PER], [4, 4, LOC]]);
  });

  const text = 'Newcastle United won.\nNewcastle lost.';
  const units = [{ start: 0, end: 21 }, { start: 22, end: text.length }];
  const doc = prepareDoc(text, units);
  const orgSpan = Uint8Array.from([makeTag(ORG, B), makeTag(ORG, L), 0, 0]);

  it('gives a word features from its first-stage types elsewhere in the document', () => {
    // Same second sentence, different first-stage tags of the first one.
    const asOrg = stage2Features(doc, [orgSpan, Uint8Array.from([makeTag(LOC, U), 0, 0])]);
    const asLoc = stage2Features(doc, [Uint8Array.from([makeTag(LOC, U), 0, 0, 0]), Uint8Array.from([makeTag(LOC, U), 0, 0])]);
    const a = Array.from(asOrg[1]![0]!);
    const b = Array.from(asLoc[1]![0]!);
    expect(a).not.toEqual(b);
    for (const f of asOrg.flat()) for (const k of f) expect(k >= 0 && k < 2 ** KEY_BITS).toBe(true);
    // Deterministic.
    expect(Array.from(stage2Features(doc, [orgSpan, Uint8Array.from([makeTag(LOC, U), 0, 0])])[1]![0]!)).toEqual(a);
  });

  it('excludes the token itself from its document evidence', () => {
    // A word seen once: its features do not depend on its own first-stage type beyond the local ones.
    const one = 'Rotor won.';
    const d = prepareDoc(one, [{ start: 0, end: one.length }]);
    const f = stage2Features(d, [Uint8Array.from([makeTag(ORG, U), 0, 0])])[0]![0]!;
    const g = stage2Features(d, [Uint8Array.from([makeTag(LOC, U), 0, 0])])[0]![0]!;
    expect(f.length).toBe(g.length);
  });

  it('adds stage-2 weights to the first-stage scores and decodes under the constraints', () => {
    const base: Float32Array[] = [];
    const s1 = decodeDoc({ add: (_k, s) => { s[0]! += 1; } }, doc, base);
    expect(base.map((b) => b.length)).toEqual(doc.sentences.map((s) => s.tokens.length * N_TAGS));
    expect(s1.every((t) => t.every((x) => x === 0))).toBe(true);
    // A stage-2 scorer with no weights keeps stage 1; one that pushes U-LOC strongly changes it.
    expect(decodeStage2({ add: () => {} }, doc, s1, base).map((t) => Array.from(t))).toEqual(s1.map((t) => Array.from(t)));
    const pushLoc: Scorer = { add: (_k, s) => { s[makeTag(LOC, U)]! += 100; } };
    const out = decodeStage2(pushLoc, doc, s1, base);
    expect(out[1]![0]).toBe(makeTag(LOC, U));
  });
});

describe('sports club gazetteer', () => {
  it('marks club names (category 9) as tagger features', async () => {
    const { gazetteerTags } = await import('./features.ts');
    const g = gazetteerTags(['beat', 'Bayern', 'Munich', 'and', 'Glamorgan']);
    expect(g[1]).toContain(9 * 4 + B);
    expect(g[2]).toContain(9 * 4 + L);
    expect(g[4]).toContain(9 * 4 + U);
    expect(g[0]).toEqual([]);
  });
});
