import type { Span } from '../types.ts';
import { indexAt } from './grid.ts';

/** A stretch of text between quotation marks. */
export interface QuoteRegion {
  /** Index of the opening mark. */
  open: number;
  /** Index just after the closing mark (or the cut-off point when it never closes). */
  close: number;
  /** Content between the marks. */
  start: number;
  end: number;
  /** Single marks (‘…’). */
  single: boolean;
  /** Regions of one quotation running over several paragraphs share a group id. */
  group: number;
  /** Whether the region ended without a closing mark. */
  unclosed: boolean;
  words: number;
}

const OPEN_D = '“«„';
const CLOSE_D = '”»';

interface Mark {
  at: number;
  len: number;
  kind: 'open' | 'close' | 'either';
}

function isSpaceOrStart(text: string, i: number): boolean {
  if (i <= 0) return true;
  return /[\s([{\u2014\u2013\-/]/.test(text[i - 1]!);
}

/** Double quotation marks of one paragraph, classified as opening or closing by their context. */
function doubleMarks(text: string, p: Span): Mark[] {
  const out: Mark[] = [];
  for (let i = p.start; i < p.end; i++) {
    // only quotation-mark characters (" ' ` « » „ “ ”) matter
    const c = text.charCodeAt(i);
    if (c !== 34 && c !== 39 && c !== 96 && c !== 0xab && c !== 0xbb && c !== 0x201c && c !== 0x201d && c !== 0x201e) continue;
    const ch = text[i]!;
    if (OPEN_D.includes(ch)) out.push({ at: i, len: 1, kind: 'open' });
    // a closing-shaped mark before a word at a word start opens ('”Fear is ...', German '»Text«')
    else if (CLOSE_D.includes(ch)) out.push({ at: i, len: 1, kind: isSpaceOrStart(text, i) && /[\p{L}\p{N}]/u.test(text[i + 1] ?? '') ? 'open' : 'close' });
    else if (ch === '"' || (ch === "'" && text[i + 1] === "'") || (ch === '`' && text[i + 1] === '`')) {
      const len = ch === '"' ? 1 : 2;
      const before = isSpaceOrStart(text, i);
      const after = i + len < p.end && !/\s/.test(text[i + len]!);
      const kind = ch === '`' ? 'open' : before && after ? 'open' : !before ? 'close' : 'either';
      out.push({ at: i, len, kind });
      i += len - 1;
    }
  }
  return out;
}

/** Words that follow a closing mark but never a possessive. */
const AFTER_CLOSE = /^(?:and|or|but|nor|to|as|in|on|at|for|of|from|by|with|is|was|are|were|that|which|who|he|she|they|it|said|says|if|when)\b/;

/** Single quotation marks ‘…’ (and straight ones used as such) within a span. */
function singleRegions(text: string, s: number, e: number, group: number): QuoteRegion[] {
  const out: QuoteRegion[] = [];
  let open = -1;
  for (let i = s; i < e; i++) {
    const ch = text[i]!;
    if ((ch === '‘' || ch === "'") && isSpaceOrStart(text, i) && i + 1 < e && /[\p{L}\p{N}]/u.test(text[i + 1]!)) {
      if (ch === "'" && text[i + 1] === "'") continue;
      open = i;
    } else if ((ch === '’' || ch === "'") && open >= 0 && !(i + 1 < e && /\p{L}/u.test(text[i + 1]!))) {
      // "the members’ pay": a plural possessive before its noun, not a closing mark before a function word ("generous’ and")
      if (text[i - 1] === 's' && ch === '’' && i + 1 < e && text[i + 1] === ' ' && /\p{Ll}/u.test(text[i + 2] ?? '') && !AFTER_CLOSE.test(text.slice(i + 2, i + 12))) continue;
      out.push(region(text, open, i + 1, 1, true, group, false));
      open = -1;
    }
  }
  return out;
}

function region(text: string, open: number, close: number, len: number, single: boolean, group: number, unclosed: boolean): QuoteRegion {
  const start = open + len;
  const end = unclosed ? close : close - len;
  const words = (text.slice(start, Math.max(start, end)).match(/[\p{L}\p{N}]+/gu) ?? []).length;
  return { open, close, start, end: Math.max(start, end), single, group, unclosed, words };
}

/** The end of the sentence containing `at`, bounded by `limit`. */
function sentenceEnd(sentences: readonly Span[], at: number, limit: number): number {
  const s = sentences[indexAt(sentences, at)];
  return s ? Math.min(s.end, limit) : limit;
}

/**
 * Finds quoted stretches. A paragraph that opens a quotation without closing it continues into the
 * next paragraph when that one re-opens with a mark (the newspaper convention); otherwise an
 * unclosed mark runs to the end of its sentence at most, never further.
 */
export function findQuoteRegions(text: string, paragraphs: readonly Span[], sentences: readonly Span[]): QuoteRegion[] {
  const out: QuoteRegion[] = [];
  let group = 0;
  let carry = false; // a quotation from the previous paragraph continues
  let carryGroup = -1;
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi]!;
    const marks = doubleMarks(text, p);
    let open: Mark | null = null;
    let openGroup = -1;
    for (let k = 0; k < marks.length; k++) {
      const m = marks[k]!;
      if (open === null) {
        if (m.kind === 'close') continue; // a stray closing mark
        open = m;
        openGroup = carry && m.at === p.start ? carryGroup : group++;
        carry = false;
        continue;
      }
      if (m.kind === 'open') {
        // Two opening marks in a row: the first never closed. Cut it at its sentence end.
        const end = Math.min(sentenceEnd(sentences, open.at, p.end), m.at);
        out.push(region(text, open.at, end, open.len, false, openGroup, true));
        open = m;
        openGroup = group++;
        continue;
      }
      out.push(region(text, open.at, m.at + m.len, open.len, false, openGroup, false));
      open = null;
    }
    carry = false;
    if (open !== null) {
      const next = paragraphs[pi + 1];
      const nextOpens = next !== undefined && /^["“«„]|^''|^``/.test(text.slice(next.start, next.start + 2));
      if (nextOpens) {
        out.push(region(text, open.at, p.end, open.len, false, openGroup, true));
        carry = true;
        carryGroup = openGroup;
      } else {
        out.push(region(text, open.at, sentenceEnd(sentences, open.at, p.end), open.len, false, openGroup, true));
      }
    }
  }
  // Single marks: inside double quotations (nested) and on their own.
  const singles: QuoteRegion[] = [];
  for (const p of paragraphs) singles.push(...singleRegions(text, p.start, p.end, -1));
  for (const s of singles) s.group = group++;
  return [...out, ...singles].sort((a, b) => a.open - b.open);
}

/**
 * The text with its single quotation marks turned into double ones (and double marks inside them into
 * single ones), when single marks are its quotation marks: the British convention, ‘…,’ he said, with
 * “…” for a quotation inside one. Null when the text quotes with double marks (more of its quotations,
 * outside the other kind, use them). Each mark is one character either way, so every offset into the
 * copy is an offset into the text.
 */
export function singleMarksAsDouble(text: string, regions: readonly QuoteRegion[]): string | null {
  const singles = regions.filter((r) => r.single && !r.unclosed);
  const doubles = regions.filter((r) => !r.single);
  const inside = (r: QuoteRegion, o: QuoteRegion) => o.start <= r.open && r.close <= o.end;
  const outerSingles = singles.filter((s) => s.words >= 2 && !doubles.some((d) => inside(s, d)));
  const outerDoubles = doubles.filter((d) => !singles.some((s) => inside(d, s)));
  if (outerSingles.length === 0 || outerSingles.length <= outerDoubles.length) return null;
  const chars = Array.from({ length: text.length }, (_, i) => text[i]!);
  for (const s of outerSingles) {
    chars[s.open] = '“';
    chars[s.close - 1] = '”';
    for (const d of doubles) {
      if (!inside(d, s)) continue;
      if (chars[d.open] !== "'" && chars[d.open] !== '`') chars[d.open] = '‘';
      if (!d.unclosed && chars[d.close - 1] !== "'") chars[d.close - 1] = '’';
    }
  }
  return chars.join('');
}
