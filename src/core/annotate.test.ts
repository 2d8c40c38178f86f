import { annotate, boundedParagraphs } from './annotate.ts';
import { paragraphSpans, sentenceSpans } from './text/segment.ts';

describe('boundedParagraphs', () => {
  it('leaves ordinary paragraphs alone', () => {
    const text = 'One sentence. Two sentences.\n\nAnother paragraph.';
    const paragraphs = paragraphSpans(text);
    expect(boundedParagraphs(paragraphs, sentenceSpans(text, paragraphs), 100)).toBe(paragraphs);
  });

  it('cuts a long paragraph at sentence boundaries, covering all of it', () => {
    const text = 'Short one here. '.repeat(50).trim();
    const paragraphs = paragraphSpans(text);
    const pieces = boundedParagraphs(paragraphs, sentenceSpans(text, paragraphs), 100);
    expect(pieces.length).toBeGreaterThan(5);
    for (const p of pieces) {
      expect(p.end - p.start).toBeLessThanOrEqual(100);
      expect(text.slice(p.start, p.end)).toMatch(/^Short[\s\S]*\.$/);
    }
    expect(pieces[0]!.start).toBe(0);
    expect(pieces.at(-1)!.end).toBe(text.length);
  });

  it('cuts a single sentence longer than the bound', () => {
    const text = 'word '.repeat(100).trim();
    const paragraphs = paragraphSpans(text);
    const pieces = boundedParagraphs(paragraphs, sentenceSpans(text, paragraphs), 120);
    expect(pieces.every((p) => p.end - p.start <= 120)).toBe(true);
    expect(pieces.at(-1)!.end).toBe(text.length);
  });
});

describe('annotate', () => {
  it('finds the quotes of a long single paragraph as of short ones', () => {
    const sentence = '"We will rebuild the pier," Mayor Ada Brandt said on Monday. ';
    const short = annotate(sentence.trim(), { published: '2021-05-04' });
    const long = annotate(sentence.repeat(400).trim(), { published: '2021-05-04' });
    expect(short.quotes).toHaveLength(1);
    expect(long.quotes.length).toBe(400);
  });
});

describe('annotate and the dateline', () => {
  it('takes no speaker from the dateline and reads its place and sources', () => {
    const lead = 'HARSTAD (Fjordline Wire - 4th March, 2021) ';
    const bodies = [
      'The council said on Wednesday that the ferry would be sold.',
      "Parliament approved the largest harbour programme in the region's history early on Friday.",
      'Officials in the north warned of more storms.',
    ];
    for (const body of bodies) {
      const { quotes } = annotate(lead + body, { published: '2021-03-04' });
      for (const q of quotes) if (q.speaker) expect(q.speaker.start).toBeGreaterThanOrEqual(lead.length);
    }
    const text = lead + bodies[0];
    const { actors } = annotate(text, { published: '2021-03-04' });
    expect(actors.find((a) => a.name === 'Fjordline Wire')?.type).toBe('organization');
    expect(actors.find((a) => a.name === 'Harstad')?.type).toBe('place');
  });
});
