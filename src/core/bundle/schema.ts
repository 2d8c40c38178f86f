/**
 * The bundle's schema: checked when the build writes it and when the app loads it.
 * Hand-written (no schema library) to keep the app's first load small; each check names the path
 * of every problem it finds, not only the first.
 */
import type { ArticleDoc, BundleIndex } from '../types.ts';

export class BundleSchemaError extends Error {
  constructor(
    readonly what: string,
    readonly problems: string[],
  ) {
    super(`${what} does not match the bundle schema: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? ` (and ${problems.length - 5} more)` : ''}`);
    this.name = 'BundleSchemaError';
  }
}

/**
 * Where a value is, built into a string only when a problem is reported: `''` (the root), or a
 * key or an index below a parent.
 */
type Path = string | { up: Path; key: string | number };
type Check = (v: unknown, path: Path, out: string[]) => void;

const MAX_PROBLEMS = 50;
const pathText = (p: Path): string => {
  if (typeof p === 'string') return p;
  if (typeof p.key === 'number') return `${pathText(p.up)}[${p.key}]`;
  const up = pathText(p.up);
  return up ? `${up}.${p.key}` : p.key;
};
const report = (out: string[], path: Path, msg: string) => {
  if (out.length < MAX_PROBLEMS) out.push(`${pathText(path) || '(root)'}: ${msg}`);
};
const typeOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

const str: Check = (v, p, o) => {
  if (typeof v !== 'string') report(o, p, `expected string, got ${typeOf(v)}`);
};
const int: Check = (v, p, o) => {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) report(o, p, `expected a non-negative integer, got ${JSON.stringify(v)}`);
};
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isoDate: Check = (v, p, o) => {
  if (typeof v !== 'string' || !ISO_DATE.test(v)) report(o, p, `expected YYYY-MM-DD, got ${JSON.stringify(v)}`);
};
const nullable =
  (c: Check): Check =>
  (v, p, o) => {
    if (v !== null) c(v, p, o);
  };
const optional =
  (c: Check): Check =>
  (v, p, o) => {
    if (v !== undefined) c(v, p, o);
  };
const oneOf =
  (...values: string[]): Check =>
  (v, p, o) => {
    if (typeof v !== 'string' || !values.includes(v)) report(o, p, `expected one of ${values.join('|')}, got ${JSON.stringify(v)}`);
  };
const array =
  (c: Check): Check =>
  (v, p, o) => {
    if (!Array.isArray(v)) return report(o, p, `expected array, got ${typeOf(v)}`);
    for (let i = 0; i < v.length; i++) c(v[i], { up: p, key: i }, o);
  };
const object = (shape: Record<string, Check>): Check => {
  const entries = Object.entries(shape);
  return (v, p, o) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return report(o, p, `expected object, got ${typeOf(v)}`);
    const rec = v as Record<string, unknown>;
    for (const [key, check] of entries) check(rec[key], { up: p, key }, o);
  };
};

const span = object({ start: int, end: int });
const textSpan = object({ start: int, end: int, text: str });
const pair: Check = (v, p, o) => {
  if (!Array.isArray(v) || v.length !== 2) return report(o, p, 'expected [start, end]');
  int(v[0], { up: p, key: 0 }, o);
  int(v[1], { up: p, key: 1 }, o);
};

const actor = object({
  id: str,
  name: str,
  type: oneOf('person', 'organization', 'place', 'group', 'other'),
  role: optional(str),
  mentions: array(object({ start: int, end: int, text: str, kind: oneOf('name', 'nominal', 'pronoun', 'demonym') })),
});
const quote = object({
  id: str,
  spans: array(pair),
  kind: oneOf('direct', 'indirect', 'mixed'),
  speaker: nullable(textSpan),
  actorId: nullable(str),
  cue: nullable(textSpan),
});
const timex = object({ id: str, start: int, end: int, text: str, type: oneOf('DATE', 'TIME', 'DURATION', 'SET'), value: str });
const event = object({
  id: str,
  date: object({
    value: str,
    precision: oneOf('day', 'week', 'month', 'quarter', 'year', 'decade'),
    start: isoDate,
    end: isoDate,
  }),
  span,
  summary: str,
  actorIds: array(str),
  timexId: optional(str),
  kind: oneOf('publication', 'event'),
});

const articleShape = object({
  id: str,
  file: str,
  title: str,
  published: nullable(isoDate),
  publishedFrom: nullable(oneOf('header', 'dateline')),
  handle: nullable(str),
  dateline: nullable(object({ span, place: str, sources: array(str), date: nullable(isoDate) })),
  text: str,
  paragraphs: array(span),
  sentences: array(span),
  actors: array(actor),
  quotes: array(quote),
  timexes: array(timex),
  events: array(event),
});

const indexShape = object({
  version: (v, p, o) => {
    if (v !== 1) report(o, p, `unsupported bundle version ${JSON.stringify(v)}`);
  },
  generated: str,
  articles: array(
    object({
      id: str,
      title: str,
      published: nullable(isoDate),
      source: nullable(str),
      counts: object({ actors: int, quotes: int, events: int, words: int }),
    }),
  ),
});

/** Every problem with an article document, including spans outside its text and dangling ids. */
export function articleProblems(json: unknown): string[] {
  const out: string[] = [];
  articleShape(json, '', out);
  if (out.length) return out;
  const doc = json as ArticleDoc;
  const n = doc.text.length;
  const inText = (s: number, e: number, p: () => string) => {
    if (s > e || e > n) report(out, p(), `span [${s}, ${e}) is outside the text (length ${n})`);
  };
  doc.paragraphs.forEach((s, i) => inText(s.start, s.end, () => `paragraphs[${i}]`));
  doc.sentences.forEach((s, i) => inText(s.start, s.end, () => `sentences[${i}]`));
  const actorIds = new Set(doc.actors.map((a) => a.id));
  doc.actors.forEach((a, i) => a.mentions.forEach((m, j) => inText(m.start, m.end, () => `actors[${i}].mentions[${j}]`)));
  doc.quotes.forEach((q, i) => {
    q.spans.forEach(([s, e], j) => inText(s, e, () => `quotes[${i}].spans[${j}]`));
    if (q.speaker) inText(q.speaker.start, q.speaker.end, () => `quotes[${i}].speaker`);
    if (q.cue) inText(q.cue.start, q.cue.end, () => `quotes[${i}].cue`);
    if (q.actorId !== null && !actorIds.has(q.actorId)) report(out, `quotes[${i}].actorId`, `unknown actor ${q.actorId}`);
  });
  doc.timexes.forEach((t, i) => inText(t.start, t.end, () => `timexes[${i}]`));
  doc.events.forEach((e, i) => {
    inText(e.span.start, e.span.end, () => `events[${i}].span`);
    e.actorIds.forEach((id, j) => {
      if (!actorIds.has(id as never)) report(out, `events[${i}].actorIds[${j}]`, `unknown actor ${id}`);
    });
  });
  return out;
}

export function indexProblems(json: unknown): string[] {
  const out: string[] = [];
  indexShape(json, '', out);
  return out;
}

export function parseArticleDoc(json: unknown, what = 'article'): ArticleDoc {
  const problems = articleProblems(json);
  if (problems.length) throw new BundleSchemaError(what, problems);
  return json as ArticleDoc;
}

export function parseBundleIndex(json: unknown, what = 'bundle index'): BundleIndex {
  const problems = indexProblems(json);
  if (problems.length) throw new BundleSchemaError(what, problems);
  return json as BundleIndex;
}
