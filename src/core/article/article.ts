import { annotateSegmented } from '../annotate.ts';
import { paragraphSpans, sentenceSpans } from '../text/segment.ts';
import type { ArticleDoc, Dateline, IsoDate } from '../types.ts';
import { parseDateline } from './dateline.ts';
import { decodeArticleBytes } from './decode.ts';
import { isValidYmd, toIso } from './dates.ts';

export { parseDateline };

export interface Problem {
  /** 1-based line in the file. */
  line: number;
  message: string;
}

export interface ParsedArticle {
  id: string;
  file: string;
  title: string;
  published: IsoDate | null;
  publishedFrom: 'header' | 'dateline' | null;
  handle: string | null;
  dateline: Dateline | null;
  text: string;
}

export type ParseResult =
  | { ok: true; article: ParsedArticle; warnings: Problem[] }
  | { ok: false; errors: Problem[]; warnings: Problem[] };

export interface ParseOptions {
  /** "Today", for the future-date warning; defaults to the clock. */
  today?: IsoDate;
  /** Largest body accepted, in characters. */
  maxChars?: number;
}

export const MAX_ARTICLE_CHARS = 2_000_000;

/** The id of an article: its file name without extension, made URL-safe. */
export function articleIdFromFile(file: string): string {
  const base = file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  const id = base
    .normalize('NFKD')
    .replace(/[^\w.-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return id || 'article';
}

const HEADER = /^date\s+(\S+)(?:\s+\(@?([^)\s]*)\))?\s*$/;
const TITLE_HEADER = /^title\s*:?\s+(.+)$/i;

/**
 * Parses an article file: an optional header line `date YYYY-MM-DD (@handle)` (leading white space
 * tolerated), an optional `title …` line, a blank line, then paragraphs separated by blank lines.
 */
export function parseArticle(file: string, input: Uint8Array | string, options: ParseOptions = {}): ParseResult {
  const warnings: Problem[] = [];
  const errors: Problem[] = [];
  let raw: string;
  if (typeof input === 'string') raw = input;
  else {
    const decoded = decodeArticleBytes(input);
    if (!decoded.ok) return { ok: false, errors: [{ line: 1, message: decoded.reason }], warnings };
    raw = decoded.value.text;
    if (decoded.value.warning) warnings.push({ line: 1, message: decoded.value.warning });
  }
  raw = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (raw.includes('\0')) {
    const line = raw.slice(0, raw.indexOf('\0')).split('\n').length;
    return { ok: false, errors: [{ line, message: 'NUL character: binary data, not text' }], warnings };
  }

  const lines = raw.split('\n');
  let i = 0;
  while (i < lines.length && lines[i]!.trim() === '') i++;
  if (i === lines.length) return { ok: false, errors: [{ line: 1, message: 'empty article: no text' }], warnings };

  let published: IsoDate | null = null;
  let publishedFrom: ParsedArticle['publishedFrom'] = null;
  let handle: string | null = null;
  let title: string | null = null;
  const first = lines[i]!.trim();
  if (/^date\b/i.test(first)) {
    const m = HEADER.exec(first);
    const value = m?.[1] ?? '';
    const dm = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (!m || !dm) {
      errors.push({ line: i + 1, message: `malformed header "${first}": expected "date YYYY-MM-DD (@handle)"` });
    } else if (!isValidYmd(+dm[1]!, +dm[2]!, +dm[3]!)) {
      errors.push({ line: i + 1, message: `impossible date ${value} in header` });
    } else {
      published = toIso(+dm[1]!, +dm[2]!, +dm[3]!);
      publishedFrom = 'header';
      const today = options.today ?? new Date().toISOString().slice(0, 10);
      if (published > today) warnings.push({ line: i + 1, message: `publication date ${published} is in the future` });
      handle = m[2] ? m[2] : null;
    }
    i++;
    const t = lines[i] !== undefined ? TITLE_HEADER.exec(lines[i]!.trim()) : null;
    if (t) {
      title = t[1]!.trim();
      i++;
    }
  }
  // "data 2020-09-11 (@x)", "Date: 2020-09-11": a header with a misspelt keyword would become the first paragraph
  else if (/^[A-Za-z]{2,8}:?\s+\d{4}-\d{1,2}-\d{1,2}(?:\s+\(@[^)\s]*\))?$/.test(first)) {
    errors.push({ line: i + 1, message: `malformed header "${first}": expected "date YYYY-MM-DD (@handle)"` });
  }
  if (errors.length) return { ok: false, errors, warnings };

  const headerEnd = i;
  while (i < lines.length && lines[i]!.trim() === '') i++;
  const bodyLine = i + 1;
  const text = lines.slice(i).join('\n').replace(/\s+$/, '');
  if (text === '') return { ok: false, errors: [{ line: headerEnd, message: 'no article text after the header' }], warnings };
  const maxChars = options.maxChars ?? MAX_ARTICLE_CHARS;
  if (text.length > maxChars) {
    return {
      ok: false,
      errors: [{ line: bodyLine, message: `article too long: ${text.length} characters (limit ${maxChars})` }],
      warnings,
    };
  }

  const dateline = parseDateline(text);
  if (!published && dateline?.date) {
    published = dateline.date;
    publishedFrom = 'dateline';
  }
  if (!published) warnings.push({ line: bodyLine, message: 'no publication date (header or dateline): relative dates stay unresolved' });
  if (/<\s*(script|iframe|object|embed|style)\b|\bon\w+\s*=\s*["']|javascript:/i.test(text)) {
    warnings.push({ line: bodyLine, message: 'contains HTML or script text; it is kept and shown as plain text' });
  }

  return {
    ok: true,
    article: {
      id: articleIdFromFile(file),
      file,
      title: title ?? deriveTitle(text, dateline),
      published,
      publishedFrom,
      handle,
      dateline,
      text,
    },
    warnings,
  };
}

const TITLE_MAX = 90;

/** A title from the lead sentence (after any dateline), shortened at a word boundary. */
export function deriveTitle(text: string, dateline: Dateline | null): string {
  const from = dateline ? text.slice(dateline.span.end).replace(/^[\s\-–—:]+/, '') : text;
  // Sentences never cross paragraphs: the first paragraph's first sentence is the text's.
  const sentences = sentenceSpans(from, paragraphSpans(from).slice(0, 1));
  const lead = (sentences[0] ? from.slice(sentences[0].start, sentences[0].end) : from).replace(/\s+/g, ' ').trim();
  const clean = lead.replace(/[.!?]+$/, '');
  if (clean.length <= TITLE_MAX) return clean || 'Untitled article';
  const cut = clean.slice(0, TITLE_MAX + 1);
  const space = cut.lastIndexOf(' ');
  const shortened = (space > TITLE_MAX / 2 ? cut.slice(0, space) : cut.slice(0, TITLE_MAX)).replace(/[\s,;:–—-]+$/, '');
  return `${shortened}…`;
}

/** Parses and annotates a file into the article document of the bundle. */
export function annotateArticleFile(
  file: string,
  input: Uint8Array | string,
  options: ParseOptions = {},
): { ok: true; article: ArticleDoc; warnings: Problem[] } | { ok: false; errors: Problem[]; warnings: Problem[] } {
  const parsed = parseArticle(file, input, options);
  if (!parsed.ok) return parsed;
  return { ok: true, article: annotateParsed(parsed.article), warnings: parsed.warnings };
}

export function annotateParsed(a: ParsedArticle): ArticleDoc {
  const paragraphs = paragraphSpans(a.text);
  const sentences = sentenceSpans(a.text, paragraphs);
  return { ...a, paragraphs, sentences, ...annotateSegmented(a.text, paragraphs, sentences, { published: a.published }) };
}
