/** Hand-made article documents for tests (no extractor involved, so tests do not depend on its output). */
import type { Actor, ActorId, ArticleDoc, Quote, QuoteId } from '../types.ts';

interface FixtureQuote {
  /** The quoted words; must occur in the text. */
  words: string;
  actor?: string;
  kind?: Quote['kind'];
}

export function fixtureDoc(options: {
  id: string;
  title?: string;
  published?: string | null;
  text: string;
  /** Actor ids like "person:tomas-varga" with their canonical names; every name must occur in the text. */
  actors?: Record<string, string>;
  quotes?: FixtureQuote[];
  source?: string;
}): ArticleDoc {
  const { id, text } = options;
  const actors: Actor[] = Object.entries(options.actors ?? {}).map(([aid, name]) => {
    const start = text.indexOf(name);
    if (start < 0) throw new Error(`fixture: "${name}" is not in the text`);
    return {
      id: aid as ActorId,
      name,
      type: (aid.split(':')[0] as Actor['type']) ?? 'person',
      mentions: [{ start, end: start + name.length, kind: 'name', text: name }],
    };
  });
  const quotes: Quote[] = (options.quotes ?? []).map((q, i) => {
    const start = text.indexOf(q.words);
    if (start < 0) throw new Error(`fixture: quote "${q.words}" is not in the text`);
    const name = q.actor ? options.actors?.[q.actor] : undefined;
    const at = name ? text.indexOf(name) : -1;
    return {
      id: `q${i + 1}` as QuoteId,
      spans: [[start, start + q.words.length]],
      kind: q.kind ?? 'direct',
      speaker: name && at >= 0 ? { start: at, end: at + name.length, text: name } : null,
      actorId: (q.actor ?? null) as ActorId | null,
      cue: null,
    };
  });
  return {
    id,
    file: `${id}.txt`,
    title: options.title ?? text.split(/[.!?]/)[0]!.trim(),
    published: options.published === undefined ? null : options.published,
    publishedFrom: options.published ? 'header' : null,
    handle: null,
    dateline: options.source ? { span: { start: 0, end: 0 }, place: 'X', sources: [options.source], date: null } : null,
    text,
    paragraphs: [{ start: 0, end: text.length }],
    sentences: [{ start: 0, end: text.length }],
    actors,
    quotes,
    timexes: [],
    events: [],
  };
}

/** Three small articles; Tomas Varga is quoted in two of them. */
export function fixtureBundle(): ArticleDoc[] {
  return [
    fixtureDoc({
      id: 'bridge',
      title: 'Council votes to rebuild the Old Harbor Bridge',
      published: '2021-03-04',
      source: 'Coastline Wire',
      text: 'The council voted to rebuild the bridge. "We will not let it fall," Mayor Elena Marsh said. Minister Tomas Varga will visit.',
      actors: { 'person:elena-marsh': 'Elena Marsh', 'person:tomas-varga': 'Tomas Varga' },
      quotes: [{ words: 'We will not let it fall,', actor: 'person:elena-marsh' }],
    }),
    fixtureDoc({
      id: 'visit',
      title: 'Minister promises money for the harbor',
      published: '2021-04-09',
      text: '"A port that cannot move its goods loses them," Tomas Varga said. "We will sign before summer," Varga added. Wheat exports rise.',
      actors: { 'person:tomas-varga': 'Tomas Varga' },
      quotes: [
        { words: 'We will sign before summer,', actor: 'person:tomas-varga' },
        { words: 'A port that cannot move its goods loses them,', actor: 'person:tomas-varga' },
      ],
    }),
    fixtureDoc({
      id: 'grain',
      title: 'Grain talks close to a deal',
      published: '2021-03-18',
      text: 'Tomas Varga said talks on grain exports were "close to the finish line" on Thursday. Farmers welcomed it.',
      actors: { 'person:tomas-varga': 'Tomas Varga' },
      quotes: [{ words: 'close to the finish line', actor: 'person:tomas-varga', kind: 'mixed' }],
    }),
  ];
}
