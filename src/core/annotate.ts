import { extractActors } from './names/actors.ts';
import { extractQuotes } from './quotes/quotes.ts';
import { paragraphSpans, sentenceSpans } from './text/segment.ts';
import { buildEvents } from './time/events.ts';
import { extractTimexes } from './time/timexes.ts';
import type { AnnotateOptions, Annotations } from './types.ts';

/** Annotates an article body: actors, quotes, temporal expressions and timeline events. */
export function annotate(text: string, options: AnnotateOptions = {}): Annotations {
  const published = options.published ?? null;
  const paragraphs = paragraphSpans(text);
  const sentences = sentenceSpans(text, paragraphs);
  const actors = extractActors(text, { sentences, paragraphs });
  const quotes = extractQuotes(text, { sentences, paragraphs, actors });
  const timexes = extractTimexes(text, { published, sentences });
  const events = buildEvents(text, { published, sentences, timexes, actors });
  return { actors, quotes, timexes, events };
}
