import { describe, expect, it } from 'vitest';
import type { Quote } from '../core/types.ts';
import { innerQuotes, quoteText } from './annotations.ts';

describe('quoteText', () => {
  it('joins the fragments of a split quote with an ellipsis', () => {
    const text = '"We are small," she said, "but not alone."';
    const a = text.indexOf('We');
    const b = text.indexOf('but');
    const quote = { spans: [[a, a + 'We are small,'.length], [b, b + 'but not alone.'.length]] } as unknown as Quote;
    expect(quoteText(quote, text)).toBe('We are small, … but not alone.');
  });
  it('nests the quotation marks of a mixed quote as single ones', () => {
    const text = 'He said that the country had "run out of time to argue."';
    const quote = { spans: [[8, text.length]] } as unknown as Quote;
    expect(quoteText(quote, text)).toBe('that the country had ‘run out of time to argue.’');
  });
  it('turns curly double quotation marks into single ones too', () => {
    expect(innerQuotes('a “fair” deal and "(quoted)" words')).toBe('a ‘fair’ deal and ‘(quoted)’ words');
  });
});
