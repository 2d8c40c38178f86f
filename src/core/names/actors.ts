import type { Actor, Span } from '../types.ts';

export interface ActorContext {
  sentences: Span[];
  paragraphs: Span[];
}

/** Finds the people, organizations and places of an article and merges their aliases. */
export function extractActors(_text: string, _ctx: ActorContext): Actor[] {
  return [];
}
