/**
 * A cheap tense guess for the clause around a temporal expression: the nearest verb-like marker in
 * the sentence decides ("will meet on Thursday" → future, "met on Thursday" → past).
 */
import type { Span } from '../types.ts';
import { spanIndexAt } from '../text/segment.ts';

export type Tense = 'past' | 'present' | 'future';

const FUTURE = new Set(['will', "'ll", 'shall', 'would', "won't", 'upcoming', 'tomorrow', 'scheduled', 'planned', 'plans', 'plan', 'intends', 'expect', 'expects', 'expected', 'due', 'until', 'till', 'ahead', 'planning', 'slated', 'soon', 'effective']);
const PAST_IRREGULAR = new Set([
  'was', 'were', 'had', 'did', 'said', 'told', 'met', 'went', 'came', 'began', 'took', 'made', 'gave', 'held', 'left',
  'saw', 'won', 'lost', 'fell', 'rose', 'sold', 'bought', 'paid', 'got', 'found', 'thought', 'knew', 'spoke', 'wrote',
  'ran', 'brought', 'sent', 'spent', 'built', 'led', 'felt', 'kept', 'became', 'broke', 'chose', 'drew', 'drove',
  'ate', 'flew', 'forgot', 'froze', 'grew', 'hid', 'hit', 'hung', 'heard', 'meant', 'put', 'quit', 'read', 'rode', 'rang',
  'sang', 'sank', 'sat', 'set', 'shook', 'shot', 'shut', 'slept', 'slid', 'stood', 'stole', 'struck', 'swore', 'taught',
  'tore', 'threw', 'understood', 'woke', 'wore', 'wept', 'withdrew', 'since', 'ago', 'yesterday', 'last', 'earlier', 'cut', 'fought',
  'sought', 'caught', 'dealt', 'lent', 'bent', 'overtook', 'undertook', 'forecast', 'quoted', 'reported',
]);
/** Verbs of a schedule: in the present tense with a date they look ahead ("the law takes effect on Jan. 1", "the trial begins Monday"). */
const SCHEDULED_PRESENT = new Set([
  'takes', 'begins', 'starts', 'opens', 'ends', 'expires', 'closes', 'resumes', 'kicks', 'launches', 'debuts', 'premieres',
  'convenes', 'reconvenes', 'lapses', 'matures',
]);
const PRESENT = new Set(['is', 'are', 'says', 'say', 'has', 'have', 'am', 'does', 'do', "isn't", "aren't"]);
const NOT_PAST_ED = new Set([
  'need', 'feed', 'seed', 'speed', 'bed', 'red', 'hundred', 'indeed', 'proceed', 'exceed', 'succeed', 'shed', 'bred',
  'embed', 'breed', 'greed', 'weed', 'deed', 'creed', 'sled', 'wed', 'fed', 'led', 'united', 'limited', 'related',
  'based', 'proposed', 'expected', 'scheduled', 'planned', 'unexpected', 'detailed', 'advanced', 'supposed', 'armed',
  'concerned', 'interested', 'elected', 'alleged', 'so-called', 'called', 'named',
]);

const TIME_UNIT = /^(?:week|weekend|month|year|quarter|season|spring|summer|fall|autumn|winter|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/i;
const LOOKS_AHEAD = new Set([
  'hoped', 'hopes', 'wants', 'wanted', 'aims', 'aimed', 'intend', 'intends', 'intended', 'vowed', 'vows', 'pledged',
  'pledges', 'threatened', 'threatens', 'urged', 'urges',
]);
/** Words that open another clause: a tense marker beyond one belongs to that clause. */
const CLAUSE = new Set(['that', 'which', 'who', 'whom', 'whose', 'because', 'before', 'after', 'while', 'when', 'where', 'although', 'though', 'but', 'if', 'unless', 'until']);

function classify(word: string, prev: string[], next: string, after: readonly string[] = []): Tense | null {
  const w = word.toLowerCase();
  // "next week" looks ahead; "next to" does not
  // "set to resume", "is to meet", "were planning to": arrangements look ahead
  if ((w === 'set' || w === 'going') && next.toLowerCase() === 'to') return 'future';
  if (/^(?:is|are|was|were)$/.test(w)) {
    if (next.toLowerCase() === 'to') return 'future';
    if (/^(?:planning|scheduled|expected|due|set|going|poised|slated)$/i.test(next)) return null;
  }
  // "one last time", "the last two": only "last week/May/Friday" looks back
  if (w === 'last') return TIME_UNIT.test(next) ? 'past' : null;
  // "hoped to present", "vowed to return": an intention looks ahead ("agreed to buy ... in February" is
  // as often the date of the agreement, so it is left to the other markers)
  if (next.toLowerCase() === 'to' && LOOKS_AHEAD.has(w)) return 'future';
  // "urged lawmakers to try again", "urged the two sides to return": an object, then what it should do
  if (/^urg(?:ed|es|e|ing)$/.test(w) && after.slice(1, 4).some((x) => x.toLowerCase() === 'to')) return 'future';
  if (w === 'next') return /^(?:week|month|year|quarter|day|season|spring|summer|fall|autumn|winter|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|time)$/i.test(next) ? 'future' : null;
  const before = prev.length ? prev[prev.length - 1]!.toLowerCase() : '';
  // "wants a decision before the election in September": a present wish looks ahead whatever follows
  if (LOOKS_AHEAD.has(w) && /s$/.test(w) && !/^(?:the|a|an|its|his|her|their|our|new|many|few)$/.test(before)) return 'future';
  // "the plan", "its plans" are nouns
  if ((w === 'plan' || w === 'plans') && /^(?:the|a|its|his|her|their|our|this|that|new|peace|rescue)$/.test(before)) return null;
  // "held rates on Thursday, as expected", "sooner than planned": a comparison, not a plan
  if (/^(?:expected|planned|scheduled|forecast|predicted|anticipated)$/.test(w) && /^(?:as|than)$/.test(before)) return null;
  // "had been scheduled to", "had planned to": a plan seen from the past
  if (FUTURE.has(w) && /^(?:scheduled|planned|expected|due|slated|set)$/.test(w) && prev.slice(-2).some((p) => p.toLowerCase() === 'had')) return 'past';
  if (FUTURE.has(w)) return 'future';
  if (PAST_IRREGULAR.has(w)) {
    // "will be held", "to be sold": a participle after a future auxiliary
    if (/^(?:be|been)$/.test(before) && prev.slice(-3).some((p) => /^(?:will|would|shall|to|'ll)$/i.test(p))) return 'future';
    return 'past';
  }
  if (PRESENT.has(w)) return 'present';
  // "it takes effect", not "the takes" or "his opens"
  if (SCHEDULED_PRESENT.has(w) && !/^(?:the|a|an|its|his|her|their|our)$/.test(before)) return 'future';
  if (/^[a-z]{3,}ed$/.test(word) && !NOT_PAST_ED.has(w)) {
    // "will be sentenced", "to be held": an auxiliary before the participle decides
    for (const p of prev.slice(-3)) {
      const pl = p.toLowerCase();
      if (pl === 'will' || pl === "'ll" || pl === 'would' || pl === 'shall' || pl === 'to') return 'future';
      if (pl === 'is' || pl === 'are' || pl === 'be' || pl === 'being' || pl === 'been') return pl === 'been' ? 'past' : null;
    }
    return 'past';
  }
  return null;
}

/** Tense of the clause around [start, end) within its sentence. */
export function tenseAt(text: string, sentences: readonly Span[], start: number, end: number): Tense {
  const si = spanIndexAt(sentences, start);
  const s = si >= 0 ? sentences[si]! : { start: Math.max(0, start - 200), end: Math.min(text.length, end + 200) };
  // Inside a quotation, the quoted words set the tense, not the attribution around them
  // ('"We expect it to peak on Thursday," she said'); a quotation without a tense marker leaves it to the sentence.
  const q = quotationAround(text, s, start, end);
  return (q && nearestMarker(text, q, start, end)) ?? nearestMarker(text, s, start, end) ?? 'present';
}

/** The tense of the marker nearest to [start, end) within `window`, or null when it has none. */
function nearestMarker(text: string, window: Span, start: number, end: number): Tense | null {
  const words: Array<{ w: string; at: number }> = [];
  const re = /[A-Za-z']+(?:-[A-Za-z]+)*/g;
  re.lastIndex = window.start;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && m.index < window.end) words.push({ w: m[0], at: m.index });
  let best: Tense | null = null;
  let bestDist = Infinity;
  // a marker after the expression but beyond the start of another clause counts much less
  let clauseAfter = Infinity;
  for (const { w, at } of words) {
    if (at >= end && CLAUSE.has(w.toLowerCase())) {
      clauseAfter = at;
      break;
    }
  }
  for (let i = 0; i < words.length; i++) {
    const { w, at } = words[i]!;
    if (at >= start && at < end) continue;
    const t = classify(w, words.slice(Math.max(0, i - 3), i).map((x) => x.w), words[i + 1]?.w ?? '', words.slice(i + 1, i + 5).map((x) => x.w));
    if (!t) continue;
    // words after the expression count slightly less than words before it
    const dist = at < start ? start - at : (at - end) * (at >= clauseAfter ? 10 : 1.2);
    if (dist < bestDist) {
      bestDist = dist;
      best = t;
    }
  }
  return best;
}

/** The quotation marks around [start, end) within the sentence, if it is quoted: straight marks by parity, curly ones by pairing. */
function quotationAround(text: string, sentence: Span, start: number, end: number): Span | null {
  const before = text.slice(sentence.start, start);
  const open = before.lastIndexOf('“');
  if (open >= 0 && before.indexOf('”', open) < 0) {
    const close = text.indexOf('”', end);
    if (close >= 0 && close <= sentence.end) return { start: sentence.start + open + 1, end: close };
  }
  let straight = 0;
  for (let i = 0; i < before.length; i++) if (before.charCodeAt(i) === 34) straight++;
  if (straight % 2 === 1) {
    const close = text.indexOf('"', end);
    if (close >= 0 && close <= sentence.end) return { start: sentence.start + before.lastIndexOf('"') + 1, end: close };
  }
  return null;
}
