import type { ArticleDoc, Quote } from '../types.ts';

/** The words of a quote: its content fragments in text order, joined with " … " when there are several. */
export function quoteText(text: ArticleDoc['text'], quote: Pick<Quote, 'spans'>): string {
  return quote.spans
    .map(([start, end]) => text.slice(start, end).replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(' … ');
}
