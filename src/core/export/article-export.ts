/** What the reader's download buttons and `npm run annotate -- FILE --format csv` write. Pure. */
import type { ArticleDoc, Quote } from '../types.ts';
import { toCsv } from './csv.ts';
import { quoteText } from './quote-text.ts';

export const QUOTE_CSV_HEADER = [
  'article_id',
  'quote_id',
  'kind',
  'speaker',
  'actor_id',
  'actor_name',
  'cue',
  'quote',
  'start',
  'end',
  'published',
] as const;

/** One row per quote, in the order given (default: every quote of the article, in text order). */
export function quotesToCsv(doc: ArticleDoc, quotes: readonly Quote[] = doc.quotes): string {
  const names = new Map(doc.actors.map((a) => [a.id as string, a.name]));
  const rows = quotes.map((q) => {
    const first = q.spans[0];
    const last = q.spans[q.spans.length - 1];
    return [
      doc.id,
      q.id,
      q.kind,
      q.speaker?.text ?? '',
      q.actorId ?? '',
      (q.actorId && names.get(q.actorId)) || '',
      q.cue?.text ?? '',
      quoteText(doc.text, q),
      first?.[0] ?? '',
      last?.[1] ?? '',
      doc.published ?? '',
    ];
  });
  return toCsv(QUOTE_CSV_HEADER, rows);
}

/** The article with all its annotations, as `npm run annotate` prints it (offsets index `text`). */
export function annotationsToJson(doc: ArticleDoc): string {
  return JSON.stringify(doc, null, 2) + '\n';
}

/** A file name from the article's id: letters, digits, dot, dash and underscore only. */
export function exportFileName(doc: Pick<ArticleDoc, 'id'>, what: 'annotations' | 'quotes', ext: 'json' | 'csv'): string {
  const base = doc.id.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '') || 'article';
  return `${base}.${what}.${ext}`;
}
