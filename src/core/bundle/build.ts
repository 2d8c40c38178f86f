import { annotateParsed, parseArticle, type ParseOptions } from '../article/article.ts';
import type { ArticleDoc, ArticleSummary, BundleIndex } from '../types.ts';
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
}

export function formatMessage(m: BundleMessage): string {
  return `${m.path}:${m.line}: ${m.message}`;
}

/**
 * Parses, annotates and validates every seed. Problems are collected for every file, not only the
 * first; a file with an error is left out of the bundle (the caller decides whether to fail).
 */
export function buildBundle(seeds: SeedFile[], options: ParseOptions & { generated?: string } = {}): Bundle {
  const errors: BundleMessage[] = [];
  const warnings: BundleMessage[] = [];
  const parsed = [];
  for (const seed of [...seeds].sort((a, b) => a.path.localeCompare(b.path))) {
    const r = parseArticle(seed.path.replace(/^.*[\\/]/, ''), seed.bytes, options);
    for (const w of r.warnings) warnings.push({ path: seed.path, ...w });
    if (!r.ok) {
      for (const e of r.errors) errors.push({ path: seed.path, ...e });
      continue;
    }
    parsed.push({ seed, article: r.article });
  }

  const byId = new Map<string, string[]>();
  for (const p of parsed) byId.set(p.article.id, [...(byId.get(p.article.id) ?? []), p.seed.path]);
  const articles: ArticleDoc[] = [];
  for (const p of parsed) {
    const paths = byId.get(p.article.id)!;
    if (paths.length > 1) {
      const others = paths.filter((x) => x !== p.seed.path).join(', ');
      errors.push({ path: p.seed.path, line: 1, message: `duplicate article id "${p.article.id}" (also from ${others})` });
      continue;
    }
    let doc: ArticleDoc;
    try {
      doc = annotateParsed(p.article);
    } catch (e) {
      errors.push({ path: p.seed.path, line: 1, message: `annotation failed: ${(e as Error).message}` });
      continue;
    }
    const problems = articleProblems(doc);
    if (problems.length) {
      errors.push({ path: p.seed.path, line: 1, message: `annotations do not match the schema: ${problems.join('; ')}` });
      continue;
    }
    articles.push(doc);
  }

  const index: BundleIndex = {
    version: 1,
    generated: options.generated ?? new Date().toISOString(),
    articles: articles.map(summarize),
  };
  const problems = indexProblems(index);
  if (problems.length) errors.push({ path: 'data/index.json', line: 1, message: problems.join('; ') });
  return { index, articles, errors, warnings };
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
