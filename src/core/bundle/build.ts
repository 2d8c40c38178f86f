import { annotateParsed, parseArticle, type ParseOptions, type ParsedArticle } from '../article/article.ts';
import type { ArticleDoc, ArticleSummary, BundleIndex } from '../types.ts';
import type { PreparedDoc } from './prepare.ts';
import { articleProblems, indexProblems } from './schema.ts';

export interface SeedFile {
  /** Path shown in messages, e.g. "seeds/000_x.txt". */
  path: string;
  bytes: Uint8Array | string;
}

export interface BundleMessage {
  path: string;
  line: number;
  message: string;
}

export interface Bundle {
  index: BundleIndex;
  articles: ArticleDoc[];
  errors: BundleMessage[];
  warnings: BundleMessage[];
  /** What was prepared for each article where it was annotated (see `annotateForBundle`). */
  prepared?: WeakMap<ArticleDoc, PreparedDoc>;
}

export function formatMessage(m: BundleMessage): string {
  return `${m.path}:${m.line}: ${m.message}`;
}

export interface ParsedSeed {
  path: string;
  article: ParsedArticle;
}

export interface ParsedSeeds {
  parsed: ParsedSeed[];
  errors: BundleMessage[];
  warnings: BundleMessage[];
}

/** Parses every seed and refuses duplicate ids; collects every problem, not only the first. */
export function parseSeeds(seeds: SeedFile[], options: ParseOptions = {}): ParsedSeeds {
  const errors: BundleMessage[] = [];
  const warnings: BundleMessage[] = [];
  const ok: ParsedSeed[] = [];
  for (const seed of [...seeds].sort((a, b) => a.path.localeCompare(b.path))) {
    const r = parseArticle(seed.path.replace(/^.*[\\/]/, ''), seed.bytes, options);
    for (const w of r.warnings) warnings.push({ path: seed.path, ...w });
    if (!r.ok) {
      for (const e of r.errors) errors.push({ path: seed.path, ...e });
      continue;
    }
    ok.push({ path: seed.path, article: r.article });
  }
  const byId = new Map<string, string[]>();
  for (const p of ok) byId.set(p.article.id, [...(byId.get(p.article.id) ?? []), p.path]);
  const parsed: ParsedSeed[] = [];
  for (const p of ok) {
    const paths = byId.get(p.article.id)!;
    if (paths.length > 1) {
      const others = paths.filter((x) => x !== p.path).join(', ');
      errors.push({ path: p.path, line: 1, message: `duplicate article id "${p.article.id}" (also from ${others})` });
    } else parsed.push(p);
  }
  return { parsed, errors, warnings };
}

/** The result of annotating one parsed seed: its document, or why it failed. */
export type Annotated = { path: string; doc: ArticleDoc; prepared?: PreparedDoc } | { path: string; error: string };

export function annotateSeed(seed: ParsedSeed): Annotated {
  try {
    return { path: seed.path, doc: annotateParsed(seed.article) };
  } catch (e) {
    return { path: seed.path, error: `annotation failed: ${(e as Error).message}` };
  }
}

/** Validates the annotated documents and writes the index. */
export function assembleBundle(seeds: ParsedSeeds, annotated: Annotated[], options: { generated?: string } = {}): Bundle {
  const errors = [...seeds.errors];
  const articles: ArticleDoc[] = [];
  const prepared = new WeakMap<ArticleDoc, PreparedDoc>();
  for (const a of annotated) {
    if ('error' in a) {
      errors.push({ path: a.path, line: 1, message: a.error });
      continue;
    }
    const problems = a.prepared?.problems ?? articleProblems(a.doc);
    if (problems.length) {
      errors.push({ path: a.path, line: 1, message: `annotations do not match the schema: ${problems.join('; ')}` });
      continue;
    }
    articles.push(a.doc);
    if (a.prepared) prepared.set(a.doc, a.prepared);
  }
  const index: BundleIndex = {
    version: 1,
    generated: options.generated ?? new Date().toISOString(),
    articles: articles.map((doc) => prepared.get(doc)?.summary ?? summarize(doc)),
  };
  const problems = indexProblems(index);
  if (problems.length) errors.push({ path: 'data/index.json', line: 1, message: problems.join('; ') });
  return { index, articles, errors, warnings: seeds.warnings, prepared };
}

/**
 * Parses, annotates and validates every seed, in this thread. A file with an error is left out of
 * the bundle and listed in `errors` (the caller decides whether to fail).
 */
export function buildBundle(seeds: SeedFile[], options: ParseOptions & { generated?: string } = {}): Bundle {
  const parsed = parseSeeds(seeds, options);
  return assembleBundle(parsed, parsed.parsed.map(annotateSeed), options);
}

export function summarize(doc: ArticleDoc): ArticleSummary {
  return {
    id: doc.id,
    title: doc.title,
    published: doc.published,
    source: doc.dateline?.sources.join(' / ') || (doc.handle ? `@${doc.handle}` : null),
    counts: {
      actors: doc.actors.length,
      quotes: doc.quotes.length,
      events: doc.events.length,
      words: doc.text.split(/\s+/).filter(Boolean).length,
    },
  };
}
