import { tokenize } from './tokenize.ts';

const words = (s: string) => tokenize(s).map((t) => t.text);

describe('tokenize', () => {
  it('splits punctuation, clitics and quotes off words', () => {
    expect(words('"We don\'t agree," said Germany\'s minister (BSE).')).toEqual([
      '"', 'We', 'do', "n't", 'agree', ',', '"', 'said', 'Germany', "'s", 'minister', '(', 'BSE', ')', '.',
    ]);
  });

  it('keeps abbreviations, initialisms and hyphenated words whole', () => {
    expect(words('Mr. J. Smith of Acme Corp. met U.S. and EU-led teams on 2020-09-11 in St. Louis')).toEqual([
      'Mr.', 'J.', 'Smith', 'of', 'Acme', 'Corp.', 'met', 'U.S.', 'and', 'EU-led', 'teams', 'on', '2020-09-11', 'in', 'St.', 'Louis',
    ]);
  });

  it('splits the full stop off an abbreviation that ends its line', () => {
    expect(words('He works for Acme Corp.\nShe left.')).toEqual(['He', 'works', 'for', 'Acme', 'Corp', '.', 'She', 'left', '.']);
  });

  it('keeps a dangling hyphen on its word and separates dashes', () => {
    expect(words('the US- and EU-led campaign -- a plan')).toEqual(['the', 'US-', 'and', 'EU-led', 'campaign', '--', 'a', 'plan']);
  });

  it('gives exact character extents', () => {
    const text = '  Hello, (world)!\n';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokenize(text, 2, 8).map((t) => t.text)).toEqual(['Hello', ',']);
  });

  it('handles farmers\' possessives and unicode quotes', () => {
    expect(words('the farmers\' union “Yes” it’s')).toEqual(['the', 'farmers', "'", 'union', '“', 'Yes', '”', 'it', '’s']);
  });
});
