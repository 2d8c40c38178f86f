/** Messages between the app and the annotation worker (types only: no code crosses this file). */
import type { ActorIndex } from '../core/search/actor-index.ts';
import type { SearchDoc } from '../core/search/search-index.ts';
import type { ArticleDoc, ArticleSummary, IsoDate } from '../core/types.ts';

export interface AnnotateRequest {
  requestId: number;
  /** File name shown in messages ("pasted text" when pasted). */
  file: string;
  text: string;
  /** Publication date given in the form; overrides the header and the dateline. */
  published: IsoDate | null;
  /** Id for the new article (unique in this browser). */
  id: string;
}

export interface LineProblem {
  line: number;
  message: string;
}

/** What the library keeps in IndexedDB beside each article the user annotated: everything its list, search and actor views need. */
export interface LocalArticleEntry {
  summary: ArticleSummary;
  search: SearchDoc;
  actors: ActorIndex;
  /** When it was added (ISO timestamp). */
  added: string;
}

export type AnnotateResponse =
  | { requestId: number; ok: true; doc: ArticleDoc; entry: LocalArticleEntry; warnings: LineProblem[]; ms: number }
  | { requestId: number; ok: false; errors: LineProblem[]; warnings: LineProblem[] };

/** Ids of articles annotated in the browser: they never clash with the bundle's (file names cannot start so). */
export const LOCAL_ID_PREFIX = 'local-';
export const isLocalArticleId = (id: string) => id.startsWith(LOCAL_ID_PREFIX);
