import { BEAM_PRUNE, BeamDecoder, allowed, loadModel, modelBytes, tagNames } from './tagger.ts';
import { MODEL_BEAM } from './model/ner-model.ts';
import type { Scorer } from './tagger.ts';
import { History, N_TAGS, U, historyFeatures, makeTag, prepareDoc, tagFeatures } from './features.ts';
import type { PreparedSentence } from './features.ts';
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

  it('decodes with beam pruning (BEAM_PRUNE) to the same names as the unpruned beam', () => {
    const text = [
      'LONDON 1996-08-30',
      'Mayor Elena Marsh told reporters after the vote that the Harbor Bridge would reopen in June.',
      'Australian all-rounder Tom Haskell took three for 41 as Yorkshire beat Kent at Headingley.',
      'Shares of Acme Holdings rose 3 percent after the company said its chief executive, John Park, would step down.',
      'Ajax goalkeeper Edwin van der Sar saved a penalty from the post-Soviet era striker in the cup final.',
    ].join('\n');
    const spans = sentenceSpans(text);
    const m = loadModel();
    expect(BEAM_PRUNE).toBeGreaterThan(0);
    const pruned = tagNames(text, spans, m);
    expect(pruned).toEqual(tagNames(text, spans, m, MODEL_BEAM, Infinity));
    expect(pruned.map((s) => s.text)).toContain('Elena Marsh');
  });

  it('caches the sum of a word\'s word-only feature weights without changing it', () => {
    const m = loadModel();
    const s = prepareDoc('Leicestershire beat Somerset.', [{ start: 0, end: 29 }]).sentences[0]!;
    for (let i = 0; i < s.tokens.length; i++) {
      const f = s.feats[i]!;
      const one = new Float32Array(N_TAGS);
      for (let k = 0; k < s.wordFeats[i]!; k++) m.add(f[k]!, one);
      for (let round = 0; round < 2; round++) {
        const cached = new Float32Array(N_TAGS);
        expect(m.addWord(s.tokens[i]!.text, f, s.wordFeats[i]!, cached)).toBe(s.wordFeats[i]);
        expect(Array.from(cached)).toEqual(Array.from(one));
      }
    }
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

describe('beam search', () => {
  /** A scorer with pseudo-random weights for every (key, tag). */
  const random: Scorer = {
    add(key: number, scores: Float32Array): void {
      for (let t = 0; t < scores.length; t++) scores[t]! += ((Math.imul(key + 1, 2654435761) ^ Math.imul(t + 7, 40503)) % 1000) / 250;
    },
  };

  /** Exhaustive search over all allowed tag sequences, scored with the same features. */
  function exhaustive(s: PreparedSentence, hist: History): { tags: number[]; score: number } {
    const n = s.tokens.length;
    let best = { tags: [] as number[], score: -Infinity };
    const go = (tags: number[], score: number) => {
      const scores = new Float32Array(N_TAGS);
      const dyn: number[] = [];
      const i = tags.length;
      if (i === n) {
        if (score > best.score) best = { tags: [...tags], score };
        return;
      }
      for (const k of s.feats[i]!) random.add(k, scores);
      historyFeatures(s, i, hist, dyn);
      tagFeatures(s, i, i > 0 ? tags[i - 1]! : -1, i > 1 ? tags[i - 2]! : -1, dyn);
      for (const k of dyn) random.add(k, scores);
      for (let t = 0; t < N_TAGS; t++) {
        if (!allowed(i > 0 ? tags[i - 1]! : -1, t, i === n - 1)) continue;
        tags.push(t);
        go(tags, score + scores[t]!);
        tags.pop();
      }
    };
    go([], 0);
    return best;
  }

  it('is exact with a beam of N_TAGS^2 (recombination on the last two tags)', () => {
    const text = 'Ruto met Lee in Nairobi.';
    const doc = prepareDoc(text, [{ start: 0, end: 12 }]);
    const s = doc.sentences[0]!;
    expect(s.tokens.length).toBe(3);
    const hist = new History();
    const dec = new BeamDecoder(N_TAGS * N_TAGS);
    expect(dec.run(random, s, hist, null)).toBe(-1);
    const got = new Uint8Array(3);
    dec.path(0, 2, got);
    expect(Array.from(got)).toEqual(exhaustive(s, hist).tags);
  });

  it('reports the first token where the gold path falls out of the beam', () => {
    const text = 'Ruto met Lee in Nairobi.';
    const s = prepareDoc(text, [{ start: 0, end: text.length }]).sentences[0]!;
    const dec = new BeamDecoder(2);
    dec.run(random, s, new History(), null);
    const best = new Uint8Array(s.tokens.length);
    dec.path(0, s.tokens.length - 1, best);
    // The best path itself never leaves the beam; a path of all-MISC single tokens does.
    expect(dec.run(random, s, new History(), best)).toBe(-1);
    const other = best.map((t) => (t === makeTag(3, U) ? 0 : makeTag(3, U)));
    const at = dec.run(random, s, new History(), other);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(at).toBeLessThan(s.tokens.length);
  });
});
