/// <reference lib="webworker" />
/**
 * Annotates an article off the main thread with the same core code as the build: parse, annotate,
 * then what the library needs to list and search it. Loaded lazily as its own chunk.
 */
import { annotateParsed, parseArticle } from '../core/article/article.ts';
import { summarize } from '../core/bundle/build.ts';
import { articleProblems } from '../core/bundle/schema.ts';
import { buildActorIndex } from '../core/search/actor-index.ts';
import { toSearchDoc } from '../core/search/search-index.ts';
import type { AnnotateRequest, AnnotateResponse } from './protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

export function handle(req: AnnotateRequest): AnnotateResponse {
  const started = performance.now();
  const parsed = parseArticle(req.file, req.text);
  if (!parsed.ok) return { requestId: req.requestId, ok: false, errors: parsed.errors, warnings: parsed.warnings };
  const warnings = parsed.warnings.filter((w) => !(req.published && /no publication date/.test(w.message)));
  const article = { ...parsed.article, id: req.id };
  if (req.published) {
    article.published = req.published;
    article.publishedFrom = 'header';
  }
  const doc = annotateParsed(article);
  const problems = articleProblems(doc);
  if (problems.length) {
    return { requestId: req.requestId, ok: false, errors: [{ line: 1, message: `annotation failed: ${problems.slice(0, 3).join('; ')}` }], warnings };
  }
  return {
    requestId: req.requestId,
    ok: true,
    doc,
    // The whole body is searchable: the size budget is for the bundle's index, not the browser's own articles.
    entry: { summary: summarize(doc), search: toSearchDoc(doc, Infinity), actors: buildActorIndex([doc]), added: new Date().toISOString() },
    warnings,
    ms: Math.round(performance.now() - started),
  };
}

self.onmessage = (e: MessageEvent<AnnotateRequest>) => {
  let res: AnnotateResponse;
  try {
    res = handle(e.data);
  } catch (err) {
    res = { requestId: e.data.requestId, ok: false, errors: [{ line: 1, message: `annotation failed: ${(err as Error).message}` }], warnings: [] };
  }
  self.postMessage(res);
};
