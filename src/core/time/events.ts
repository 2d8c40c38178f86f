import type { Actor, IsoDate, Span, Timex, TimelineEvent } from '../types.ts';

export interface EventContext {
  published: IsoDate | null;
  sentences: Span[];
  timexes: Timex[];
  actors: Actor[];
}

/** Builds the timeline: one event per DATE/TIME timex with a calendar value, plus the publication. */
export function buildEvents(_text: string, _ctx: EventContext): TimelineEvent[] {
  return [];
}
