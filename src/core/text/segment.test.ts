import { paragraphSpans, sentenceSpans, spanIndexAt } from './segment.ts';

const slice = (text: string, spans: { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end));

describe('paragraphSpans', () => {
  it('splits on blank lines and trims each paragraph', () => {
    const text = '  First one.\n\nSecond one.\r\n \r\nThird.\n';
    expect(slice(text, paragraphSpans(text))).toEqual(['First one.', 'Second one.', 'Third.']);
  });

  it('keeps a single line break inside a paragraph', () => {
    const text = 'Line one\nline two.\n\nNext.';
    expect(slice(text, paragraphSpans(text))).toEqual(['Line one\nline two.', 'Next.']);
  });
});

describe('sentenceSpans', () => {
  it('splits sentences at terminal punctuation followed by a capital', () => {
    const text = 'He left. She stayed! Why? Because.';
    expect(slice(text, sentenceSpans(text))).toEqual(['He left.', 'She stayed!', 'Why?', 'Because.']);
  });

  it('does not split after abbreviations, initialisms and initials', () => {
    const text = 'Mr. Smith met U.S. officials on Feb. 3 with J. Doe. They talked.';
    expect(slice(text, sentenceSpans(text))).toEqual(['Mr. Smith met U.S. officials on Feb. 3 with J. Doe.', 'They talked.']);
  });

  it('keeps closing quotation marks with their sentence', () => {
    const text = '"We will win," he said. "Never."';
    expect(slice(text, sentenceSpans(text))).toEqual(['"We will win," he said.', '"Never."']);
  });

  it('does not split before a lower-case word', () => {
    const text = 'The rate is 3.5 percent. it rose.';
    expect(slice(text, sentenceSpans(text))).toEqual(['The rate is 3.5 percent. it rose.']);
  });

  it('never crosses a paragraph boundary', () => {
    const text = 'No period here\n\nNext paragraph.';
    expect(slice(text, sentenceSpans(text))).toEqual(['No period here', 'Next paragraph.']);
  });
});

describe('spanIndexAt', () => {
  it('finds the span that contains an offset', () => {
    const spans = [
      { start: 0, end: 5 },
      { start: 7, end: 10 },
    ];
    expect(spanIndexAt(spans, 3)).toBe(0);
    expect(spanIndexAt(spans, 8)).toBe(1);
    expect(spanIndexAt(spans, 6)).toBe(-1);
  });
});
