/** Small made-up articles for component tests (not the evaluation data). Offsets are computed, not hand-counted. */
import type { ActorId, ArticleDoc, ArticleSummary, BundleIndex, EventId, QuoteId, Span } from '../../core/types.ts';

const P1 =
  'LINDENHOLM (Harbor Wire - 10th September, 2020) Mayor Ada Brandt said the ferry would return. "The Port Authority will rebuild the pier," Brandt said on Thursday.';
const P2 = 'The Lindenholm Port Authority said repairs began in August 2020. According to reports, costs "may double".';
const P3 = 'Residents of Lindenholm protested in the 1990s.';
const TEXT = [P1, P2, P3].join('\n\n');

/** The span of the n-th occurrence (0-based) of `needle` in the text. */
export function spanOf(text: string, needle: string, nth = 0): Span {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" #${nth} not in fixture text`);
  }
  return { start: at, end: at + needle.length };
}
const s = (needle: string, nth = 0) => spanOf(TEXT, needle, nth);
const pair = (needle: string, nth = 0): [number, number] => {
  const { start, end } = s(needle, nth);
  return [start, end];
};
const ts = (needle: string, nth = 0) => ({ ...s(needle, nth), text: needle });

const paragraphs: Span[] = [];
{
  let at = 0;
  for (const p of [P1, P2, P3]) {
    paragraphs.push({ start: at, end: at + p.length });
    at += p.length + 2;
  }
}

const id = <T extends string>(v: string) => v as T;

export const harborArticle: ArticleDoc = {
  id: 'harbor',
  file: 'seeds/harbor.txt',
  title: 'Lindenholm will rebuild its ferry pier',
  published: '2020-09-10',
  publishedFrom: 'header',
  handle: 'lindenholm_news',
  dateline: { span: s('LINDENHOLM (Harbor Wire - 10th September, 2020)'), place: 'LINDENHOLM', sources: ['Harbor Wire'], date: '2020-09-10' },
  text: TEXT,
  paragraphs,
  sentences: paragraphs,
  actors: [
    {
      id: id<ActorId>('a1'),
      name: 'Ada Brandt',
      type: 'person',
      role: 'Mayor',
      mentions: [
        { ...ts('Ada Brandt'), kind: 'name' },
        { ...ts('Brandt', 1), kind: 'name' },
      ],
    },
    {
      id: id<ActorId>('a2'),
      name: 'Lindenholm Port Authority',
      type: 'organization',
      mentions: [
        { ...ts('Port Authority'), kind: 'name' },
        { ...ts('Lindenholm Port Authority'), kind: 'name' },
      ],
    },
    { id: id<ActorId>('a3'), name: 'Lindenholm', type: 'place', mentions: [{ ...ts('Lindenholm', 1), kind: 'name' }] },
    { id: id<ActorId>('a4'), name: 'Residents', type: 'group', mentions: [{ ...ts('Residents of Lindenholm'), kind: 'nominal' }] },
  ],
  quotes: [
    { id: id<QuoteId>('q1'), spans: [pair('the ferry would return')], kind: 'indirect', speaker: ts('Mayor Ada Brandt'), actorId: id<ActorId>('a1'), cue: ts('said') },
    {
      id: id<QuoteId>('q2'),
      spans: [pair('The Port Authority will rebuild the pier,')],
      kind: 'direct',
      speaker: ts('Brandt', 1),
      actorId: id<ActorId>('a1'),
      cue: ts('said', 1),
    },
    {
      id: id<QuoteId>('q3'),
      spans: [pair('repairs began in August 2020')],
      kind: 'indirect',
      speaker: ts('The Lindenholm Port Authority'),
      actorId: id<ActorId>('a2'),
      cue: ts('said', 2),
    },
    { id: id<QuoteId>('q4'), spans: [pair('costs "may double"')], kind: 'mixed', speaker: null, actorId: null, cue: ts('According to') },
  ],
  timexes: [],
  events: [
    {
      id: id<EventId>('e0'),
      date: { value: '2020-09-10', precision: 'day', start: '2020-09-10', end: '2020-09-10' },
      span: s('LINDENHOLM (Harbor Wire - 10th September, 2020)'),
      summary: 'Article published',
      actorIds: [],
      kind: 'publication',
    },
    {
      id: id<EventId>('e1'),
      date: { value: '2020-09-10', precision: 'day', start: '2020-09-10', end: '2020-09-10' },
      span: s('"The Port Authority will rebuild the pier," Brandt said on Thursday.'),
      summary: 'Brandt says the pier will be rebuilt',
      actorIds: [id<ActorId>('a1'), id<ActorId>('a2')],
      kind: 'event',
    },
    {
      id: id<EventId>('e2'),
      date: { value: '2020-08', precision: 'month', start: '2020-08-01', end: '2020-08-31' },
      span: s('The Lindenholm Port Authority said repairs began in August 2020.'),
      summary: 'Repairs begin',
      actorIds: [id<ActorId>('a2')],
      kind: 'event',
    },
    {
      id: id<EventId>('e3'),
      date: { value: '199', precision: 'decade', start: '1990-01-01', end: '1999-12-31' },
      span: s(P3),
      summary: 'Residents protest',
      actorIds: [id<ActorId>('a4')],
      kind: 'event',
    },
    {
      id: id<EventId>('e4'),
      date: { value: '2020-W36', precision: 'week', start: '2020-08-31', end: '2020-09-06' },
      span: s('According to reports, costs "may double".'),
      summary: 'Costs may double',
      actorIds: [],
      kind: 'event',
    },
  ],
};

export const otherArticle: ArticleDoc = {
  ...harborArticle,
  id: 'other',
  file: 'seeds/other.txt',
  title: 'A second, quieter article',
  actors: [],
  quotes: [],
  events: [],
};

export function summaryOf(doc: ArticleDoc): ArticleSummary {
  return {
    id: doc.id,
    title: doc.title,
    published: doc.published,
    source: doc.dateline?.sources.join(' / ') ?? null,
    counts: { actors: doc.actors.length, quotes: doc.quotes.length, events: doc.events.length, words: doc.text.split(/\s+/).length },
  };
}

export function indexOf(...docs: ArticleDoc[]): BundleIndex {
  return { version: 1, generated: '2020-09-11T00:00:00Z', articles: docs.map(summaryOf) };
}
