import type { Actor, ActorId, ActorType, Mention, Span, TextSpan } from '../types.ts';

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
const PERSON_NOMINALS = /^(?:the|his|her|this|that)\s+(?:(?:[\p{L}-]+\s+){0,2})(?:spokes(?:man|woman|person)|minister|president|prime minister|candidate|senator|governor|leader|chairman|chairwoman|chair|secretary|official|ambassador|mayor|premier|lawmaker|congressman|congresswoman|representative|nominee|director|chief|founder|lawyer|attorney|author|businessman|businesswoman|mogul|billionaire|diplomat|envoy|general|judge|officer|adviser|advisor)$/iu;

/** Nominals naming a document: "the statement" stands for whoever issued it. */
const DOC_NOMINALS = /^(?:the|this|that|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}(statement|report|letter|release|communiqu[eé]|memo|memorandum|declaration)$/iu;

/**
 * The actor that issued the document named `noun` earlier in the article: the last earlier
 * mention of "a/its/the ... statement" and, in its sentence, the actor mention nearest before it
 * ("The party in a statement", "X said in a statement"), else the first one after it ("In a
 * statement, X said").
 */
function issuerOf(text: string, noun: string, before: number, ctx: Ctx): ActorId | null {
  const re = new RegExp(String.raw`\b(?:a|an|its|his|her|their|the|this)\s+(?:[\p{L}-]+\s+){0,2}` + noun + String.raw`\b`, 'giu');
  let last: RegExpExecArray | null = null;
  for (const m of text.slice(0, before).matchAll(re)) last = m as RegExpExecArray;
  if (!last) return null;
  const at = last.index;
  const si = indexAt(ctx.sentences, at);
  if (si < 0) return null;
  const sent = ctx.sentences[si]!;
  const refs: MentionRef[] = [];
  for (const actor of ctx.actors) {
    if (actor.type === 'place') continue;
    for (const mention of actor.mentions) if (mention.start >= sent.start && mention.end <= sent.end && mention.kind !== 'pronoun') refs.push({ actor, mention });
  }
  const beforeIt = refs.filter((r) => r.mention.end <= at).sort((a, b) => b.mention.end - a.mention.end)[0];
  if (beforeIt) return beforeIt.actor.id;
  const afterIt = refs.filter((r) => r.mention.start >= at + last[0].length).sort((a, b) => a.mention.start - b.mention.start)[0];
  return afterIt ? afterIt.actor.id : null;
}

interface MentionRef {
  actor: Actor;
  mention: Mention;
}

function mentionsBefore(ctx: Ctx, at: number, from: number): MentionRef[] {
  const out: MentionRef[] = [];
  for (const actor of ctx.actors) for (const mention of actor.mentions) if (mention.end <= at && mention.start >= from) out.push({ actor, mention });
  return out.sort((a, b) => a.mention.start - b.mention.start);
}

function compatible(type: ActorType, want: 'person' | 'org' | 'plural' | 'any'): boolean {
  if (want === 'any') return type !== 'place' || true;
  if (want === 'person') return type === 'person';
  if (want === 'org') return type === 'organization' || type === 'group' || type === 'place';
  return type === 'group' || type === 'organization' || type === 'place';
}

function indexAt(spans: readonly Span[], at: number): number {
  for (let i = 0; i < spans.length; i++) if (spans[i]!.start <= at && at < spans[i]!.end) return i;
  return -1;
}

/**
 * The actor a speaker mention refers to, or null when it cannot be told with confidence.
 * A speaker overlapping an actor mention is that actor (the mention covering its last word first).
 * A pronoun or nominal goes to the most recent compatible actor, only when no other compatible
 * actor competes in the window (the current and previous sentence, then the paragraph before), or
 * when the previous speaker is that actor.
 */
export function resolveSpeaker(
  text: string,
  speaker: TextSpan,
  ctx: Ctx,
  recent: ReadonlyArray<{ speaker: TextSpan; actorId: ActorId | null }>,
): ActorId | null {
  const overlapping: MentionRef[] = [];
  for (const actor of ctx.actors) {
    for (const mention of actor.mentions) {
      if (mention.start < speaker.end && speaker.start < mention.end) overlapping.push({ actor, mention });
    }
  }
  if (overlapping.length) {
    const last = speaker.end;
    const head = overlapping.find((m) => m.mention.start < last && last <= m.mention.end && m.mention.kind !== 'pronoun' || m.mention.end === last);
    const nonPlace = overlapping.filter((m) => m.actor.type !== 'place');
    return (head ?? nonPlace[nonPlace.length - 1] ?? overlapping[overlapping.length - 1]!).actor.id;
  }
  const t = speaker.text.trim().toLowerCase().replace(/’/g, "'");
  const doc = DOC_NOMINALS.exec(t);
  if (doc) {
    const issuer = issuerOf(text, doc[1]!, speaker.start, ctx);
    if (issuer) return issuer;
  }
  let want: 'person' | 'org' | 'plural' | 'any' | null = null;
  let nominalWord: string | null = null;
  if (PERSON_PRONOUNS.has(t)) want = 'person';
  else if (ORG_PRONOUNS.has(t)) want = 'org';
  else if (PLURAL_PRONOUNS.has(t)) want = 'plural';
  else if (RELATIVE.has(t)) want = 'any';
  else if (ORG_NOMINALS.test(t)) {
    want = 'org';
    nominalWord = t.split(/\s+/).pop() ?? null;
  } else if (PERSON_NOMINALS.test(t)) {
    want = 'person';
    nominalWord = t.split(/\s+/).pop() ?? null;
  }
  if (!want) return null;

  const si = indexAt(ctx.sentences, speaker.start);
  const sentStart = si >= 0 ? ctx.sentences[si]!.start : speaker.start;
  if (want === 'any') {
    // relative pronoun: the nearest actor mention before it in the same sentence
    const ms = mentionsBefore(ctx, speaker.start, sentStart).filter((m) => m.actor.type !== 'place' || true);
    const last = ms[ms.length - 1];
    if (!last) return null;
    const gap = text.slice(last.mention.end, speaker.start);
    return gap.length <= 60 && !/[.;]/.test(gap) ? last.actor.id : null;
  }
  // a nominal naming the role or kind: an actor whose role or name has that word
  if (nominalWord) {
    const named = ctx.actors.filter(
      (a) => compatible(a.type, want) && a.mentions.some((m) => m.end <= speaker.start) &&
        (new RegExp(`\\b${nominalWord}\\b`, 'i').test(a.role ?? '') || new RegExp(`\\b${nominalWord}\\b`, 'i').test(a.name)),
    );
    if (named.length === 1) return named[0]!.id;
  }
  const windows: number[] = [];
  const prevSent = si > 0 ? ctx.sentences[si - 1]!.start : sentStart;
  windows.push(prevSent);
  const pi = indexAt(ctx.paragraphs, speaker.start);
  if (pi >= 0) windows.push(ctx.paragraphs[pi]!.start);
  if (pi > 0) windows.push(ctx.paragraphs[pi - 1]!.start);
  for (const from of windows) {
    const ms = mentionsBefore(ctx, speaker.start, from).filter((m) => compatible(m.actor.type, want));
    const ids = [...new Set(ms.map((m) => m.actor.id))];
    if (ids.length === 1) return ids[0]!;
    if (ids.length > 1) {
      const prev = recent[recent.length - 1];
      const mostRecent = ms[ms.length - 1]!.actor.id;
      if (prev?.actorId && prev.actorId === mostRecent) return mostRecent;
      return null;
    }
  }
  return null;
}
