/**
 * Property-based tests: for any input, annotate() never throws, keeps every span inside the text and
 * off the middle of a surrogate pair, returns schema-valid output and keeps events sorted.
 * GLOSS_FUZZ_RUNS sets the number of cases (CI runs 10,000).
 */
import fc from 'fast-check';
import { annotate } from '../../src/core/annotate.ts';
import { annotateArticleFile } from '../../src/core/article/article.ts';
import { articleProblems } from '../../src/core/bundle/schema.ts';
import type { Annotations } from '../../src/core/types.ts';

const RUNS = Number(process.env.GLOSS_FUZZ_RUNS ?? 500);
/** Generous: a property run is synchronous, the limit only reports a runaway. */
const TIMEOUT = 30_000 + RUNS * 30;

const newsWords = [
  'said', 'told', 'according to', 'President', 'Minister', 'on Thursday', 'last week', 'in 2019', 'the Party',
  'Canada', 'NATO', 'U.S.', 'Mr.', 'Feb. 3', '"', '“', '”', "'", '\n\n', '\r\n', '\r', ',', '.', ' ', '—', '(CIS)',
  'he', 'she', 'it', 'they', 'urged', 'the statement', 'Alexander Lukashenko', '22-year-old', '$5 million', '2 1/2',
  'two years ago', 'next spring', 'the 1990s', '2009-2010', 'now', '\u0000', '\u200f', 'שלום', 'مرحبا', '😀', '👩‍👩‍👧',
  '\ud83d', '\ude00', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', '<script>alert(1)</script>', 'javascript:', '0', '1234567890', '?!', '...',
];

const newsLike = fc.array(fc.constantFrom(...newsWords), { maxLength: 80 }).map((ws) => ws.join(' '));
const anyText = fc.oneof(
  { weight: 3, arbitrary: newsLike },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('"', '“', '”', '‘', '’', '«', '»', ' ', 'a', '.', ','), maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('.', ',', '!', '?', ';', '-', '(', ')', ' '), maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('0', '1', '9', ' ', '/', '-', ':'), maxLength: 200 }) },
);
const published = fc.option(
  fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  { nil: null },
);

function isHighSurrogate(c: number) {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLowSurrogate(c: number) {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** A boundary must not fall between the halves of a surrogate pair. */
function splitsPair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  return isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
}

function spansOf(a: Annotations): Array<[number, number, string]> {
  const out: Array<[number, number, string]> = [];
  for (const actor of a.actors) for (const m of actor.mentions) out.push([m.start, m.end, `mention ${actor.id}`]);
  for (const q of a.quotes) {
    for (const [s, e] of q.spans) out.push([s, e, `quote ${q.id}`]);
    if (q.speaker) out.push([q.speaker.start, q.speaker.end, `speaker ${q.id}`]);
    if (q.cue) out.push([q.cue.start, q.cue.end, `cue ${q.id}`]);
  }
  for (const t of a.timexes) out.push([t.start, t.end, `timex ${t.id}`]);
  for (const e of a.events) out.push([e.span.start, e.span.end, `event ${e.id}`]);
  return out;
}

function checkAnnotations(text: string, a: Annotations) {
  for (const [s, e, what] of spansOf(a)) {
    expect(Number.isInteger(s) && Number.isInteger(e), what).toBe(true);
    expect(s >= 0 && s <= e && e <= text.length, `${what} [${s}, ${e}) in text of ${text.length}`).toBe(true);
    expect(splitsPair(text, s) || splitsPair(text, e), `${what} splits a surrogate pair`).toBe(false);
  }
  for (let i = 1; i < a.events.length; i++) {
    expect(a.events[i - 1]!.date.start <= a.events[i]!.date.start, 'events sorted by start').toBe(true);
  }
}

describe('annotate under arbitrary input', () => {
  it('never throws, keeps spans in the text and events sorted', () => {
    fc.assert(
      fc.property(anyText, published, (text, dct) => {
        checkAnnotations(text, annotate(text, { published: dct }));
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it('produces schema-valid articles from any file body', () => {
    fc.assert(
      fc.property(anyText, published, (body, dct) => {
        const file = `${dct ? `date ${dct} (@fuzz)\n\n` : ''}${body}`;
        const r = annotateArticleFile('fuzz.txt', file, { today: '2200-01-01' });
        if (!r.ok) {
          expect(r.errors.length).toBeGreaterThan(0);
          for (const e of r.errors) expect(e.line).toBeGreaterThanOrEqual(1);
          return;
        }
        expect(articleProblems(r.article)).toEqual([]);
        checkAnnotations(r.article.text, r.article);
      }),
      { numRuns: Math.ceil(RUNS / 5) },
    );
  }, TIMEOUT);

  it('handles a 1 MB single line without throwing', () => {
    const line = 'The minister said on Thursday that "talks will resume" in Geneva, according to officials. '.repeat(11_500);
    expect(line.length).toBeGreaterThan(1_000_000);
    const a = annotate(line, { published: '2020-09-11' });
    checkAnnotations(line, a);
  }, 120_000);
});
