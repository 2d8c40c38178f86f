import type { Actor, Quote, Span } from '../types.ts';

export interface QuoteContext {
  sentences: Span[];
  paragraphs: Span[];
  actors: Actor[];
}

/** Finds direct, indirect and mixed quotations and their speakers. */
export function extractQuotes(_text: string, _ctx: QuoteContext): Quote[] {
  return [];
}
