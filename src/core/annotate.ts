import { parseDateline } from './article/dateline.ts';
import { extractActors } from './names/actors.ts';
import { extractQuotes } from './quotes/quotes.ts';
import { paragraphSpans, sentenceSpans } from './text/segment.ts';
import { buildEvents } from './time/events.ts';
import { extractTimexes } from './time/timexes.ts';
import type { AnnotateOptions, Annotations, Span } from './types.ts';

/** Annotates an article body: actors, quotes, temporal expressions and timeline events. */
export function annotate(text: string, options: AnnotateOptions = {}): Annotations {
  const paragraphs = paragraphSpans(text);
  return annotateSegmented(text, paragraphs, sentenceSpans(text, paragraphs), options);
}

/** `annotate` for a text already segmented: `paragraphSpans(text)` and `sentenceSpans(text, paragraphs)`. */
export function annotateSegmented(text: string, paragraphs: Span[], sentences: Span[], options: AnnotateOptions = {}): Annotations {
  const published = options.published ?? null;
  const dateline = parseDateline(text);
  const actors = extractActors(text, { sentences, paragraphs, dateline });
  // Nobody speaks in the dateline: quotes see the lead paragraph and sentence start after it.
  const after = dateline ? afterDateline(text, dateline.span.end) : 0;
  const qSentences = after ? startAfter(sentences, after) : sentences;
  const qParagraphs = after ? startAfter(paragraphs, after) : paragraphs;
  const quotes = extractQuotes(text, { sentences: qSentences, paragraphs: boundedParagraphs(qParagraphs, qSentences), actors });
  const timexes = extractTimexes(text, { published, sentences });
  const events = buildEvents(text, { published, sentences, timexes, actors, quotes });
  return { actors, quotes, timexes, events };
}

/** Where the text resumes after a dateline ending at `end` (past spaces and a dash). */
function afterDateline(text: string, end: number): number {
  const m = /^[\s\-–—:]*/.exec(text.slice(end, end + 8))!;
  return end + m[0].length;
}

/** Spans with the one containing `at` starting there instead (none ends before it: it is in the first). */
function startAfter(spans: Span[], at: number): Span[] {
  return spans.map((s) => (s.start < at && s.end > at ? { start: at, end: s.end } : s)).filter((s) => s.end > at);
}

/** Longest paragraph handed to the quote extractor, whose work grows faster than linearly with it. */
export const MAX_QUOTE_PARAGRAPH = 8_000;

/**
 * Paragraphs with any longer than `max` characters cut at sentence boundaries (or, for a single
 * sentence longer than that, at `max`). Real news paragraphs are far shorter; this bounds the time
 * a pasted wall of text can take.
 */
export function boundedParagraphs(paragraphs: Span[], sentences: Span[], max = MAX_QUOTE_PARAGRAPH): Span[] {
  if (paragraphs.every((p) => p.end - p.start <= max)) return paragraphs;
  const out: Span[] = [];
  let si = 0;
  for (const p of paragraphs) {
    if (p.end - p.start <= max) {
      out.push(p);
      continue;
    }
    while (si < sentences.length && sentences[si]!.end <= p.start) si++;
    let start = p.start;
    let end = p.start;
    for (; si < sentences.length && sentences[si]!.start < p.end; si++) {
      const s = sentences[si]!;
      if (s.end - start > max && end > start) {
        out.push({ start, end });
        start = s.start;
      }
      end = s.end;
      while (end - start > max) {
        out.push({ start, end: start + max });
        start += max;
      }
    }
    if (p.end > start) out.push({ start, end: Math.max(end, p.end) });
  }
  return out;
}
