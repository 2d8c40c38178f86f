import { annotationsToJson, exportFileName, quotesToCsv } from '../../../core/export/article-export.ts';
import type { ArticleDoc, Quote } from '../../../core/types.ts';
import { downloadText } from '../lib/download.ts';

export interface ExportButtonsProps {
  doc: ArticleDoc;
  /** The quotes shown (e.g. filtered to the selected actors); all of the article's by default. */
  quotes?: readonly Quote[];
  className?: string;
}

/** "Download annotations (JSON)" and "Download quotes (CSV)" for the article in the reader. */
export function ExportButtons({ doc, quotes = doc.quotes, className }: ExportButtonsProps) {
  const filtered = quotes.length !== doc.quotes.length;
  return (
    <div role="group" aria-label="Export" className={`flex flex-wrap gap-2 ${className ?? ''}`}>
      <button type="button" className="btn" onClick={() => downloadText(exportFileName(doc, 'annotations', 'json'), annotationsToJson(doc), 'application/json')}>
        Download annotations (JSON)
      </button>
      <button
        type="button"
        className="btn"
        onClick={() => downloadText(exportFileName(doc, 'quotes', 'csv'), quotesToCsv(doc, quotes), 'text/csv;charset=utf-8')}
      >
        {filtered ? `Download ${quotes.length} shown quote${quotes.length === 1 ? '' : 's'} (CSV)` : 'Download quotes (CSV)'}
      </button>
    </div>
  );
}
