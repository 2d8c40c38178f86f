import { articleIdFromFile, deriveTitle, parseArticle, parseDateline } from './article.ts';
import { decodeArticleBytes } from './decode.ts';
import { parseLooseDate } from './dates.ts';

const TODAY = { today: '2026-01-01' };

describe('parseArticle', () => {
  it('reads the header date and handle, tolerating leading white space', () => {
    const r = parseArticle('x.txt', ' date 2021-03-04 (@some_handle)\n\nBERLIN (Reuters) - Talks resumed on Monday. More followed.\n', TODAY);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.article.published).toBe('2021-03-04');
    expect(r.article.publishedFrom).toBe('header');
    expect(r.article.handle).toBe('some_handle');
    expect(r.article.text.startsWith('BERLIN (Reuters)')).toBe(true);
  });

  it('falls back to the dateline date when there is no header', () => {
    const r = parseArticle('x.txt', 'OSLO (Agency One / Agency Two - 2nd March, 2019) Something happened here.', TODAY);
    expect(r.ok && r.article.published).toBe('2019-03-02');
    expect(r.ok && r.article.publishedFrom).toBe('dateline');
  });

  it('leaves the date unknown, with a warning, when nothing gives one', () => {
    const r = parseArticle('x.txt', 'Just a paragraph of text.', TODAY);
    expect(r.ok && r.article.published).toBeNull();
    expect(r.warnings.map((w) => w.message).join()).toMatch(/no publication date/);
  });

  it('reports an impossible header date with its line', () => {
    const r = parseArticle('x.txt', '\n\ndate 2020-02-30 (@a)\n\nText.', TODAY);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([{ line: 3, message: 'impossible date 2020-02-30 in header' }]);
  });

  it('reports a malformed header', () => {
    const r = parseArticle('x.txt', 'date yesterday\n\nText.', TODAY);
    expect(!r.ok && r.errors[0]!.message).toMatch(/malformed header/);
  });

  it('reports a header with a misspelt keyword instead of reading it as the first paragraph', () => {
    for (const header of ['data 2020-09-11 (@a)', 'Date: 2020-09-11']) {
      const r = parseArticle('x.txt', `${header}\n\nText.`, TODAY);
      expect(r.ok ? [] : r.errors).toEqual([{ line: 1, message: `malformed header "${header}": expected "date YYYY-MM-DD (@handle)"` }]);
    }
    // a body that opens with a word and a date is no header
    expect(parseArticle('x.txt', 'On 2020-09-11 the council met.', TODAY).ok).toBe(true);
  });

  it('warns about a date in the future', () => {
    const r = parseArticle('x.txt', 'date 2030-01-01\n\nText.', TODAY);
    expect(r.ok).toBe(true);
    expect(r.warnings.map((w) => w.message)).toContain('publication date 2030-01-01 is in the future');
  });

  it('rejects an empty file and a header with no body', () => {
    expect(parseArticle('x.txt', '  \n\n', TODAY).ok).toBe(false);
    const r = parseArticle('x.txt', 'date 2020-01-01 (@a)\n\n\n', TODAY);
    expect(!r.ok && r.errors[0]).toEqual({ line: 1, message: 'no article text after the header' });
  });

  it('normalizes CRLF and lone CR line ends', () => {
    const r = parseArticle('x.txt', 'date 2020-01-01\r\n\r\nOne.\r\rTwo.', TODAY);
    expect(r.ok && r.article.text).toBe('One.\n\nTwo.');
  });

  it('uses a title line when the file gives one', () => {
    const r = parseArticle('x.txt', 'date 2020-01-01\ntitle: A Given Title\n\nBody text here.', TODAY);
    expect(r.ok && r.article.title).toBe('A Given Title');
  });

  it('keeps HTML as text, with a warning', () => {
    const r = parseArticle('x.txt', 'date 2020-01-01\n\n<script>alert(1)</script> Body.', TODAY);
    expect(r.ok && r.article.text).toContain('<script>');
    expect(r.warnings.some((w) => /HTML/.test(w.message))).toBe(true);
  });
});

describe('parseDateline', () => {
  it('finds place, several sources and the date', () => {
    const d = parseDateline('TORONTO (UrduPoint News / Sputnik - 11th September, 2020) The rest.');
    expect(d).toEqual({
      span: { start: 0, end: 57 },
      place: 'TORONTO',
      sources: ['UrduPoint News', 'Sputnik'],
      date: '2020-09-11',
    });
  });

  it('accepts a dash after the parenthesis and multi-word places', () => {
    const d = parseDateline('NEW YORK (Reuters) - Stocks fell.');
    expect(d?.place).toBe('NEW YORK');
    expect(d?.sources).toEqual(['Reuters']);
    expect(d?.date).toBeNull();
  });

  it('reads a mixed-case place when a news source in parentheses and a dash follow', () => {
    expect(parseDateline('Nairobi (Reuters) - Kenya held rates.')).toEqual({ span: { start: 0, end: 19 }, place: 'Nairobi', sources: ['Reuters'], date: null });
    expect(parseDateline('Rio de Janeiro (AP) — Rain fell.')?.place).toBe('Rio de Janeiro');
    expect(parseDateline('Lagos, Nigeria (Reuters) -- Oil rose.')).toMatchObject({ place: 'Lagos', sources: ['Reuters'] });
    expect(parseDateline('Washington (Nordic Wire - 11th September, 2020) - Talks began.')).toMatchObject({ place: 'Washington', sources: ['Nordic Wire'], date: '2020-09-11' });
  });

  it('reads a date between the place and the source (wire style)', () => {
    expect(parseDateline('OSLO, March 8 (Nordic Wire) - Prices rose.')).toEqual({ span: { start: 0, end: 29 }, place: 'OSLO', sources: ['Nordic Wire'], date: null });
    expect(parseDateline('Oslo, March 8 (Reuters) - Prices rose.')).toMatchObject({ place: 'Oslo', sources: ['Reuters'], date: null });
    expect(parseDateline('LIMA, Peru, Sept. 3, 2021 (AP) — Rain fell.')).toMatchObject({ place: 'LIMA', sources: ['AP'], date: '2021-09-03' });
    expect(parseDateline('Kano, 12 June 2019 (Reuters) - Rain fell.')).toMatchObject({ place: 'Kano', date: '2019-06-12' });
  });

  it('does not take an ordinary opening sentence for a dateline', () => {
    expect(parseDateline('The minister (who spoke late) said no.')).toBeNull();
    // mixed case needs a dash after the parenthesis and a source that reads as a name
    expect(parseDateline('Kenya (CBK) said rates would hold.')).toBeNull();
    expect(parseDateline('Prices (in dollars) - see the table.')).toBeNull();
    expect(parseDateline('The Bank of Kenya (CBK) - the regulator - held rates.')).toBeNull();
    expect(parseDateline('Sen. Ada Holm (R-Maine) — Announced June 2, 2019.')).toBeNull();
  });
});

describe('deriveTitle', () => {
  it('uses the lead sentence after the dateline', () => {
    const text = 'PARIS (AFP) Ministers met today. They agreed.';
    expect(deriveTitle(text, parseDateline(text))).toBe('Ministers met today');
  });

  it('shortens a long lead at a word boundary', () => {
    const title = deriveTitle(`${'word '.repeat(40)}end.`, null);
    expect(title.endsWith('…')).toBe(true);
    expect(title.length).toBeLessThanOrEqual(91);
    expect(title).not.toMatch(/wor…$/);
  });
});

describe('decodeArticleBytes', () => {
  it('decodes UTF-16 with a byte-order mark', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]);
    const r = decodeArticleBytes(bytes);
    expect(r.ok && r.value.text).toBe('Hi');
  });

  it('reads invalid UTF-8 as Latin-1 with a warning', () => {
    const r = decodeArticleBytes(new Uint8Array([0x63, 0x61, 0x66, 0xe9]));
    expect(r.ok && r.value.text).toBe('café');
    expect(r.ok && r.value.warning).toMatch(/Latin-1/);
  });

  it('refuses binary data', () => {
    expect(decodeArticleBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])).ok).toBe(false);
  });
});

describe('helpers', () => {
  it('makes URL-safe ids from file names', () => {
    expect(articleIdFromFile('seeds/000_b65e.txt')).toBe('000_b65e');
    expect(articleIdFromFile('My Article (1).txt')).toBe('My-Article-1');
  });

  it('parses loose dates and rejects impossible ones', () => {
    expect(parseLooseDate('September 11, 2020')).toBe('2020-09-11');
    expect(parseLooseDate('1st of Feb 2021')).toBe('2021-02-01');
    expect(parseLooseDate('31 June 2021')).toBeNull();
  });
});
