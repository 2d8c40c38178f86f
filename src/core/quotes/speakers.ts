import type { Actor, ActorId, ActorType, Mention, Span, TextSpan } from '../types.ts';
import { IntervalGrid, indexAt as spanAt } from './grid.ts';
import { lowerBound } from '../text/bisect.ts';

interface Ctx {
  sentences: Span[];
  paragraphs: Span[];
  actors: Actor[];
}

const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her', 'his']);
const ORG_PRONOUNS = new Set(['it', 'its']);
const PLURAL_PRONOUNS = new Set(['they', 'them', 'their']);
const RELATIVE = new Set(['who', 'which', 'that']);

/** Nominal heads that stand for an organization ("the statement" stands for whoever issued it). */
const ORG_NOMINALS = /^(?:the|its|this|that)\s+(?:(?:[\p{L}-]+\s+){0,2})(?:statement|party|ministry|government|department|agency|office|committee|council|campaign|company|group|organi[sz]ation|union|administration|commission|kremlin|white house|embassy|court|board|movement|coalition|association|federation|network|paper|newspaper|report)$/iu;
/** Nominal heads that stand for a person. */
const PERSON_NOMINALS = /^(?:the|his|her|this|that)\s+(?:(?:[\p{L}-]+\s+){0,2})(?:spokes(?:man|woman|person)|minister|president|prime minister|candidate|senator|governor|leader|chairman|chairwoman|chair|secretary|official|ambassador|mayor|premier|lawmaker|congressman|congresswoman|representative|nominee|director|chief|founder|lawyer|attorney|author|businessman|businesswoman|mogul|billionaire|diplomat|envoy|general|judge|officer|adviser|advisor|\d{1,3}-years?-old|veteran|striker|forward|midfielder|defender|goalkeeper|keeper|winger|coach|manager|captain|player)$/iu;

/** Nominals naming a document: "the statement" stands for whoever issued it. */
const DOC_NOMINALS = /^(?:the|this|that|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}(statement|report|letter|release|communiqu[eé]|memo|memorandum|declaration)$/iu;

/**
 * The actor that issued the document named `noun` earlier in the article: the last earlier
 * mention of "a/its/the ... statement" and, in its sentence, the actor mention nearest before it
 * ("The party in a statement", "X said in a statement"), else the first one after it ("In a
 * statement, X said").
 */
function issuerOf(text: string, noun: string, before: number, ctx: Ctx, index: SpeakerIndex): ActorId | null {
  const re = new RegExp(String.raw`\b(?:a|an|its|his|her|their|the|this)\s+(?:[\p{L}-]+\s+){0,2}` + noun + String.raw`\b`, 'giu');
  let last: RegExpExecArray | null = null;
  for (const m of text.slice(0, before).matchAll(re)) last = m as RegExpExecArray;
  if (!last) return null;
  const at = last.index;
  const si = indexAt(ctx.sentences, at);
  if (si < 0) return null;
  const sent = ctx.sentences[si]!;
  const all = index.classes.any;
  const ids: number[] = [];
  for (let k = firstAtLeast(all.starts, sent.start); k < all.refs.length && all.starts[k]! <= sent.end; k++) {
    const r = all.refs[k]!;
    if (r.actor.type !== 'place' && r.mention.end <= sent.end && r.mention.kind !== 'pronoun') ids.push(all.idx[k]!);
  }
  const refs = ids.sort((a, b) => a - b).map((i) => index.flat[i]!);
  const beforeIt = refs.filter((r) => r.mention.end <= at).sort((a, b) => b.mention.end - a.mention.end)[0];
  if (beforeIt) return beforeIt.actor.id;
  const afterIt = refs.filter((r) => r.mention.start >= at + last[0].length).sort((a, b) => a.mention.start - b.mention.start)[0];
  return afterIt ? afterIt.actor.id : null;
}

/** A spokesperson and the preposition before whom they speak for: "A spokeswoman for", "the press secretary of". */
const SPOKESPERSON_FOR = /^(?:(?:a|an|the)\s+)?(?:[\p{Ll}-]+\s+)?(?:spokes(?:man|woman|person)|press secretary|representative)\s+(?:for|of)\s+/iu;

/** After a name inside a speaker: lower-case words ending in a plural noun, then a modifier or nothing ("officials in Haiti"). */
const GROUP_AFTER_NAME = /^(?:['’]s?)?(?:\s+\p{Ll}[\p{Ll}-]*)*?\s+\p{Ll}[\p{Ll}-]*[^s\s]s(?:\s+(?:in|of|at|from|for)\s.*)?$/su;

/** Text before a mention that makes it the object of a preposition, lower-case modifiers allowed: "head of the agency", "Hospitals in southern Spain". */
const OBJECT_OF_PREP = /\b(?:of|in|from|at|for|with)\s+(?:the\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,2}$/u;

interface MentionRef {
  actor: Actor;
  mention: Mention;
}

type Want = 'person' | 'org' | 'plural' | 'any';

/** Actor mentions of one compatibility class, sorted by start (then by actor and mention order). */
interface MentionList {
  refs: MentionRef[];
  starts: number[];
  /** Position in the actor-by-actor order. */
  idx: number[];
  /** The nearest earlier position with another actor (-1 if none). */
  prevDiff: Int32Array;
}

/** The actors' mentions indexed by offset, for resolving many speakers of one text. */
export interface SpeakerIndex {
  /** Mentions actor by actor, in order. */
  flat: MentionRef[];
  grid: IntervalGrid;
  classes: Record<Want, MentionList>;
  /** Actors whose role or name has a nominal's head word, by want and word (filled on demand). */
  named: Map<string, Array<{ actor: Actor; firstEnd: number }>>;
}

export function speakerIndex(actors: readonly Actor[]): SpeakerIndex {
  const flat: MentionRef[] = [];
  const grid = new IntervalGrid();
  for (const actor of actors) for (const mention of actor.mentions) {
    grid.add(mention.start, mention.end, flat.length);
    flat.push({ actor, mention });
  }
  const order = flat.map((_, i) => i).sort((a, b) => flat[a]!.mention.start - flat[b]!.mention.start || a - b);
  const list = (want: Want): MentionList => {
    const idx = order.filter((i) => compatible(flat[i]!.actor.type, want));
    const refs = idx.map((i) => flat[i]!);
    const prevDiff = new Int32Array(refs.length);
    for (let k = 0; k < refs.length; k++) {
      if (k === 0) prevDiff[k] = -1;
      else prevDiff[k] = refs[k - 1]!.actor.id !== refs[k]!.actor.id ? k - 1 : prevDiff[k - 1]!;
    }
    return { refs, starts: refs.map((r) => r.mention.start), idx, prevDiff };
  };
  return { flat, grid, classes: { person: list('person'), org: list('org'), plural: list('plural'), any: list('any') }, named: new Map() };
}

const firstAtLeast = (xs: readonly number[], x: number): number => lowerBound(xs.length, (i) => xs[i]!, x);

/**
 * Over the mentions with start >= from and end <= at: the last one (by start) and whether
 * mentions of more than one actor are among them.
 */
function mentionWindow(l: MentionList, at: number, from: number): { last: MentionRef | null; several: boolean } {
  const lo = firstAtLeast(l.starts, from);
  let m = firstAtLeast(l.starts, at + 1) - 1;
  while (m >= lo && l.refs[m]!.mention.end > at) m--;
  if (m < lo) return { last: null, several: false };
  const id = l.refs[m]!.actor.id;
  let j = m - 1;
  while (j >= lo) {
    if (l.refs[j]!.actor.id === id) {
      j = l.prevDiff[j]!;
      continue;
    }
    if (l.refs[j]!.mention.end <= at) return { last: l.refs[m]!, several: true };
    j--;
  }
  return { last: l.refs[m]!, several: false };
}

function compatible(type: ActorType, want: Want): boolean {
  if (want === 'any') return type !== 'place' || true;
  if (want === 'person') return type === 'person';
  if (want === 'org') return type === 'organization' || type === 'group' || type === 'place';
  return type === 'group' || type === 'organization' || type === 'place';
}

function indexAt(spans: readonly Span[], at: number): number {
  return spanAt(spans, at);
}

/**
 * The actor a speaker mention refers to, or null when it cannot be told with confidence.
 * A speaker overlapping an actor mention is that actor (the mention covering its last word first).
 * A pronoun or nominal goes to the most recent compatible actor, only when no other compatible
 * actor competes in the window (the current and previous sentence, then the paragraph before), or
 * when the previous speaker is that actor.
 */
/** The person or organization named between commas right after a speaker span, if any. */
function apposition(text: string, speaker: TextSpan, index: SpeakerIndex): ActorId | null {
  const comma = /^\s*,\s*/.exec(text.slice(speaker.end, speaker.end + 4));
  if (!comma) return null;
  const from = speaker.end + comma[0].length;
  for (const i of index.grid.overlapping(from, from + 40)) {
    const m = index.flat[i]!;
    if (m.mention.kind !== 'name' || m.mention.start < from || m.actor.type === 'place') continue;
    // titles may come first: "Judge Ingrid Sollberg", "Dr. Pieter Vanbrugge"
    if (!/^(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u.test(text.slice(from, m.mention.start))) continue;
    if (/^\s*,/.test(text.slice(m.mention.end, m.mention.end + 3))) return m.actor.id;
  }
  return null;
}

export function resolveSpeaker(
  text: string,
  speaker: TextSpan,
  ctx: Ctx,
  recent: ReadonlyArray<{ speaker: TextSpan; actorId: ActorId | null }>,
  index: SpeakerIndex = speakerIndex(ctx.actors),
): ActorId | null {
  // a spokesperson speaks for the organization or person named after "for" ("A spokeswoman for Gavi")
  const spokes = SPOKESPERSON_FOR.exec(speaker.text);
  if (spokes) {
    const from = speaker.start + spokes[0].length;
    const named = index.grid
      .overlapping(from, speaker.end)
      .map((i) => index.flat[i]!)
      .filter((m) => m.mention.start >= from && m.mention.kind !== 'pronoun')
      .sort((a, b) => a.mention.start - b.mention.start);
    // the name right after "for", or the one its possessive names ("for Sweden's Ministry of Climate")
    let at = 0;
    while (at + 1 < named.length && /^['’]s?\s+$/.test(text.slice(named[at]!.mention.end, named[at + 1]!.mention.start))) at++;
    const first = named[at];
    if (first && /^(?:the\s+)?$/i.test(text.slice(from, named[0]!.mention.start))) return first.actor.id;
  }
  // a possessor ("Hollenberg's mayor") or the object of a preposition ("the head of the agency") is
  // not who speaks
  const overlapping: MentionRef[] = index.grid
    .overlapping(speaker.start, speaker.end)
    .map((i) => index.flat[i]!)
    .filter((m) => !(m.mention.end < speaker.end && /^['’]s?\b/.test(text.slice(m.mention.end, m.mention.end + 2))))
    .filter((m) => !(m.mention.start > speaker.start && OBJECT_OF_PREP.test(text.slice(Math.max(speaker.start, m.mention.start - 40), m.mention.start))))
    // nor a nationality modifying a noun ("A British judge" is not Britain), also when the speaker span
    // stops at it ("The Swedish" of "The Swedish grid operator ... has not commented")
    .filter((m) => !(m.mention.kind === 'demonym' && (m.mention.end < speaker.end || /^\s+\p{Ll}/u.test(text.slice(m.mention.end, m.mention.end + 3)))));
  const last = speaker.end;
  const head = overlapping.find((m) => m.mention.start < last && last <= m.mention.end && m.mention.kind !== 'pronoun' || m.mention.end === last);
  // "His lawyer, Duarte Pinheiro, told": a nominal speaker named by an apposition is that actor
  if (!head) {
    const named = apposition(text, speaker, index);
    if (named) return named;
  }
  if (overlapping.length) {
    // a name modifying a plural common noun ("Health officials in Haiti", "City hall officials") is not the speaker: a group is
    const groupAfter = (m: MentionRef) => m.mention.end < speaker.end && GROUP_AFTER_NAME.test(text.slice(m.mention.end, speaker.end));
    const nonPlace = overlapping.filter((m) => m.actor.type !== 'place' && (head !== undefined || !groupAfter(m)));
    if (!head && nonPlace.length === 0 && overlapping.every((m) => m.actor.type !== 'place')) return null;
    return (head ?? nonPlace[nonPlace.length - 1] ?? overlapping[overlapping.length - 1]!).actor.id;
  }
  const t = speaker.text.trim().toLowerCase().replace(/’/g, "'");
  const doc = DOC_NOMINALS.exec(t);
  if (doc) {
    const issuer = issuerOf(text, doc[1]!, speaker.start, ctx, index);
    if (issuer) return issuer;
  }
  let want: Want | null = null;
  let nominalWord: string | null = null;
  if (PERSON_PRONOUNS.has(t)) want = 'person';
  else if (ORG_PRONOUNS.has(t)) want = 'org';
  else if (PLURAL_PRONOUNS.has(t)) want = 'plural';
  else if (RELATIVE.has(t)) want = 'any';
  else {
    // "the senator from Washington", "the minister of finance": the nominal is its head
    const head = SPEAKER_RESOLUTION.nominalPlace ? t.replace(/\s+(?:from|of)\s+(?:the\s+)?[\p{L}.'’-]+(?:\s+[\p{L}.'’-]+){0,2}$/u, '') : t;
    if (ORG_NOMINALS.test(head)) {
      want = 'org';
      nominalWord = head.split(/\s+/).pop() ?? null;
    } else if (PERSON_NOMINALS.test(head)) {
      want = 'person';
      nominalWord = head.split(/\s+/).pop() ?? null;
    }
  }
  if (!want) return null;

  const si = indexAt(ctx.sentences, speaker.start);
  const sentStart = si >= 0 ? ctx.sentences[si]!.start : speaker.start;
  if (want === 'any') {
    // relative pronoun: the nearest actor mention before it in the same sentence
    const { last } = mentionWindow(index.classes.any, speaker.start, sentStart);
    if (!last) return null;
    const gap = text.slice(last.mention.end, speaker.start);
    return gap.length <= 60 && !/[.;]/.test(gap) ? last.actor.id : null;
  }
  // a nominal naming the role or kind: an actor whose role or name has that word
  if (nominalWord) {
    const key = `${want}:${nominalWord}`;
    let cands = index.named.get(key);
    if (!cands) {
      const re = new RegExp(`\\b${nominalWord}\\b`, 'i');
      cands = ctx.actors
        .filter((a) => compatible(a.type, want) && (re.test(a.role ?? '') || re.test(a.name)))
        .map((actor) => ({ actor, firstEnd: actor.mentions.reduce((m, x) => Math.min(m, x.end), Infinity) }));
      index.named.set(key, cands);
    }
    const named = cands.filter((c) => c.firstEnd <= speaker.start).map((c) => c.actor);
    if (named.length === 1) return named[0]!.id;
  }
  const windows: number[] = [];
  const prevSent = si > 0 ? ctx.sentences[si - 1]!.start : sentStart;
  windows.push(prevSent);
  const pi = indexAt(ctx.paragraphs, speaker.start);
  if (pi >= 0) windows.push(ctx.paragraphs[pi]!.start);
  if (pi > 0) windows.push(ctx.paragraphs[pi - 1]!.start);
  for (const from of windows) {
    const { last, several } = mentionWindow(index.classes[want], speaker.start, from);
    if (last && !several) return last.actor.id;
    if (last) {
      const prev = recent[recent.length - 1];
      const mostRecent = last.actor.id;
      if (prev?.actorId && prev.actorId === mostRecent) return mostRecent;
      return null;
    }
  }
  // no compatible name in the window: a pronoun after a speaker of its paragraph resolved to a
  // compatible actor is that actor ('The senator from Ohio vowed ... "We are not going away," she said')
  const prev = recent[recent.length - 1];
  if (SPEAKER_RESOLUTION.previousSpeaker && want === 'person' && prev?.actorId && pi >= 0 && prev.speaker.start >= ctx.paragraphs[pi]!.start && prev.speaker.start < speaker.start) {
    const actor = ctx.actors.find((a) => a.id === prev.actorId);
    if (actor && compatible(actor.type, want)) return actor.id;
  }
  return null;
}

/** Switches of the resolution passes (the defaults are the measured ones). */
export const SPEAKER_RESOLUTION = { nominalPlace: true, previousSpeaker: true };
