/**
 * What the build needs of a document besides the document itself, worked out where the document
 * was annotated (a worker thread of the build) rather than in the thread that assembles the bundle.
 * Apart from build.ts so that the app's annotation worker, which imports build.ts, does not pull in
 * the search index.
 */
import { toSearchDoc, type SearchDoc } from '../search/search-index.ts';
import type { ArticleSummary } from '../types.ts';
import { annotateSeed, summarize, type Annotated, type ParsedSeed } from './build.ts';
import { articleProblems } from './schema.ts';

export interface PreparedDoc {
  /** `articleProblems(doc)`. */
  problems: string[];
  /** `JSON.stringify(doc)`: the file `data/articles/<id>.json`. */
  json: string;
  /** `summarize(doc)`: its entry in `data/index.json`. */
  summary: ArticleSummary;
  /** `toSearchDoc(doc)`: what the library's search index holds of it. */
  search: SearchDoc;
}

/** `annotateSeed`, with the document's `PreparedDoc`. */
export function annotateForBundle(seed: ParsedSeed): Annotated {
  const a = annotateSeed(seed);
  if ('error' in a) return a;
  const { doc } = a;
  const prepared: PreparedDoc = { problems: articleProblems(doc), json: JSON.stringify(doc), summary: summarize(doc), search: toSearchDoc(doc) };
  return { path: a.path, doc, prepared };
}
