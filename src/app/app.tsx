import { lazy, Suspense, type MouseEvent } from 'react';
import { ErrorAlert } from '../components/error-alert.tsx';
import { LoadingStatus } from '../components/loading-status.tsx';
import { ThemeToggle } from '../components/theme-toggle.tsx';
import { useBundleIndex } from '../features/library/api/get-bundle-index.ts';
import { hrefFor, navigate, useUrlRoute } from '../lib/url-state.ts';
import { ArticleScreen } from './article-screen.tsx';

// The library (search index, Add article form, local storage) is not needed to read an article: it loads on demand.
const LibraryScreen = lazy(() => import('./library-screen.tsx').then((m) => ({ default: m.LibraryScreen })));

/**
 * Composes the features; the URL query string is the router. The App follows only the article and
 * library fields of the URL (the reader follows the rest), so an actor filter does not re-render it.
 */
export function App() {
  const route = useUrlRoute();
  const index = useBundleIndex();
  const articles = index.data?.articles;
  // With one article in the bundle there is nothing to choose: open it (`?library` still shows the
  // library, where the reader can add an article of their own).
  const single = articles?.length === 1;
  const articleId = route.article ?? (single && !route.library ? articles[0]!.id : null);
  const libraryState = { article: null, actors: [], quote: null, library: single };
  const libraryHref = articles ? hrefFor(libraryState) : null;
  const openLibrary = (e: MouseEvent) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(libraryState);
  };

  return (
    <div className="app">
      <a href="#main" className="skip-link">
        Skip to the article
      </a>
      <header className="app-header">
        <div className="flex items-center gap-4">
          <span className="flex items-center gap-2 font-serif text-xl font-bold text-ink">
            <img src="favicon.svg" alt="" width="24" height="24" />
            Gloss
          </span>
          {libraryHref && articleId && (
            <a href={libraryHref} className="link text-sm" onClick={openLibrary}>
              All articles
            </a>
          )}
        </div>
        <ThemeToggle />
      </header>
      {articleId ? (
        <ArticleScreen key={articleId} articleId={articleId} libraryHref={libraryHref} />
      ) : (
        <div className="layout layout-single">
          <main id="main" className="area-article" tabIndex={-1}>
            {index.isPending ? (
              <div className="mx-auto w-full max-w-[65ch]">
                <LoadingStatus label="Loading the library…" />
              </div>
            ) : index.isError ? (
              <div className="mx-auto w-full max-w-[65ch]">
                <ErrorAlert title="The list of articles could not be loaded." error={index.error} onRetry={() => void index.refetch()} />
              </div>
            ) : (
              <Suspense
                fallback={
                  <div className="mx-auto w-full max-w-[65ch]">
                    <LoadingStatus label="Loading the library…" />
                  </div>
                }
              >
                <LibraryScreen articles={index.data.articles} />
              </Suspense>
            )}
          </main>
        </div>
      )}
      <footer className="app-footer">Gloss: actors, quotes and dates found automatically in plain-text news.</footer>
    </div>
  );
}
