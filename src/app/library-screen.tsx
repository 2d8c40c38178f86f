import type { MouseEvent } from 'react';
import type { ArticleSummary } from '../core/types.ts';
import { AddArticle } from '../features/add-article/components/add-article.tsx';
import { ActorAcrossView } from '../features/library/components/actor-across-view.tsx';
import { LibraryList } from '../features/library/components/library-list.tsx';
import { useQueryParam } from '../features/library/hooks/use-query-param.ts';
import { useSaveLocalArticle } from '../lib/local-articles.ts';
import { hrefFor, navigate } from '../lib/url-state.ts';

/** The start page: the library, or one actor's quotes across articles (`?actor=ID`). */
export function LibraryScreen({ articles }: { articles: ArticleSummary[] }) {
  const [actorId, setActorId] = useQueryParam('actor');
  const save = useSaveLocalArticle();
  const open = (article: string, quote: string | null = null, actors: string[] = []) => navigate({ article, actors, quote });

  if (actorId) {
    const back = (e: MouseEvent) => {
      if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      e.preventDefault();
      setActorId(null);
    };
    return (
      <>
        <a href={hrefFor({ article: null, actors: [], quote: null })} className="link text-sm" onClick={back}>
          All articles
        </a>
        <ActorAcrossView actorId={actorId} onOpenQuote={(article, quote) => open(article, quote, [actorId])} />
      </>
    );
  }
  return (
    <LibraryList
      articles={articles}
      onOpen={(id) => open(id)}
      onOpenActor={setActorId}
      addArticle={
        <AddArticle
          onAnnotated={async (doc, entry) => {
            await save.mutateAsync({ doc, entry });
            open(doc.id);
          }}
        />
      }
    />
  );
}
