import type { MouseEvent } from 'react';
import type { ArticleSummary } from '../../../core/types.ts';
import { plural } from '../../../lib/annotations.ts';
import { formatDay } from '../../../lib/dates.ts';
import { hrefFor } from '../../../lib/url-state.ts';

export interface LibraryListProps {
  articles: ArticleSummary[];
  onOpen: (id: string) => void;
}

const plainClick = (e: MouseEvent) => e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;

/** The articles of the bundle as links (real hrefs: they open in a new tab too). */
export function LibraryList({ articles, onOpen }: LibraryListProps) {
  return (
    <nav aria-label="Library" className="mx-auto w-full max-w-[65ch]">
      <h1 className="font-serif text-3xl font-bold text-ink">Articles</h1>
      {articles.length === 0 ? (
        <p className="mt-4 text-muted">The library is empty: no article was built.</p>
      ) : (
        <ul className="mt-4 divide-y divide-line">
          {articles.map((a) => (
            <li key={a.id} className="py-3">
              <a
                href={hrefFor({ article: a.id, actors: [], quote: null })}
                className="link font-serif text-lg font-semibold"
                onClick={(e) => {
                  if (!plainClick(e)) return;
                  e.preventDefault();
                  onOpen(a.id);
                }}
              >
                {a.title}
              </a>
              <p className="mt-1 text-sm text-muted">
                {[a.published && formatDay(a.published), a.source, `${plural(a.counts.quotes, 'quote')}, ${plural(a.counts.events, 'event')}`]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}
