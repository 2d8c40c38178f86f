/**
 * The annotation model shared by the build, the CLI, the web worker and the app.
 * Every offset is a JavaScript string index (UTF-16 code units) into the article body `text`.
 * Pure types: no React, no DOM.
 */

declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

export type ActorId = Brand<string, 'ActorId'>;
export type QuoteId = Brand<string, 'QuoteId'>;
export type TimexId = Brand<string, 'TimexId'>;
export type EventId = Brand<string, 'EventId'>;

/** A half-open range [start, end) into the text. */
export interface Span {
  start: number;
  end: number;
}

export type ActorType = 'person' | 'organization' | 'place' | 'group' | 'other';
export type MentionKind = 'name' | 'nominal' | 'pronoun' | 'demonym';

export interface Mention extends Span {
  kind: MentionKind;
  text: string;
}

export interface Actor {
  id: ActorId;
  /** Canonical name: the longest proper name, without titles or nationality words. */
  name: string;
  type: ActorType;
  /** Role words found with the name, e.g. "Belarusian President". */
  role?: string;
  mentions: Mention[];
}

export type QuoteKind = 'direct' | 'indirect' | 'mixed';

export interface TextSpan extends Span {
  text: string;
}

export interface Quote {
  id: QuoteId;
  /** Content fragments in text order ("A," he said, "B." has two). */
  spans: Array<[number, number]>;
  kind: QuoteKind;
  /** The speaker mention in the text, or null when none is given. */
  speaker: TextSpan | null;
  /** The actor the speaker refers to, or null when it cannot be resolved. */
  actorId: ActorId | null;
  /** The verb or phrase of saying ("said", "according to"). */
  cue: TextSpan | null;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface Timex extends Span {
  id: TimexId;
  text: string;
  type: TimexType;
  /** TIMEX3 value: "2020-09-10", "2020-W36", "P3M", "PAST_REF"... */
  value: string;
}

export type DatePrecision = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade';

export interface EventDate {
  /** TIMEX3-style value at the known precision: "2020-09-10", "2020-W36", "2020-09", "2020". */
  value: string;
  precision: DatePrecision;
  /** ISO calendar day the period starts on (inclusive). */
  start: string;
  /** ISO calendar day the period ends on (inclusive). */
  end: string;
}

export interface TimelineEvent {
  id: EventId;
  date: EventDate;
  /** The clause or sentence the date anchors. */
  span: Span;
  summary: string;
  actorIds: ActorId[];
  /** The timex that dates it; absent for the publication event. */
  timexId?: TimexId;
  kind: 'publication' | 'event';
}

export interface Annotations {
  actors: Actor[];
  quotes: Quote[];
  timexes: Timex[];
  events: TimelineEvent[];
}

/** An ISO calendar date, YYYY-MM-DD. */
export type IsoDate = string;

export interface AnnotateOptions {
  /** Publication date; relative expressions stay unresolved without it. */
  published?: IsoDate | null;
}

export interface Dateline {
  /** The whole dateline, e.g. "TORONTO (UrduPoint News / Sputnik - 11th September, 2020)". */
  span: Span;
  /** "TORONTO" as written. */
  place: string;
  /** "UrduPoint News", "Sputnik". */
  sources: string[];
  /** The date the dateline gives, if it gives one. */
  date: IsoDate | null;
}

/** One article of the bundle: its text, metadata and annotations. */
export interface ArticleDoc extends Annotations {
  id: string;
  /** The seed file it was built from. */
  file: string;
  title: string;
  /** Publication date, or null when neither the header nor the dateline gives one. */
  published: IsoDate | null;
  publishedFrom: 'header' | 'dateline' | null;
  /** The account that shared the article ("@ChaudhryMAli88" without the "@"). */
  handle: string | null;
  dateline: Dateline | null;
  /** The body that every offset indexes into. */
  text: string;
  paragraphs: Span[];
  sentences: Span[];
}

/** One entry of the bundle index. */
export interface ArticleSummary {
  id: string;
  title: string;
  published: IsoDate | null;
  /** Sources from the dateline, joined ("UrduPoint News / Sputnik"), else the handle, else null. */
  source: string | null;
  counts: { actors: number; quotes: number; events: number; words: number };
}

export interface BundleIndex {
  version: 1;
  generated: string;
  articles: ArticleSummary[];
}
