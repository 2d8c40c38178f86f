import type { Actor, ActorId, EventId, IsoDate, Quote, Span, Timex, TimelineEvent } from '../types.ts';
import { parseDateline } from '../article/dateline.ts';
import { spanIndexAt } from '../text/segment.ts';
import { eventDate } from './calendar.ts';
import { inDateline } from './timexes.ts';
import { lowerBound } from '../text/bisect.ts';
import { capitalize } from '../text/strings.ts';

export interface EventContext {
  published: IsoDate | null;
  sentences: Span[];
  timexes: Timex[];
  actors: Actor[];
  /** Quotes whose speaker was resolved: the speaker ("she") and the content count as mentions of its actor. */
  quotes?: readonly Quote[];
}

const PRECISION_RANK = { day: 0, week: 1, month: 2, quarter: 3, year: 4, decade: 5 } as const;

/** Builds the timeline: one event per DATE/TIME timex with a calendar value, plus the publication. */
export function buildEvents(text: string, ctx: EventContext): TimelineEvent[] {
  const drafts: Array<Omit<TimelineEvent, 'id'> & { order: number }> = [];
  const seen = new Set<string>();
  const actorsIn = mentionIndex(ctx.actors, ctx.quotes ?? []);
  for (const t of ctx.timexes) {
    if (t.type !== 'DATE' && t.type !== 'TIME') continue;
    const date = eventDate(t.value);
    if (!date) continue;
    if (inDateline(text, t) && nearPublication(date.start, ctx.published)) continue;
    const span = clauseSpan(text, ctx.sentences, t);
    const key = `${date.value}|${span.start}|${span.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    drafts.push({
      date,
      span,
      summary: summarize(text, span, t),
      actorIds: actorsIn(span),
      timexId: t.id,
      kind: 'event',
      order: t.start,
    });
  }
  if (ctx.published) {
    const date = eventDate(ctx.published);
    if (date) {
      drafts.push({ date, span: { start: 0, end: 0 }, summary: 'Article published', actorIds: [], kind: 'publication', order: Number.MAX_SAFE_INTEGER });
    }
  }
  drafts.sort((a, b) =>
    cmp(a.date.start, b.date.start) ||
    PRECISION_RANK[a.date.precision] - PRECISION_RANK[b.date.precision] ||
    (a.kind === 'publication' ? 1 : 0) - (b.kind === 'publication' ? 1 : 0) ||
    a.order - b.order);
  return drafts.map(({ order: _order, ...e }, i) => ({ ...e, id: `e${i + 1}` as EventId }));
}

/** Within two days of the publication date (datelines often carry the day before). */
function nearPublication(day: string, published: IsoDate | null): boolean {
  if (!published) return false;
  const ms = Math.abs(Date.parse(`${day}T00:00:00Z`) - Date.parse(`${published}T00:00:00Z`));
  return ms <= 2 * 86_400_000;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The clause around a timex: its sentence, cut at semicolons and dashes that separate clauses. */
export function clauseSpan(text: string, sentences: readonly Span[], t: Span): Span {
  const si = spanIndexAt(sentences, t.start);
  let start: number;
  let end: number;
  if (si >= 0) {
    start = sentences[si]!.start;
    end = sentences[si]!.end;
  } else {
    start = Math.max(text.lastIndexOf('\n', t.start) + 1, 0);
    const nl = text.indexOf('\n', t.end);
    end = nl < 0 ? text.length : nl;
  }
  // Separators are searched within the sentence only (a search to the end of the text per timex
  // would make a long article quadratic).
  const sep = /;\s|\s[—–]\s|\s--\s/g;
  const sentence = text.slice(start, Math.min(text.length, end + 1));
  let m: RegExpExecArray | null;
  let s = start;
  while ((m = sep.exec(sentence)) !== null && start + m.index < end) {
    const at = start + m.index;
    if (at + m[0].length <= t.start) s = at + m[0].length;
    else if (at >= t.end) { end = at; break; }
  }
  start = s;
  // The lead sentence begins with the dateline ("VALDERPORT (Coastline Wire - 4th March, 2021) The council...").
  const dl = parseDateline(text.slice(start, Math.min(end, start + 200)));
  if (dl && start + dl.span.end <= t.start) start += dl.span.end;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s;]/.test(text[end - 1]!)) end--;
  return { start, end };
}

/**
 * The actors with a mention overlapping a span, in the order of `actors`. Mentions are sorted once
 * and found by binary search, so a long article with many events stays linear-logarithmic.
 */
function mentionIndex(actors: readonly Actor[], quotes: readonly Quote[]): (span: Span) => ActorId[] {
  const mentions: Array<{ start: number; end: number; rank: number }> = [];
  let longest = 0;
  const add = (start: number, end: number, rank: number) => {
    mentions.push({ start, end, rank });
    longest = Math.max(longest, end - start);
  };
  const rankOf = new Map<ActorId, number>();
  actors.forEach((a, rank) => {
    rankOf.set(a.id, rank);
    for (const m of a.mentions) add(m.start, m.end, rank);
  });
  // A resolved speaker ("she") is a mention of its actor, and so is what they said: an event told in
  // a quotation ("We had to cut the doses in October") is theirs.
  for (const q of quotes) {
    const rank = q.actorId ? rankOf.get(q.actorId) : undefined;
    if (rank === undefined) continue;
    if (q.speaker) add(q.speaker.start, q.speaker.end, rank);
    for (const [start, end] of q.spans) add(start, end, rank);
  }
  mentions.sort((x, y) => x.start - y.start);
  return (span) => {
    const lo = lowerBound(mentions.length, (i) => mentions[i]!.start, span.start - longest);
    const ranks = new Set<number>();
    for (let i = lo; i < mentions.length && mentions[i]!.start < span.end; i++) {
      if (span.start < mentions[i]!.end) ranks.add(mentions[i]!.rank);
    }
    return [...ranks].sort((a, b) => a - b).map((r) => actors[r]!.id);
  };
}

// ---------------------------------------------------------------------------------------------
// Summaries: subject, verb, object from the clause, by a small heuristic.

const IRREGULAR_PAST = new Set([
  'said', 'told', 'met', 'went', 'came', 'began', 'took', 'made', 'gave', 'held', 'left', 'saw', 'won', 'lost', 'fell',
  'rose', 'sold', 'bought', 'paid', 'got', 'found', 'thought', 'knew', 'spoke', 'wrote', 'ran', 'brought', 'sent', 'spent',
  'built', 'led', 'kept', 'became', 'broke', 'chose', 'drew', 'drove', 'flew', 'grew', 'hit', 'heard', 'put', 'quit',
  'set', 'shot', 'shut', 'stood', 'struck', 'swore', 'threw', 'withdrew', 'cut', 'fought', 'sought', 'caught', 'dealt',
  'was', 'were', 'had', 'did', 'hung', 'overtook', 'undertook', 'forecast', 'beat', 'bid', 'let', 'read', 'spread', 'slid',
]);
const PRESENT_VERBS = /^(?:says|is|are|has|have|will|would|plans|expects|wants|hopes|seeks|faces|denies|calls|urges|meets|holds|takes|makes)$/;
const AUX = new Set(['has', 'have', 'had', 'will', 'would', 'is', 'are', 'was', 'were', 'be', 'been', 'did', 'does', 'do', 'could', 'should', 'may', 'might', 'must', 'can', 'also', 'not', 'never', 'already', 'repeatedly', 'reportedly', 'allegedly']);
const NOT_VERB_ED = new Set([
  'united', 'limited', 'red', 'bed', 'hundred', 'need', 'speed', 'indeed', 'based', 'related', 'elected', 'armed',
  'advanced', 'so-called', 'detailed', 'proposed', 'alleged', 'concerned', 'interested', 'led', 'fed', 'wed', 'shed',
]);
const LEAD_PREP = /^(?:on|in|at|since|by|during|from|until|after|before|as\s+of|as\s+early\s+as|earlier|later|early|late|also|then|and|but|so)$/i;

function isVerb(w: string): boolean {
  const l = w.toLowerCase();
  if (IRREGULAR_PAST.has(l) || PRESENT_VERBS.test(l)) return true;
  return /^[a-z]{3,}ed$/.test(w) && !NOT_VERB_ED.has(l);
}

interface Tok { w: string; s: number; e: number }

const OPEN_Q = /^["“«]/;
/** A verb of saying after the subject: its object is what was said, so it may run longer. */
const SAYING_VERB = /^(?:said|says|told|tells|announced|stated|noted|added|declared|reported|wrote|writes|posted|argued|insisted|warned)$/i;
const SAY_CUE = /^(?:said|says|say|told|added|adds|stated|states|declared|declares|noted|notes|wrote|writes|warned|warns|insisted|insists|argued|argues|explained|explains|announced|announces|stressed|stresses|claimed|claims|according)$/i;

/**
 * A clause led by a quotation: `"…," the statement said on Thursday.` → the speaker and the gist of
 * the quote ("Statement: Communist Party of Canada denounces interference"), not the raw quote start.
 */
/** The coordinated clause of a quotation that holds the timex ('"We expect it to peak on Thursday, and towns should prepare"'). */
function clauseOfQuote(text: string, quote: Span, timex?: Span): Span {
  if (!timex || timex.start < quote.start || timex.end > quote.end) return quote;
  const sep = /(?:,\s+(?:and|but|so|while)\s|;\s)/g;
  const inner = text.slice(quote.start, quote.end);
  let start = quote.start;
  let end = quote.end;
  let m: RegExpExecArray | null;
  while ((m = sep.exec(inner)) !== null) {
    const at = quote.start + m.index;
    if (at + m[0].length <= timex.start) start = at + m[0].length;
    else if (at >= timex.end) { end = at; break; }
  }
  return { start, end };
}

/** Stands for the dot of an abbreviation while a speaker is split into words. */
const ABBR_DOT = '\u2024';

function quoteLed(text: string, span: Span, timex?: Span): string | null {
  const lead = text.slice(span.start, span.end);
  if (!OPEN_Q.test(lead)) return null;
  const close = /["”»]/g;
  close.lastIndex = 1;
  const cm = close.exec(lead);
  if (!cm) return null;
  const quoteEnd = span.start + cm.index;
  // '"...," said Lopez, whose son got his shot on Wednesday': the date is the relative clause's, not the quote's
  if (timex && timex.start > quoteEnd && /,\s*(?:who|whose|which|where)\s/.test(text.slice(quoteEnd, timex.start))) return null;
  const rest = text.slice(quoteEnd + 1, span.end);
  // ', the statement said on Thursday.' or ', said Peskov.'
  // (dots of abbreviations kept out of the way of the word split: "U.S. Attorney Megan Cole")
  const restText = rest.replace(/^[\s,.;:!?-]+/, '').replace(/\b(?:\p{Lu}\.){2,}/gu, (a) => a.replaceAll('.', ABBR_DOT));
  const words = restText.split(/[\s,.;:!?]+/).filter(Boolean);
  let cue = -1;
  for (let i = 0; i < Math.min(words.length, 12); i++) if (SAY_CUE.test(words[i]!)) { cue = i; break; }
  if (cue < 0) return null;
  const isTime = (w: string, at: number): boolean => {
    if (!timex) return false;
    const pos = text.indexOf(w, quoteEnd + 1 + at);
    return pos >= timex.start && pos < timex.end;
  };
  let speaker = words.slice(0, cue);
  if (!speaker.length) {
    // "said the minister", "said Ola Berg on Monday"; an apposition after a comma is not part of it
    // ("said Kari Haugland, the head of the directorate").
    const cueAt = restText.search(new RegExp(`(?:^|\\s)${words[cue]}(?=[\\s,.;:!?]|$)`));
    const clause = restText.slice(cueAt).trimStart().slice(words[cue]!.length).split(/[,.;:!?]/)[0]!;
    const afterWords = clause.split(/\s+/).filter(Boolean);
    const after: string[] = [];
    for (let i = 0; i < afterWords.length && after.length < 5; i++) {
      const w = afterWords[i]!;
      if (/^(?:on|in|at|last|this|that|after|before|while|when|during|since|to|and)$/i.test(w) || isTime(w, 0)) break;
      after.push(w);
    }
    speaker = after;
  }
  speaker = speaker.filter((w) => !/^(?:also|then|later|earlier|again|had|has|have|was|were|is|would|will)$/i.test(w));
  if (!speaker.length || speaker.length > 10) return null;
  // "the ministry of foreign affairs of the republic" → "ministry of foreign affairs"
  const of2 = speaker.findIndex((w, i) => i > 0 && /^of$/i.test(w) && speaker.slice(0, i).some((x) => /^of$/i.test(x)));
  if (of2 > 0) speaker = speaker.slice(0, of2);
  if (speaker.length > 5) speaker = speaker.slice(0, 5);
  const who = capitalize(speaker.join(' ').replace(/^(?:the|a|an)\s+/i, '')).replaceAll(ABBR_DOT, '.');
  const pronoun = speaker.length === 1 && /^(?:he|she|they|we|i|it)$/i.test(speaker[0]!);
  const gist = summarize(text, clauseOfQuote(text, { start: span.start + 1, end: quoteEnd }, timex), timex, 8);
  if (!gist) return `${who} made a statement`;
  const g = gist;
  return pronoun ? `${who} said: ${g}` : `${who}: ${g}`;
}


/** "Belarusian opposition organized protests", "Dmitry Peskov said Kremlin will not give assessments". */
export function summarize(text: string, span: Span, timex?: Span, maxWords = 12): string {
  const led = quoteLed(text, span, timex);
  if (led) return tidy(led, maxWords + 2);
  // Words of the clause, without the timex and without quoted matter.
  const toks: Tok[] = [];
  const re = /[$€£¥]?[\p{L}\p{N}](?:[\p{L}\p{N}'’.-]|,(?=\d{3}(?!\d)))*%?|["“”]/gu;
  re.lastIndex = span.start;
  let m: RegExpExecArray | null;
  let inQuote = false;
  // A quotation inside the clause ('said that "the law is a disgrace"') is part of the object; only
  // a quotation leading the clause is set aside.
  const leadQuote = OPEN_Q.test(text.slice(span.start, span.end));
  const quoted: Tok[] = [];
  while ((m = re.exec(text)) !== null && m.index < span.end) {
    const w = m[0].replace(/[.]+$/, (x) => (/^(?:\p{Lu}\.)+$/u.test(m![0]) ? x : ''));
    if (w === '"' || w === '“' || w === '”') { inQuote = leadQuote && (w === '“' ? true : w === '”' ? false : !inQuote); continue; }
    if (timex && m.index >= timex.start && m.index < timex.end) {
      // drop the preposition that governs the timex ("on Thursday", "since 2019")
      const list = inQuote ? quoted : toks;
      const prev = list[list.length - 1];
      // (not before a date that modifies a noun: "a drop in third-quarter profit" keeps "in")
      const modifier = /-/.test(text.slice(timex.start, timex.end)) && /^\s+\p{Ll}/u.test(text.slice(timex.end, timex.end + 3));
      if (prev && !modifier && /^(?:on|in|at|since|by|during|until|from|of|last|this|next)$/i.test(prev.w) && /^\s*$/.test(text.slice(prev.e, timex.start))) {
        list.pop();
        // "by the end of [the month]", "at the start of [2021]": the part of the period goes with it
        const n = list.length;
        if (prev.w.toLowerCase() === 'of' && n >= 2 && /^(?:end|start|beginning|middle|close|turn)$/i.test(list[n - 1]!.w) && /^the$/i.test(list[n - 2]!.w)) {
          list.length = n - 2;
          const gov = list[list.length - 1];
          if (gov && /^(?:by|at|until|before|after|from|since|in|toward|towards)$/i.test(gov.w)) list.pop();
        }
      }
      continue;
    }
    const tok = { w, s: m.index, e: m.index + m[0].length };
    if (inQuote) quoted.push(tok);
    else toks.push(tok);
  }
  // Drop a leading adverbial ("On , the opposition..." after the timex is removed).
  let i = 0;
  while (i < toks.length && LEAD_PREP.test(toks[i]!.w)) i++;
  const words = withoutApposition(text, withoutRelative(text, toks.slice(i), timex), timex);
  let v = words.findIndex((t, k) => k > 0 && isVerb(t.w) && !AUX.has(t.w.toLowerCase()) || (k > 0 && AUX.has(t.w.toLowerCase()) && /^(?:has|have|had|will|would|was|were|is|are)$/i.test(t.w) && isContentVerbAhead(words, k)));
  if (v < 0) v = words.findIndex((t, k) => k > 0 && AUX.has(t.w.toLowerCase()));
  if (v < 0) {
    const base = words.length ? words : quoted;
    return tidy(base.slice(0, 10).map((t) => t.w).join(' '), maxWords);
  }
  // Subject: the words before the verb, after the last comma-bounded lead clause.
  let sStart = 0;
  for (let k = v - 1; k >= 0; k--) {
    const between = text.slice(words[k]!.e, words[k + 1]?.s ?? words[k]!.e);
    if (/[,(]/.test(between) && k < v - 1) { sStart = k + 1; break; }
  }
  const subj = words.slice(Math.max(sStart, v - 6), v).map((t) => t.w);
  // Verb group: auxiliaries and adverbs up to the content verb; when the date belongs to a second
  // verb of the same subject ("said ... and called for a response next Saturday"), that verb's.
  let k = coordinatedVerb(words, v, timex) ?? v;
  const verb: string[] = [];
  while (k < words.length && (AUX.has(words[k]!.w.toLowerCase()) || /ly$/.test(words[k]!.w)) && verb.length < 4) verb.push(words[k++]!.w);
  if (k < words.length && (isVerb(words[k]!.w) || verb.length > 0)) verb.push(words[k++]!.w);
  // Object: a few words up to a clause boundary.
  const obj: string[] = [];
  const verbLast = (verb[verb.length - 1] ?? '').toLowerCase();
  const saying = SAYING_VERB.test(verbLast);
  const objMax = saying ? 9 : 6;
  while (k < words.length && obj.length < objMax) {
    const t = words[k]!;
    const between = text.slice(words[k - 1]!.e, t.s);
    if (obj.length > 0 && /[,;:()]/.test(between)) break;
    if (!saying && obj.length > 0 && /^(?:after|before|because|while|when|which|who|where|although|since|following|amid|despite|in|on|at|for|with|to|by|from)$/i.test(t.w)) break;
    if (obj.length === 0 && /^(?:that)$/i.test(t.w)) { k++; continue; }
    obj.push(t.w);
    k++;
  }
  if (saying && obj.length === 0 && quoted.length) obj.push(...quoted.slice(0, 8).map((t) => t.w));
  // an object cut short ends on a content word ("that the firm had" → "that the firm")
  if (obj.length === objMax && k < words.length) while (obj.length > 1 && DANGLING.test(obj[obj.length - 1]!)) obj.pop();
  return tidy([...subj, ...verb, ...obj].join(' '), maxWords);
}

const SPEECH_ACT = /^(?:called|calls|urged|urges|warned|warns|announced|announces|vowed|vows|demanded|demands|asked|asks|praised|criticized|criticised|promised|promises|pledged|threatened|proposed|proposes)$/i;

/**
 * The second verb of a subject when the date comes after it ("Arteta said his team had been second best
 * and called for a response next Saturday" → "called"). After a verb of saying, "and" may join two
 * verbs of what was said, so only a speech act ("called", "urged", "promised") is taken there.
 */
function coordinatedVerb(words: readonly Tok[], v: number, timex?: Span): number | null {
  if (!timex || !isVerb(words[v]!.w)) return null;
  const saying = SAYING_VERB.test(words[v]!.w);
  let found: number | null = null;
  for (let j = v + 1; j + 1 < words.length && words[j + 1]!.s < timex.start; j++) {
    // a date inside a subordinate or relative clause after the verb is not that verb's ("ordered …, after fans threw flares last month")
    // (but "warned that ..." is the content of the verb found: its date is that verb's)
    const complement = found !== null && j === found + 1 && /^that$/i.test(words[j]!.w) && SAYING_VERB.test(words[found]!.w);
    // ("before the August recess" is a preposition before a noun phrase, not a clause)
    const preposition = /^(?:after|before|since|until)$/i.test(words[j]!.w) && /^(?:the|a|an|his|her|its|their|this|next|last)$/i.test(words[j + 1]!.w);
    if (found !== null && !complement && !preposition && /^(?:after|before|because|when|while|as|that|which|who|since|until|if)$/i.test(words[j]!.w)) found = null;
    if (!/^(?:and|but)$/i.test(words[j]!.w)) continue;
    const next = words[j + 1]!.w;
    if (isVerb(next) && !AUX.has(next.toLowerCase()) && (!saying || SPEECH_ACT.test(next) || SAYING_VERB.test(next))) found = j + 1;
  }
  return found;
}

/**
 * A relative clause set off by commas ("The masks, which are made of wood, will go on display"): when the
 * timex is outside it, it is left out; when the timex is inside it ("Ferraz, who was mayor from 2011"),
 * it becomes the clause, with its antecedent as subject ("Ferraz was mayor", "Varnhagen's Greens insisted").
 */
const NP_STOP = /^(?:to|in|on|at|for|by|with|from|into|through|over|under|up|down|out|off|and|or|but|that|than|as|said|says|told)$/i;

/** Whether a comma stands between word k - 1 and word k. */
function commaBetween(text: string, words: readonly Tok[], k: number): boolean {
  return k > 0 && text.slice(words[k - 1]!.e, words[k]!.s).includes(',');
}

/**
 * A participial apposition after the subject ("The study, published on Wednesday in Nature Medicine,
 * followed 11,000 patients"): left out, unless it holds the date (then it is what the date is about).
 */
function withoutApposition(text: string, words: Tok[], timex?: Span): Tok[] {
  const commaBefore = (k: number) => commaBetween(text, words, k);
  for (let r = 1; r < Math.min(words.length, 6); r++) {
    // "Truls Gulowsen, the group's leader, said": a noun phrase in apposition to a name
    // (or an age: "Reyes, 52, sold"; or names: "Acme and Borg, both members of the group, spent")
    const nominal =
      (/^(?:the|a|an|its|his|her|their|both|all|each|one|two|three|four|five|several)$/.test(words[r]!.w) || /^\d{1,3}$/.test(words[r]!.w)) &&
      words.slice(0, r).every((t, k) => /^\p{Lu}/u.test(t.w) || (k > 0 && /^(?:and|of|&)$/.test(t.w)));
    // (an adverb may lead the participle: "The subsidies, first approved in 2021, expire")
    const participle = (w: string) => /^(?:\p{Ll}+ed|\p{Ll}+ing|\p{Ll}+en|made|held|built|led|set|put|known|seen|shown|taken|given)$/u.test(w);
    const adverbLed = /^(?:first|originally|initially|once|already|newly|recently|long|widely)$/.test(words[r]!.w) && participle(words[r + 1]?.w ?? '');
    if (!commaBefore(r) || !(nominal || participle(words[r]!.w) || adverbLed)) continue;
    let close = r + 1;
    while (close < words.length && !commaBefore(close)) close++;
    if (close >= words.length || !(isVerb(words[close]!.w) || AUX.has(words[close]!.w.toLowerCase()))) return words;
    if (timex !== undefined && timex.start >= words[r]!.s && timex.start < words[close]!.s) {
      // the date is the apposition's: "Eva Lind, the leader of the union" / "The subsidies first approved as part of ..."
      if (nominal) return [...words.slice(0, r - 1), { ...words[r - 1]!, w: `${words[r - 1]!.w},` }, ...words.slice(r, close)];
      return adverbLed ? [...words.slice(0, r - 1), { ...words[r - 1]!, e: words[r]!.s }, ...words.slice(r, close)] : words;
    }
    const before = { ...words[r - 1]!, e: words[close]!.s };
    return [...words.slice(0, r - 1), before, ...words.slice(close)];
  }
  return words;
}

function withoutRelative(text: string, words: Tok[], timex?: Span): Tok[] {
  const commaBefore = (k: number) => commaBetween(text, words, k);
  for (let r = 1; r < words.length; r++) {
    const rel = words[r]!.w.toLowerCase();
    if ((rel !== 'which' && rel !== 'who' && rel !== 'whose') || !commaBefore(r)) continue;
    // the clause ends at the comma after which a verb comes ("which are made of wood, copper and raffia, will go")
    let close = r + 1;
    for (;;) {
      while (close < words.length && !commaBefore(close)) close++;
      let next = close + 1;
      while (next < words.length && !commaBefore(next)) next++;
      if (close >= words.length || next >= words.length || words.slice(close, next).some((t) => isVerb(t.w) || AUX.has(t.w.toLowerCase()))) break;
      close = next;
    }
    const inside = timex !== undefined && timex.start >= words[r]!.s && (close >= words.length || timex.start < words[close]!.s);
    if (!inside) {
      if (close >= words.length) continue;
      // the joined words keep no comma between them (the subject search reads the text between tokens)
      const before = { ...words[r - 1]!, e: words[close]!.s };
      return withoutRelative(text, [...words.slice(0, r - 1), before, ...words.slice(close)], timex);
    }
    // the antecedent: the noun phrase before the comma ("the port of Valderport", not "ship up to ... through")
    let a = r - 1;
    while (a > 0 && r - a < 6 && !commaBefore(a) && !NP_STOP.test(words[a - 1]!.w) && !isVerb(words[a - 1]!.w)) a--;
    const antecedent = words.slice(a, r);
    if (!antecedent.length) return words;
    const last = antecedent[antecedent.length - 1]!;
    const joined = { ...last, e: words[r + 1]?.s ?? last.e };
    if (rel === 'whose') joined.w = /s$/.test(last.w) ? `${last.w}’` : `${last.w}’s`;
    return [...antecedent.slice(0, -1), joined, ...words.slice(r + 1, close)];
  }
  return words;
}

function isContentVerbAhead(words: Tok[], k: number): boolean {
  for (let j = k + 1; j < Math.min(words.length, k + 4); j++) {
    const w = words[j]!.w;
    if (AUX.has(w.toLowerCase()) || /ly$/.test(w)) continue;
    return isVerb(w) || /^[a-z]+$/.test(w);
  }
  return false;
}

const DANGLING = /^(?:the|a|an|of|to|in|on|at|for|by|with|from|and|or|but|that|which|who|its|their|his|her|our|as|than|into|over|any|some|this|these|those|will|would|could|should|has|have|had|is|are|was|were|be|not)$/i;

/** Headline-style clean-up: no quote marks, no leading article, at most `maxWords` words, capitalized. */
function tidy(s: string, maxWords = 12): string {
  let words = s.replace(/["“”«»]/g, ' ').replace(/\s+/g, ' ').trim().replace(/^(?:the|a|an)\s+/i, '').split(' ').filter(Boolean);
  if (words.length > maxWords) words = words.slice(0, maxWords);
  // (also where the date was taken out: "would open three clinics over [the weekend]")
  while (words.length > 3 && DANGLING.test(words[words.length - 1]!)) words.pop();
  let out = words.join(' ').replace(/[\s,;:]+$/, '');
  if (out.length > 110) out = out.slice(0, 107).replace(/\s+\S*$/, '') + '…';
  return capitalize(out);
}
