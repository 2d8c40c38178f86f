import type { IsoDate, Span, Timex, TimexId, TimexType } from '../types.ts';
import {
  addMonths, dayNumber, daysInMonth, formatDay, formatIsoWeek, fromDayNumber, isoWeek, isoWeekday,
  isoWeekStart, pad, parseIsoDate, quarterOf,
} from './calendar.ts';
import {
  MONTH_RE, NUM_RE, ORDINALS, PART_OF_DAY, PART_OF_DAY_RE, SEASONS, SEASON_RE, SEASON_START,
  SPELLED_YEAR_RE, UNIT_RE, WEEKDAY_RE, durationValue, monthNumber, parseNumber, parseSpelledYear,
  unitOf, weekdayNumber,
} from './lexicon.ts';
import type { Unit } from './lexicon.ts';
import { tenseAt } from './tense.ts';
import type { Tense } from './tense.ts';

export interface TimeContext {
  published: IsoDate | null;
  sentences: Span[];
}

/** What a rule recognized; resolved to a TIMEX3 value in text order. */
interface Cand {
  start: number;
  end: number;
  type: TimexType;
  resolve: (env: Env) => string;
  /** Higher wins among candidates of the same length at the same start. */
  prio: number;
  /** False for anaphoric expressions, which must not become the reference time. */
  anchor: boolean;
}

interface Env {
  /** Publication date as a UTC day number, or null. */
  dct: number | null;
  tense: () => Tense;
  ref: RefState;
  /** Text just after the expression (for "the year ended ..."). */
  after: string;
  /** Offset of the expression. */
  at: number;
}

/** Discourse state for anaphoric expressions ("the quarter", "a year earlier", "the next day"). */
interface RefState {
  day: number | null;
  quarter: { y: number; q: number } | null;
  /** Text offset where the reference quarter was mentioned. */
  quarterAt: number;
  year: number | null;
  /** The month under discussion, when a month was the last date mentioned ("in February ... a year earlier"). */
  month: { y: number; m: number } | null;
}

// ---------------------------------------------------------------------------------------------
// Resolution helpers

type Gran = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'half' | 'year' | 'decade' | 'century';

const UNDERSPECIFIED: Record<Gran, string> = {
  day: 'XXXX-XX-XX', week: 'XXXX-WXX', weekend: 'XXXX-WXX-WE', month: 'XXXX-XX', quarter: 'XXXX-QX',
  half: 'XXXX-HX', year: 'XXXX', decade: 'XXX', century: 'XX',
};

/** The value of the period of granularity `g` that is `k` periods from day `n`. */
function shifted(n: number, g: Gran, k: number): string {
  const { y, m } = fromDayNumber(n);
  switch (g) {
    case 'day': return formatDay(n + k);
    case 'week': return formatIsoWeek(n + 7 * k);
    case 'weekend': return formatIsoWeek(n + 7 * k) + '-WE';
    case 'month': { const a = addMonths(y, m, k); return `${pad(a.y, 4)}-${pad(a.m)}`; }
    case 'quarter': { const a = addMonths(y, m, 3 * k); return `${pad(a.y, 4)}-Q${quarterOf(a.m)}`; }
    case 'half': { const a = addMonths(y, m, 6 * k); return `${pad(a.y, 4)}-H${a.m <= 6 ? 1 : 2}`; }
    case 'year': return pad(y + k, 4);
    case 'decade': return String(Math.floor(y / 10) + k);
    case 'century': return pad(Math.floor(y / 100) + k, 2);
  }
}

function rel(g: Gran, k: number): (env: Env) => string {
  return (env) => (env.dct === null ? UNDERSPECIFIED[g] : shifted(env.dct, g, k));
}

function unitGran(u: Unit): Gran {
  switch (u) {
    case 'second': case 'minute': case 'hour': case 'day': return 'day';
    case 'week': case 'fortnight': return 'week';
    case 'weekend': return 'weekend';
    case 'month': return 'month';
    case 'quarter': return 'quarter';
    case 'year': return 'year';
    case 'decade': return 'decade';
    case 'century': return 'century';
  }
}

/** Shifts day n by k units, returning the value at the unit's granularity. */
function shiftByUnit(n: number, u: Unit, k: number): string {
  switch (u) {
    case 'fortnight': return shifted(n, 'week', 2 * k);
    case 'decade': return shifted(n, 'year', 10 * k).slice(0, 3);
    default: return shifted(n, unitGran(u), k);
  }
}

/** A weekday resolved against the publication date, by tense. */
function weekdayValue(env: Env, dow: number, dir: -1 | 0 | 1 | null): string {
  if (env.dct === null) return `XXXX-WXX-${dow}`;
  const cur = isoWeekday(env.dct);
  const tense = dir === null ? env.tense() : dir === 1 ? 'future' : dir === -1 ? 'past' : env.tense();
  let n: number;
  if (dir === -1) n = env.dct - (((cur - dow + 7) % 7) || 7);
  else if (dir === 1) n = env.dct + (((dow - cur + 7) % 7) || 7);
  else if (tense === 'future') n = env.dct + ((dow - cur + 7) % 7);
  else n = env.dct - ((cur - dow + 7) % 7);
  return formatDay(n);
}

/** Year for a month (and day) given without a year, by tense. */
function yearFor(env: Env, month: number, day: number | null, dir: -1 | 0 | 1 | null): number | null {
  if (env.dct === null) return null;
  const { y, m, d } = fromDayNumber(env.dct);
  const cmp = month !== m ? month - m : day === null ? 0 : day - d;
  if (dir === -1) return cmp < 0 ? y : y - 1;
  if (dir === 1) return cmp > 0 ? y : y + 1;
  if (dir === 0) return y;
  const tense = env.tense();
  // Dates shortly after publication in past-tense sentences are deadlines ("set to expire Nov. 6").
  if (day === null) {
    const ahead = (month - m + 12) % 12;
    if (ahead >= 1 && ahead <= 2 && tense !== 'future') return month > m ? y : y + 1;
  }
  const ahead = day === null ? month - m : dayNumber(y, month, Math.min(day, daysInMonth(y, month))) - env.dct;
  const soon = day === null ? ahead >= 0 && ahead <= 2 : ahead >= 0 && ahead <= 62;
  if (tense === 'past') return cmp <= 0 || soon ? y : y - 1;
  if (tense === 'future' && day !== null && ahead < 0 && ahead >= -7) return y;
  if (tense === 'future') return cmp >= 0 ? y : y + 1;
  // Present or unknown: the nearest occurrence.
  const target = dayNumber(y, month, Math.min(day ?? 15, daysInMonth(y, month)));
  const here = day === null ? dayNumber(y, m, 15) : env.dct;
  const diff = target - here;
  if (diff > 183) return y - 1;
  if (diff < -183) return y + 1;
  return y;
}

function monthValue(env: Env, month: number, dir: -1 | 0 | 1 | null): string {
  const y = yearFor(env, month, null, dir);
  return `${y === null ? 'XXXX' : pad(y, 4)}-${pad(month)}`;
}

function monthDayValue(env: Env, month: number, day: number, dir: -1 | 0 | 1 | null = null): string {
  const y = yearFor(env, month, day, dir);
  return `${y === null ? 'XXXX' : pad(y, 4)}-${pad(month)}-${pad(day)}`;
}

function seasonValue(env: Env, season: string, dir: -1 | 0 | 1 | null): string {
  if (env.dct === null) return `XXXX-${season}`;
  const { y, m } = fromDayNumber(env.dct);
  const start = SEASON_START[season]!;
  // Index seasons by the year their first month falls in; January/February belong to last winter.
  const curSeason = m === 12 || m <= 2 ? 'WI' : m <= 5 ? 'SP' : m <= 8 ? 'SU' : 'FA';
  const curYear = m <= 2 ? y - 1 : y;
  const order = ['SP', 'SU', 'FA', 'WI'];
  const ci = curYear * 4 + order.indexOf(curSeason);
  let ti = curYear * 4 + order.indexOf(season);
  const tense = dir === null ? env.tense() : null;
  if (dir === -1 || (dir === null && tense === 'past')) { if (ti > ci || (dir === -1 && ti === ci)) ti -= 4; }
  else if (dir === 1 || (dir === null && tense === 'future')) { if (ti < ci || (dir === 1 && ti === ci)) ti += 4; }
  else if (dir === 0) {
    // "this spring": the one the clause's tense points to; with none, the nearer one ("this spring" in
    // January is the coming spring, not last year's)
    const t = env.tense();
    // (three seasons back by this index is never "this": "this spring" in January, whatever the tense)
    if ((t === 'future' && ti < ci) || ti - ci <= -3) ti += 4;
    else if (t === 'past' && ti - ci >= 2) ti -= 4;
    else if (t === 'present' && ti - ci <= -2) ti += 4;
  }
  void start;
  return `${pad(Math.floor(ti / 4), 4)}-${season}`;
}

function quarterValue(env: Env, q: number, year: number | null, yearShift = 0): string {
  if (year !== null) return `${pad(year + yearShift, 4)}-Q${q}`;
  if (env.dct === null) return `XXXX-Q${q}`;
  const { y, m } = fromDayNumber(env.dct);
  const cq = quarterOf(m);
  const tense = env.tense();
  const yy = q > cq && tense !== 'future' ? y - 1 : y;
  return `${pad(yy + yearShift, 4)}-Q${q}`;
}

/** The quarter under discussion: the last one mentioned, else the last completed one. */
function refQuarter(env: Env): { y: number; q: number } | null {
  if (env.ref.quarter) return env.ref.quarter;
  if (env.dct === null) return null;
  const { y, m } = fromDayNumber(env.dct);
  const a = addMonths(y, m, -3);
  return { y: a.y, q: quarterOf(a.m) };
}

/** The quarter mentioned shortly before, if any (financial results: "a year earlier"). */
function recentQuarter(env: Env): { y: number; q: number } | null {
  return env.ref.quarter && env.at - env.ref.quarterAt < 1500 ? env.ref.quarter : null;
}

function refDay(env: Env): number | null {
  return env.ref.day ?? env.dct;
}

// ---------------------------------------------------------------------------------------------
// Rules

type Build = (m: RegExpExecArray, text: string) => Omit<Cand, 'start' | 'end' | 'prio' | 'anchor'> & { start?: number; end?: number; prio?: number; anchor?: boolean } | null | Array<Omit<Cand, 'prio' | 'anchor'> & { prio?: number }>;

interface Rule {
  re: RegExp;
  build: Build;
  needle?: RegExp;
}

const rules: Rule[] = [];
function rule(src: string, build: Build, flags = 'gi'): void {
  rules.push({ re: new RegExp(src, flags), build });
}
/**
 * A rule that can only match a text in which `needle` matches (a word or pattern every match of the
 * rule contains): texts without it skip the rule's scan. Only a speed-up: a needle must never be
 * stricter than the rule.
 */
function ruleIf(needle: RegExp, src: string, build: Build, flags = 'gi'): void {
  rules.push({ re: new RegExp(src, flags), build, needle });
}
// Needles of rules that need a month, a weekday, a time unit or a season name.
const MONTH_NEEDLE = new RegExp(MONTH_RE, 'i');
const WEEKDAY_NEEDLE = new RegExp(WEEKDAY_RE, 'i');
const UNIT_NEEDLE = new RegExp(UNIT_RE, 'i');
const SEASON_NEEDLE = new RegExp(SEASON_RE, 'i');

const B = '(?<![\\w$#£€.\\-/])'; // left word boundary (no money, no decimals, no hyphen compounds)
const E = '(?![\\w]|-\\w)';
const cap = (s: string | undefined): boolean => !!s && /^[A-Z]/.test(s);
const g = (m: RegExpExecArray, name: string): string | undefined => m.groups?.[name];

const date = (resolve: (env: Env) => string, type: TimexType = 'DATE') => ({ type, resolve });
const fixed = (value: string, type: TimexType = 'DATE') => ({ type, resolve: () => value });

const PRE_MOD = '(?:(?:very\\s+)?(?:early|late|mid)[\\s-]+|the\\s+(?:end|beginning|start|middle|turn)\\s+of\\s+)';
const APPROX = '(?:(?:about|around|approximately|nearly|almost|roughly|more\\s+than|less\\s+than|fewer\\s+than|at\\s+least|at\\s+most|just|only|some|up\\s+to|over|under|barely|well\\s+over|the\\s+better\\s+part\\s+of)\\s+)';
const YEAR = '(?:1[5-9]\\d\\d|20\\d\\d)';

// Full dates with a year: "Sept. 30, 1989", "Wednesday, Jan. 5, 2000", "September 11th 2001"
ruleIf(MONTH_NEEDLE, `${B}(?:(?<wd>${WEEKDAY_RE}),?\\s+)?(?<mon>${MONTH_RE})\\s*(?<day>\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s*(?<year>${YEAR}|'\\d\\d))?${E}`, (m, text) => {
  if (!cap(g(m, 'mon'))) return null;
  const mo = monthNumber(g(m, 'mon')!);
  const d = Number(g(m, 'day'));
  if (!mo || d < 1 || d > 31) return null;
  const ys = g(m, 'year');
  if (ys) {
    const y = ys.startsWith("'") ? 1900 + Number(ys.slice(1)) : Number(ys);
    return fixed(`${pad(y, 4)}-${pad(mo)}-${pad(d)}`);
  }
  // "last Oct. 23", "next March 3": the modifier picks the year but stays outside the extent
  const lead = /\b(last|next|this\s+coming|this\s+past)\s+$/i.exec(text.slice(Math.max(0, m.index - 16), m.index));
  const dir: -1 | 1 | null = lead ? (/last|past/i.test(lead[1]!) ? -1 : 1) : null;
  return date((env) => monthDayValue(env, mo, d, dir));
});
// Day ranges: "April 24 and 25", "March 3-5, 2021" → the second day is a timex of its own
ruleIf(/\d\s*(?:and|to|through|-|–)\s*\d/, `${B}(?<mon>${MONTH_RE})\\s*(?<d1>\\d{1,2})\\s*(?:and|to|through|-|–)\\s*(?<d2>\\d{1,2})(?:,?\\s*(?<year>${YEAR}))?(?![\\w%])`, (m) => {
  if (!cap(g(m, 'mon'))) return null;
  const mo = monthNumber(g(m, 'mon')!);
  const d1 = Number(g(m, 'd1'));
  const d2 = Number(g(m, 'd2'));
  if (!mo || d2 <= d1 || d2 > 31) return null;
  const ys = g(m, 'year');
  const end = m.index + m[0].length;
  const start = m.index + m[0].lastIndexOf(g(m, 'd2')!, ys ? m[0].length - ys.length - 1 : m[0].length);
  const firstEnd = m.index + m[0].indexOf(g(m, 'd1')!, g(m, 'mon')!.length) + g(m, 'd1')!.length;
  const day = (d: number) => (ys ? () => `${ys}-${pad(mo)}-${pad(d)}` : (env: Env) => monthDayValue(env, mo, d));
  return [
    { start: m.index, end: firstEnd, type: 'DATE', resolve: day(d1), prio: 1 },
    { start, end, type: 'DATE', resolve: day(d2), prio: 1 },
  ];
});
// "5 January 2020", "the 5th of January"
ruleIf(MONTH_NEEDLE, `${B}(?:the\\s+)?(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<mon>${MONTH_RE})(?:,?\\s+(?<year>${YEAR}))?${E}`, (m) => {
  if (!cap(g(m, 'mon'))) return null;
  const mo = monthNumber(g(m, 'mon')!);
  const d = Number(g(m, 'day'));
  if (!mo || d < 1 || d > 31) return null;
  const ys = g(m, 'year');
  if (ys) return fixed(`${ys}-${pad(mo)}-${pad(d)}`);
  return date((env) => monthDayValue(env, mo, d));
});
// ISO and numeric dates
ruleIf(/\d-\d\d-\d/, `${B}(?<y>${YEAR})-(?<mo>\\d{2})-(?<d>\\d{2})${E}`, (m) => {
  const v = `${g(m, 'y')}-${g(m, 'mo')}-${g(m, 'd')}`;
  return parseIsoDate(v) ? fixed(v) : null;
});
ruleIf(/\d\/\d/, `${B}(?<mo>\\d{1,2})/(?<d>\\d{1,2})/(?<y>\\d{4}|\\d{2})${E}`, (m) => {
  const mo = Number(g(m, 'mo'));
  const d = Number(g(m, 'd'));
  let y = Number(g(m, 'y'));
  if (y < 100) y += y < 50 ? 2000 : 1900;
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  return fixed(`${pad(y, 4)}-${pad(mo)}-${pad(d)}`);
});
// "September 2001", "mid-March 1998", "the end of June 2009", "January nineteen ninety-seven"
ruleIf(MONTH_NEEDLE, `${B}(?:${PRE_MOD})?(?<mon>${MONTH_RE}),?\\s+(?:of\\s+)?(?<year>${YEAR}|${SPELLED_YEAR_RE})${E}`, (m) => {
  if (!cap(g(m, 'mon'))) return null;
  const ys = g(m, 'year')!;
  const y = /^\d/.test(ys) ? Number(ys) : parseSpelledYear(ys);
  if (y === null) return null;
  return fixed(`${pad(y, 4)}-${pad(monthNumber(g(m, 'mon')!))}`);
});
// "June last year", "April next year", "early October this year"
ruleIf(/(?:this|last|next)\s+year/i, `${B}(?:${PRE_MOD})?(?<mon>${MONTH_RE})\\s+(?:of\\s+)?(?<rel>this|last|next)\\s+year${E}`, (m) => {
  if (!cap(g(m, 'mon'))) return null;
  const mo = monthNumber(g(m, 'mon')!);
  const k = { this: 0, last: -1, next: 1 }[g(m, 'rel')!.toLowerCase() as 'this' | 'last' | 'next'];
  return date((env) => (env.dct === null ? `XXXX-${pad(mo)}` : `${pad(fromDayNumber(env.dct).y + k, 4)}-${pad(mo)}`));
});
// Month alone: "in April", "late November", "last April", "this September"
ruleIf(MONTH_NEEDLE, `${B}(?<pre>(?:(?:in|since|until|till|by|during|through|from|to|of|before|after|for|early|late|mid|last|next|this|past|coming|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+middle\\s+of|the\\s+start\\s+of|this\\s+past)[\\s-]+)*)(?<mon>january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|aug|sept|oct|nov|dec)\\.)${E}`, (m, text) => {
  const mon = g(m, 'mon')!;
  if (!cap(mon)) return null;
  if (/^\s*\d{1,2}(?:st|nd|rd|th)?\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6))) return null;
  const pre = (g(m, 'pre') ?? '').toLowerCase();
  if ((mon === 'May' || mon === 'March') && !pre) return null;
  const mo = monthNumber(mon);
  // Keep modifiers that belong to the expression; drop prepositions.
  const keep = /((?:(?:early|late|mid|last|next|this|past|coming|this\s+past|the\s+end\s+of|the\s+beginning\s+of|the\s+middle\s+of|the\s+start\s+of)[\s-]+)*)$/.exec(pre);
  const kept = keep?.[1] ?? '';
  const whole = m[0];
  const start = m.index + whole.length - mon.length - kept.length;
  const dir: -1 | 0 | 1 | null = /\b(last|past)\b/.test(kept) ? -1 : /\b(next|coming)\b/.test(kept) ? 1 : /\bthis\b/.test(kept) ? 0 : null;
  return { start, end: m.index + whole.length, ...date((env) => monthValue(env, mo, dir)) };
});

// Years: "1998", "fiscal 1989", "early 2011", "the end of 1998", "the year 2000", "FY2020"
ruleIf(/1[5-9]\d\d|20\d\d/, `${B}(?:(?<fiscal>fiscal(?:\\s+year)?\\s+|fy\\s?)|(?<pre>${PRE_MOD})|the\\s+(?:calendar\\s+)?year\\s+)?(?<year>${YEAR})(?!\\s*(?:%|percent|per\\s?cent|-year|-odd|\\d))(?![\\w,.]\\d)${E}`, (m, text) => {
  const before = text.slice(Math.max(0, m.index - 12), m.index);
  if (/(?:\bno\.|\bnumber|\$|#|\bpages?|\bflight|\broute|\broom|\bmodel)\s*$/i.test(before) && !g(m, 'fiscal') && !g(m, 'pre')) return null;
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
  if (/^\s*(?:people|persons|men|women|troops|soldiers|jobs|workers|employees|shares|units|cars|feet|meters|metres|miles|pounds|tons|votes|km|kilometers|acres|points|dollars|yen|members|cases|deaths|students|children|homes|households|seats)\b/i.test(after)) return null;
  return fixed(g(m, 'year')!);
});
// Year ranges: "2009-2010", "1998-99" → two timexes
ruleIf(/\d\s*[-–/]\s*\d/, `${B}(?<a>${YEAR})\\s*[-–/]\\s*(?<b>\\d{4}|\\d{2})${E}`, (m) => {
  const a = Number(g(m, 'a'));
  const bs = g(m, 'b')!;
  const b = bs.length === 2 ? Math.floor(a / 100) * 100 + Number(bs) : Number(bs);
  if (b <= a || b - a > 30) return null;
  const s2 = m.index + m[0].length - bs.length;
  return [
    { start: m.index, end: m.index + 4, type: 'DATE', resolve: () => String(a), prio: 1 },
    { start: s2, end: s2 + bs.length, type: 'DATE', resolve: () => String(b), prio: 1 },
  ];
});
// Spelled years: "nineteen ninety-six", "the year two thousand"
ruleIf(/(?:nineteen|eighteen)[- ]|two\s+thousand/i, `${B}(?:the\\s+year\\s+)?(?<y>${SPELLED_YEAR_RE})${E}`, (m) => {
  const y = parseSpelledYear(g(m, 'y')!);
  return y === null ? null : fixed(String(y));
});
// Seasons with a year: "spring 1998", "the winter of nineteen ninety-four"
ruleIf(SEASON_NEEDLE, `${B}(?:the\\s+)?(?:(?:early|late|mid)[\\s-]+)?(?<s>${SEASON_RE})(?:\\s+of)?\\s+(?<year>${YEAR}|${SPELLED_YEAR_RE})${E}`, (m) => {
  const y = /^\d/.test(g(m, 'year')!) ? Number(g(m, 'year')) : parseSpelledYear(g(m, 'year')!);
  if (y === null) return null;
  return fixed(`${y}-${SEASONS[g(m, 's')!.toLowerCase()]}`);
});
// Seasons alone: "the summer", "over the summer", "the early summer", "this fall" (handled below)
ruleIf(SEASON_NEEDLE, `${B}the\\s+(?:(?:early|late|mid)[\\s-]+)?(?<s>${SEASON_RE})(?!\\s+of\\b)${E}`, (m) => {
  const s = SEASONS[g(m, 's')!.toLowerCase()]!;
  return date((env) => seasonValue(env, s, null));
});
const HALF_OF_YEAR = /\b(?:profits?|earnings|sales|revenues?|income|loss(?:es)?|results|fiscal|quarters?|growth|econom(?:y|ic)|output|demand|prices|shares|dividends?|forecasts?|budget|GDP|inflation)\b/i;
// Halves: "the first half of 1989", "the second half", "the last half of the year"
ruleIf(/half/i, `${B}the\\s+(?<h>first|second|last|latter|final)\\s+half(?<of>\\s+of\\s+(?:(?:fiscal\\s+)?(?<year>${YEAR})|(?<rel>this|last|next)\\s+year|the\\s+year))?${E}`, (m, text) => {
  // a bare "the second half" is part of a year only in business news, not of a match or a film
  if (!g(m, 'of') && !HALF_OF_YEAR.test(text.slice(Math.max(0, m.index - 160), m.index + m[0].length + 80))) return null;
  const h = /first/i.test(g(m, 'h')!) ? 1 : 2;
  const ys = g(m, 'year');
  if (ys) return fixed(`${ys}-H${h}`);
  const k = g(m, 'rel')?.toLowerCase() === 'last' ? -1 : g(m, 'rel')?.toLowerCase() === 'next' ? 1 : 0;
  return date((env) => (env.dct === null ? `XXXX-H${h}` : `${pad(fromDayNumber(env.dct).y + k, 4)}-H${h}`));
});
// Decades: "the 1990s", "the mid-1980s", "the '90s", "the nineties"
ruleIf(/\d0'?s/i, `${B}(?:the\\s+)?(?:(?:early|late|mid)[\\s-]+)?(?<y>1[0-9]\\d0|20\\d0)'?s${E}`, (m) => fixed(g(m, 'y')!.slice(0, 3)));
ruleIf(/'\d0s/i, `(?<![\\w])(?:the\\s+)?(?:(?:early|late|mid)[\\s-]+)?'(?<d>\\d)0s${E}`, (m) => fixed(`19${g(m, 'd')}`));
ruleIf(/ties/i, `${B}the\\s+(?:(?:early|late|mid)[\\s-]+)?(?<d>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)${E}`, (m) => {
  const d = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'].indexOf(g(m, 'd')!.toLowerCase()) + 2;
  return fixed(`19${d}`);
});
// Centuries: "the 20th century", "the twenty-first century"
ruleIf(/century/i, `${B}(?:the\\s+)?(?:(?:early|late|mid)[\\s-]+)?(?<n>\\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[- ]first)[\\s-]+century${E}`, (m) => {
  const s = g(m, 'n')!.toLowerCase();
  const n = /^\d/.test(s) ? parseInt(s, 10) : ORDINALS[s.replace(' ', '-')] ?? 0;
  if (!n) return null;
  return fixed(pad(n - 1, 2));
});

// Quarters: "the third quarter", "third-quarter", "the fourth quarter of 1998", "1989's second quarter", "Q3 2020"
const QORD = '(?<q>first|second|third|fourth|1st|2nd|3rd|4th|final)';
ruleIf(/quarter/i, `${B}(?:the\\s+)?(?:(?<yr>${YEAR})(?:'s)?\\s+|(?<relyr>last|this|next)\\s+year's\\s+)?(?:(?<mods>latest|current|fiscal|same|calendar|comparable|year-ago|year-earlier|fiscal-)\\s*)*${QORD}[\\s-]+(?:fiscal\\s+)?quarter(?:\\s+of\\s+(?:(?:fiscal|calendar)\\s+)?(?:(?<yr2>${YEAR})|(?<rel2>last|this|next)\\s+year|the\\s+(?:fiscal\\s+)?year))?${E}`, (m) => {
  const qs = g(m, 'q')!.toLowerCase();
  const q = qs === 'final' ? 4 : ORDINALS[qs] ?? 0;
  if (!q) return null;
  const ys = g(m, 'yr') ?? g(m, 'yr2');
  const r = (g(m, 'relyr') ?? g(m, 'rel2'))?.toLowerCase();
  if (ys) return fixed(`${ys}-Q${q}`);
  if (/year-(?:ago|earlier)/i.test(m[0])) {
    return { anchor: false, ...date((env) => {
      const rq = recentQuarter(env);
      if (rq && rq.q === q) return `${pad(rq.y - 1, 4)}-Q${q}`;
      const v = quarterValue(env, q, null, -1);
      return v;
    }) };
  }
  if (r) {
    const k = r === 'last' ? -1 : r === 'next' ? 1 : 0;
    return date((env) => (env.dct === null ? `XXXX-Q${q}` : `${pad(fromDayNumber(env.dct).y + k, 4)}-Q${q}`));
  }
  return date((env) => quarterValue(env, q, null));
});
ruleIf(/Q[1-4]/, `${B}Q(?<q>[1-4])(?:\\s+(?<y>${YEAR}))?${E}`, (m) => {
  const q = Number(g(m, 'q'));
  const ys = g(m, 'y');
  return ys ? fixed(`${ys}-Q${q}`) : date((env) => quarterValue(env, q, null));
}, 'g');
// Anaphoric quarters: "the quarter", "the latest quarter", "this quarter", "last quarter", "the year-ago quarter"
ruleIf(/quarter|period/i, `${B}(?:(?<the>the)\\s+)?(?<mod>latest|current|recent|most\\s+recent|just-ended|just\\s+ended|last|this|next|previous|prior|coming|same|year-ago|year-earlier|year\\s+ago|year\\s+earlier)?\\s*(?:fiscal\\s+)?(?<u>quarter|period)${E}`, (m, text) => {
  const mod = (g(m, 'mod') ?? '').toLowerCase().replace(/\s+/g, '-');
  const the = !!g(m, 'the');
  const u = g(m, 'u')!.toLowerCase();
  if (!the && !mod) return null;
  if (u === 'period' && !/^(latest|year-ago|year-earlier|same|most-recent)$/.test(mod)) return null;
  if (!mod && u === 'quarter' && !the) return null;
  const anchor = /^(current|this|last|previous|prior|next|coming)$/.test(mod);
  const ended = /^\s+(?:ended|ending)\s+(?<mon>[A-Z][a-z]+\.?)/.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 20));
  const endMonth = ended ? monthNumber(ended.groups!.mon!) : 0;
  if (endMonth && u === 'quarter' && (!mod || mod === 'latest' || mod === 'fiscal')) {
    const q = quarterOf(endMonth);
    return { ...date((env) => quarterValue(env, q, null)) };
  }
  return { anchor, ...date((env) => {
    const rq = refQuarter(env);
    if (env.dct === null && !env.ref.quarter) return 'XXXX-QX';
    const { y, m: mo } = env.dct === null ? { y: rq!.y, m: rq!.q * 3 } : fromDayNumber(env.dct);
    const dq = { y, q: quarterOf(mo) };
    let r = rq!;
    switch (mod) {
      case 'current': case 'this': r = dq; break;
      case 'last': case 'previous': case 'prior': { const a = addMonths(dq.y, dq.q * 3, -3); r = { y: a.y, q: quarterOf(a.m) }; break; }
      case 'next': case 'coming': { const a = addMonths(dq.y, dq.q * 3, 3); r = { y: a.y, q: quarterOf(a.m) }; break; }
      case 'year-ago': case 'year-earlier': r = { y: rq!.y - 1, q: rq!.q }; break;
      case 'latest': case 'most-recent': case 'just-ended': {
        const a = addMonths(dq.y, dq.q * 3, -3);
        const last = { y: a.y, q: quarterOf(a.m) };
        r = rq && rq.y * 4 + rq.q <= last.y * 4 + last.q ? rq : last;
        break;
      }
      default: break;
    }
    return `${pad(r.y, 4)}-Q${r.q}`;
  }) };
});
// "the 1988 period", "the 1989 quarter": the quarter under discussion in that year
ruleIf(/quarter|period/i, `${B}the\\s+(?<y>${YEAR})\\s+(?<u>period|quarter)${E}`, (m) => {
  const y = Number(g(m, 'y'));
  const isQuarter = g(m, 'u')!.toLowerCase() === 'quarter';
  return { anchor: false, ...date((env) => {
    const rq = recentQuarter(env) ?? (isQuarter ? refQuarter(env) : null);
    return rq ? `${pad(y, 4)}-Q${rq.q}` : pad(y, 4);
  }) };
});
// "the corresponding period last year", "last year's quarter", "the same quarter a year ago"
ruleIf(/quarter|period/i, `${B}(?:the\\s+(?:same|corresponding|comparable|year-ago|year-earlier)\\s+(?:period|quarter)\\s+(?:of\\s+|in\\s+)?(?:last\\s+year|a\\s+year\\s+(?:ago|earlier))|last\\s+year's\\s+(?:quarter|period)|the\\s+(?:quarter|period)\\s+a\\s+year\\s+(?:ago|earlier))${E}`, () => ({ anchor: false, ...date((env) => {
  const rq = recentQuarter(env) ?? refQuarter(env);
  if (!rq) return 'XXXX-QX';
  return `${pad(rq.y - 1, 4)}-Q${rq.q}`;
}) }));
// "year-earlier", "year-ago" as adjectives: "year-earlier profit"
ruleIf(/year[- ](?:earlier|ago)/i, `${B}(?:a\\s+)?year[- ](?:earlier|ago)(?=\\s+[a-z])`, () => ({ anchor: false, ...date((env) => {
  const rq = recentQuarter(env);
  if (rq) return `${pad(rq.y - 1, 4)}-Q${rq.q}`;
  return env.dct === null ? 'XXXX' : shifted(env.dct, 'year', -1);
}) }), 'gi');
// "the first nine months", "the nine months", "the six months ended" → durations
ruleIf(/months/i, `${B}the\\s+(?:first\\s+)?(?<n>three|six|nine|3|6|9|twelve|12)\\s+months${E}`, (m) => ({
  type: 'DURATION', resolve: () => `P${parseNumber(g(m, 'n')!)}M`,
}));

// Relative days and parts of days
ruleIf(/today|yesterday|tomorrow|tonight/i, `${B}(?:(?<mod>early|late|earlier|later)\\s+)?(?<w>today|yesterday|tomorrow|tonight)(?:\\s+(?<pod>${PART_OF_DAY_RE}))?${E}`, (m, text) => {
  const w = g(m, 'w')!.toLowerCase();
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
  if (/^['’]s\s+(?:world|youth|society|generation|children|young|kids|computers|economy|standards|technology|market|culture|families|students|teenagers|women|men|people)\b/i.test(after)) return null;
  if ((w === 'tomorrow' || w === 'today') && /\b(?:of|for)\s+$/i.test(text.slice(Math.max(0, m.index - 10), m.index)) && /^['’]?s?\s*[,.]/.test(after)) return null;
  const k = w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0;
  const pod = w === 'tonight' ? 'NI' : g(m, 'pod') ? PART_OF_DAY[g(m, 'pod')!.toLowerCase()] : undefined;
  if (pod) return { type: 'TIME', resolve: (env) => (env.dct === null ? `XXXX-XX-XXT${pod}` : `${formatDay(env.dct + k)}T${pod}`) };
  return date(rel('day', k));
});
ruleIf(/night|morning|afternoon|evening/i, `${B}(?:(?:early|late)\\s+)?(?<w>last|this|(?:mid|late|early)[\\s-]?)\\s*(?<pod>night|morning|afternoon|evening)${E}`, (m) => {
  const w = g(m, 'w')!.toLowerCase().trim();
  const pod = PART_OF_DAY[g(m, 'pod')!.toLowerCase()]!;
  if (w === 'last' && pod !== 'NI') return null;
  if (/^mid$/i.test(w) && /midnight/i.test(m[0])) return null; // "midnight" is a clock time
  const k = w === 'last' ? -1 : 0;
  return { type: 'TIME', resolve: (env) => (env.dct === null ? `XXXX-XX-XXT${pod}` : `${formatDay(env.dct + k)}T${pod}`) };
});
ruleIf(/day\s+(?:before|after)/i, `${B}the\\s+day\\s+(?<w>before|after)\\s+(?<x>yesterday|tomorrow)${E}`, (m) => {
  const k = g(m, 'x')!.toLowerCase() === 'yesterday' ? -2 : 2;
  return date(rel('day', k));
});

// "the week of March 6" → that ISO week
ruleIf(/week\s+of/i, `${B}the\\s+week\\s+of\\s+(?<mon>${MONTH_RE})\\s*(?<day>\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s*(?<year>${YEAR}))?${E}`, (m) => {
  if (!cap(g(m, 'mon'))) return null;
  const mo = monthNumber(g(m, 'mon')!);
  const d = Number(g(m, 'day'));
  if (!mo || d < 1 || d > 31) return null;
  const ys = g(m, 'year');
  return date((env) => {
    const y = ys ? Number(ys) : yearFor(env, mo, d, null);
    return y === null ? 'XXXX-WXX' : formatIsoWeek(dayNumber(y, mo, Math.min(d, daysInMonth(y, mo))));
  });
});
// "the previous Friday", "the following Monday": relative to the day under discussion
ruleIf(WEEKDAY_NEEDLE, `${B}the\\s+(?<dir>previous|prior|following|next)\\s+(?<wd>${WEEKDAY_RE})${E}`, (m) => {
  const wd = g(m, 'wd')!;
  const dow = weekdayNumber(wd);
  if (!cap(wd) || !dow) return null;
  const k = /previous|prior/i.test(g(m, 'dir')!) ? -1 : 1;
  return { anchor: false, ...date((env) => {
    const base = refDay(env);
    if (base === null) return `XXXX-WXX-${dow}`;
    const cur = isoWeekday(base);
    return formatDay(k < 0 ? base - (((cur - dow + 7) % 7) || 7) : base + (((dow - cur + 7) % 7) || 7));
  }) };
});
// Weekdays: "Thursday", "early Friday", "Monday morning", "last Friday", "next Tuesday"
ruleIf(WEEKDAY_NEEDLE, `${B}(?:(?<dir>last|next|this|this\\s+past|this\\s+coming|coming|past)\\s+)?(?:(?:early|late)\\s+)?(?<wd>${WEEKDAY_RE})(?:\\s+(?<pod>${PART_OF_DAY_RE}))?${E}`, (m, text) => {
  const wd = g(m, 'wd')!;
  if (!cap(wd)) return null;
  const dow = weekdayNumber(wd);
  if (!dow) return null;
  // "on Mondays" is a set
  if (/^s\b/.test(text.slice(m.index + m[0].length))) return null;
  const d = (g(m, 'dir') ?? '').toLowerCase();
  const dir: -1 | 0 | 1 | null = /last|past/.test(d) ? -1 : /next|coming/.test(d) ? 1 : null;
  const pod = g(m, 'pod') ? PART_OF_DAY[g(m, 'pod')!.toLowerCase()] : undefined;
  if (pod) return { type: 'TIME', resolve: (env) => (env.dct === null ? `XXXX-WXX-${dow}T${pod}` : `${weekdayValue(env, dow, dir)}T${pod}`) };
  return date((env) => weekdayValue(env, dow, dir));
});
ruleIf(/days/i, `${B}(?:on\\s+)?(?<wd>mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)${E}`, (m) => {
  const wd = g(m, 'wd')!;
  if (!cap(wd)) return null;
  const dow = weekdayNumber(wd.slice(0, -1));
  return { type: 'SET', resolve: () => `XXXX-WXX-${dow}`, start: m.index + m[0].length - wd.length };
});

// "last week", "this month", "next year", "earlier this year", "late last year", "the past year"
ruleIf(/(?:last|this|next|past|coming|previous|current|following|same)\s+(?:week|month|quarter|year|decade|century|spring|summer|fall|autumn|winter|fiscal)/i, `${B}(?<pre>(?:(?:early|earlier|late|later|mid|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of|the\\s+middle\\s+of|the\\s+rest\\s+of|the\\s+remainder\\s+of|so\\s+far)[\\s-]+)?)(?<the>the\\s+)?(?<dir>last|this|next|past|coming|previous|current|following|this\\s+past|this\\s+coming|same)\\s+(?<u>week|weekend|month|quarter|year|decade|century|${SEASON_RE}|fiscal\\s+year)${E}`, (m) => {
  const dirW = g(m, 'dir')!.toLowerCase().replace(/\s+/g, ' ');
  const the = !!g(m, 'the');
  const uw = g(m, 'u')!.toLowerCase().replace(/\s+/g, ' ');
  if (!the && (dirW === 'previous' || dirW === 'following' || dirW === 'same')) return null;
  if (the && (dirW === 'this' || dirW === 'this past' || dirW === 'this coming')) return null;
  const pre = g(m, 'pre') ?? '';
  const start = m.index + (/^so\s+far/i.test(pre) ? pre.length : 0);
  const k = /last|past|previous/.test(dirW) ? -1 : /next|coming|following/.test(dirW) ? 1 : 0;
  const anaphoric = dirW === 'previous' || dirW === 'following' || dirW === 'same';
  if (uw in SEASONS) {
    const s = SEASONS[uw]!;
    return { start, ...date((env) => seasonValue(env, s, k === 0 ? 0 : (k as -1 | 1))) };
  }
  const u = uw === 'fiscal year' ? 'year' : (uw as Gran);
  if (u === 'quarter') return null; // handled by the quarter rule
  return {
    start,
    ...date((env) => {
      const base = anaphoric ? refDay(env) : env.dct;
      if (base === null) return UNDERSPECIFIED[u];
      if (u === 'weekend' && k === 0) {
        // "this weekend": the coming one unless the verb is in the past
        const dow = isoWeekday(base);
        return env.tense() === 'past' && dow < 6 ? shifted(base, 'weekend', -1) : shifted(base, 'weekend', 0);
      }
      if (u === 'weekend' && k === -1) return isoWeekday(base) >= 6 ? shifted(base, 'weekend', -1) : shifted(base, 'weekend', -1);
      return shifted(base, u, k);
    }),
  };
});
// "the weekend": the last one in past contexts, the next one otherwise
ruleIf(/weekend/i, `${B}the\\s+weekend${E}`, () => date((env) => {
  if (env.dct === null) return 'XXXX-WXX-WE';
  const dow = isoWeekday(env.dct);
  if (dow >= 6) return shifted(env.dct, 'weekend', 0);
  return env.tense() === 'future' ? shifted(env.dct, 'weekend', 0) : shifted(env.dct, 'weekend', -1);
}));
// "the year", "the week", "the month" (the current one) and "the year ended June 30" (a duration)
ruleIf(/that\s+(?:year|month|week|same)/i, `${B}(?:(?<lead>(?:earlier|later|early|late)\\s+)?that\\s+(?<tu>year|month|week)|that\\s+same\\s+year)${E}`, (m) => {
  const u = (g(m, 'tu') ?? 'year').toLowerCase() as Gran;
  return { anchor: false, ...date((env) => {
    if (u === 'year' && env.ref.year !== null) return pad(env.ref.year, 4);
    const base = refDay(env);
    return base === null ? UNDERSPECIFIED[u] : shifted(base, u, 0);
  }) };
});
ruleIf(/fiscal/i, `${B}the\\s+(?<mod>full|entire|whole|latest|current|same)?\\s*fiscal\\s+year${E}`, (m, text) => {
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
  if (/^\s+(?:ended|ending)\b/i.test(after)) return { type: 'DURATION', resolve: () => 'P1Y' };
  const k = g(m, 'mod')?.toLowerCase() === 'latest' ? -1 : 0;
  return date(rel('year', k));
});
ruleIf(/(?:full|entire|whole)\s+year/i, `${B}the\\s+(?:full|entire|whole)\\s+year${E}`, () => date(rel('year', 0)));
ruleIf(/(?:the|this)\s+(?:year|week|month|day)/i, `${B}(?:the|this)\\s+(?<u>year|week|month|day)${E}`, (m, text) => {
  const u = g(m, 'u')!.toLowerCase() as Gran;
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
  if (/^\s+(?:ended|ending|to\s+date|through|that|before|after|in\s+which|when)\b/i.test(after)) {
    if (/^\s+(?:ended|ending)/i.test(after)) return { type: 'DURATION', resolve: () => durationValue(1, u as Unit) };
    return null;
  }
  if (/^the$/i.test(m[0].split(/\s/)[0]!) && u === 'day') return null;
  if (/^the$/i.test(m[0].split(/\s/)[0]!) && /^\s+(?:of|for)\b/i.test(after)) return null;
  if (u === 'day') return date(rel('day', 0));
  // "for the week, the index fell": a week of the current year, left unspecified (TimeBank)
  if (u === 'week' && /^the$/i.test(m[0].split(/\s/)[0]!)) return date((env) => (env.dct === null ? 'XXXX-WXX' : `${pad(fromDayNumber(env.dct).y, 4)}-WXX`));
  return date(rel(u, 0));
});
// "year-end", "year end", "the end of the year"
ruleIf(/end/i, `${B}(?:around\\s+|by\\s+)?(?:year[- ]end|year's\\s+end|the\\s+end\\s+of\\s+the\\s+year)${E}`, (m) => {
  const lead = /^(around|by)\s+/i.exec(m[0]);
  return { start: m.index + (lead && /^by/i.test(lead[0]) ? lead[0].length : 0), ...date(rel('year', 0)) };
});
// "the next day", "the previous week", "the following month", "that day", "the same day", "a day earlier"
rule(`${B}(?:the\\s+(?<dir>next|following|previous|prior|same)|that)\\s*(?<u>day|morning|night|evening|afternoon)?${E}`, (m) => {
  const d = (g(m, 'dir') ?? (/before/i.test(m[0]) ? 'before' : 'that')).toLowerCase();
  const u = g(m, 'u')?.toLowerCase();
  if (!u && d !== 'before') return null;
  if (d === 'that' && u !== 'day') return null;
  const k = /next|following/.test(d) ? 1 : /previous|prior|before/.test(d) ? -1 : 0;
  const pod = u && u !== 'day' ? PART_OF_DAY[u] : undefined;
  return {
    type: pod ? 'TIME' : 'DATE',
    resolve: (env) => {
      const base = refDay(env);
      if (base === null) return pod ? `XXXX-XX-XXT${pod}` : 'XXXX-XX-XX';
      return formatDay(base + k) + (pod ? `T${pod}` : '');
    },
  };
});

// "two years ago", "three days earlier", "a week later", "10 days from now"
ruleIf(/ago|earlier|later|before|after|from\s+now|hence|since/i, `${B}(?<approx>${APPROX})?(?<n>${NUM_RE})[\\s-]+(?<u>${UNIT_RE})\\s+(?<dir>ago|earlier|later|before|after|from\\s+now|hence|since)${E}`, (m, text) => {
  const n = parseNumber(g(m, 'n')!);
  const u = unitOf(g(m, 'u')!);
  if (n === null || !u) return null;
  const dirW = g(m, 'dir')!.toLowerCase();
  const approx = !!g(m, 'approx');
  if (dirW === 'before' || dirW === 'after' || dirW === 'since') {
    // "two days after the attack" → a duration without the preposition
    const end = m.index + m[0].length - dirW.length;
    return { end: trimEnd(text, m.index, end), type: 'DURATION', resolve: () => durationValue(n, u) };
  }
  // "three days later", "an hour earlier": TimeBank marks the length ("three days") as a duration
  // and leaves the anchoring to the signal word; years keep their date ("a year earlier" = 1988).
  if ((dirW === 'earlier' || dirW === 'later') && u !== 'year' && u !== 'decade' && u !== 'century' && u !== 'quarter') {
    const end = m.index + m[0].length - dirW.length;
    return { end: trimEnd(text, m.index, end), type: 'DURATION', resolve: () => durationValue(n, u) };
  }
  const k = dirW === 'ago' || dirW === 'earlier' ? -1 : 1;
  return { anchor: (u === 'day' || u === 'week' || u === 'month') && (dirW === 'ago' || /from\s+now|hence/.test(dirW)), ...date((env) => {
    const anaphoric = dirW === 'earlier' || dirW === 'later';
    const rq = recentQuarter(env);
    if (u === 'year' && n === 1 && k === -1 && rq) return `${pad(rq.y - 1, 4)}-Q${rq.q}`;
    if (n === 'X') return k < 0 ? 'PAST_REF' : 'FUTURE_REF';
    // "in February, up from 45 a year earlier": the same month of that year
    if (anaphoric && u === 'year' && env.ref.month && Number.isInteger(n)) return `${pad(env.ref.month.y + k * (n as number), 4)}-${pad(env.ref.month.m)}`;
    // "in 2015 ... a year later": count from the year under discussion
    if (anaphoric && u === 'year' && env.ref.year !== null && Number.isInteger(n)) return pad(env.ref.year + k * (n as number), 4);
    const base = anaphoric ? refDay(env) : env.dct;
    const gran = unitGran(u);
    if (base === null) return UNDERSPECIFIED[gran];
    void approx;
    if (u === 'second' || u === 'minute' || u === 'hour') return formatDay(base);
    if (!Number.isInteger(n)) return UNDERSPECIFIED[gran];
    return shiftByUnit(base, u, k * n);
  }) };
});
// "the past three months", "the last two weeks", "the next five years", "the past few weeks" → durations
ruleIf(UNIT_NEEDLE, `${B}(?:${APPROX})?(?:the\\s+|over\\s+the\\s+|in\\s+the\\s+)?(?<dir>past|last|next|first|coming|previous|final|latest|recent|succeeding|following)\\s+(?<n>${NUM_RE})\\s+(?<u>${UNIT_RE})${E}`, (m) => {
  const n = parseNumber(g(m, 'n')!);
  const u = unitOf(g(m, 'u')!);
  if (n === null || !u) return null;
  const s0 = m[0].search(/\S/);
  const lead = /^(?:over|in)\s+/i.exec(m[0]);
  return { start: m.index + (lead ? lead[0].length : s0), type: 'DURATION', resolve: () => durationValue(n, u) };
});
// "the past year", "the last decade" (a period ending now) → the previous period
ruleIf(/(?:past|last)\s+(?:decade|century)/i, `${B}the\\s+(?:past|last)\\s+(?<u>decade|century)${E}`, (m) => {
  const u = g(m, 'u')!.toLowerCase() as Gran;
  return date(rel(u, -1));
});
// Durations: "three years", "a five-year plan", "two decades", "24 hours", "about a month"
ruleIf(UNIT_NEEDLE, `${B}(?<approx>${APPROX})?(?<n>${NUM_RE})(?<frac>\\s+1/2)?(?<sep>[\\s-]+)(?:(?:more|additional|straight|consecutive|full|long|whole|trading|business)\\s+)?(?<u>${UNIT_RE})(?<half>\\s+and\\s+a\\s+half)?${E}`, (m, text) => {
  const ns = g(m, 'n')!;
  let n = parseNumber(ns);
  const uw = g(m, 'u')!;
  const u = unitOf(uw);
  if (n === null || !u) return null;
  // "60 Minutes" (a title), "three-quarters" and "a quarter of" (fractions)
  if (/^[A-Z]/.test(uw)) return null;
  // "several quarters" is a vague duration; "three quarters" is usually a fraction
  if (u === 'quarter' && n !== 'X') return null;
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
  // ages: "22-year-old", "22 years old", "aged 22 years"
  if (/^[\s-]+old\b/i.test(after) || /^\s+of\s+age\b/i.test(after)) return null;
  if (/^-(?:old|olds)\b/i.test(after)) return null;
  const before = text.slice(Math.max(0, m.index - 12), m.index);
  if (/\b(?:aged|age)\s*$/i.test(before)) return null;
  // "a year" after money or a count is a rate ("$5 a year"): a set
  if (/^(a|an|per)$/i.test(ns) && /(?:\d|percent|%|million|billion|dollars?|cents?|times|once|twice|thrice)\s*$/i.test(before)) {
    return { type: 'SET', resolve: () => durationValue(1, u) };
  }
  // "a year" needs a governing word: "for a year", "within a week", "took a month"
  // "a year" after a plural noun is a rate ("700 seats a week"), at the start of a clause it is
  // usually the head of "a day after ..."; neither is a duration.
  if (/^(a|an|one)$/i.test(ns) && !g(m, 'approx') && /\s/.test(g(m, 'sep')!)) {
    if (/[a-z]{2,}s\s*$/.test(before) && !/\b(?:was|has|is|as|its|his|this|thus|plus|always|perhaps|towards?|across|us)\s*$/i.test(before)) return null;
    if (/(?:^|[.!?"“”'`]\s*)$/.test(before) && /^\s+(?:after|before|later|earlier)\b/i.test(after)) return null;
  }
  if (/^one$/i.test(ns) && u === 'day' && g(m, 'sep') !== '-' && !/\b(?:for|in|within|after|than|by)\s*$/i.test(before)) return null;
  // "a second group", "a second term": the ordinal, not the unit
  if (u === 'second' && /^(a|one)$/i.test(ns) && !/\b(?:for|in|within|after|than|split|fraction\s+of|half)\s*$/i.test(before)) return null;
  if (typeof n === 'number' && (g(m, 'frac') || g(m, 'half'))) n += 0.5;
  let v = durationValue(n, u);
  if (typeof n === 'number' && !Number.isInteger(n) && (u === 'year' || u === 'hour' || u === 'minute')) {
    const whole = Math.floor(n);
    v = u === 'year' ? `P${whole}Y6M` : u === 'hour' ? `PT${whole}H30M` : `PT${whole}M30S`;
  }
  return { type: 'DURATION', resolve: () => v };
});
// Bare plural units: "years", "decades", "months" (vague durations); "recent years" (past)
ruleIf(/years|months|weeks|days|decades|centuries/i, `${B}(?<pre>recent\\s+|coming\\s+|the\\s+coming\\s+|the\\s+past\\s+|the\\s+last\\s+|the\\s+next\\s+|many\\s+)(?<u>years|months|weeks|days|decades|centuries)${E}`, (m, text) => {
  const pre = (g(m, 'pre') ?? '').toLowerCase().trim();
  const u = unitOf(g(m, 'u')!)!;
  const before = text.slice(Math.max(0, m.index - 20), m.index);
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
  if (/(?:\d|\b(?:the|these|those|its|his|her|their|our|my|early|later|formative|final|golden|two|three|four|five|six|seven|eight|nine|ten|few|several|of|dog|light)\s*-?)$/i.test(before) && !pre) return null;
  if (/^\s*(?:-?old|of\s+age)\b/i.test(after)) return null;
  if (pre === 'recent' || /coming/.test(pre)) return { type: 'DURATION', resolve: () => durationValue('X', u) };
  if (/next/.test(pre)) return { type: 'DATE', resolve: () => 'FUTURE_REF' };
  const start = pre === 'for' ? m.index + m[0].length - g(m, 'u')!.length : m.index;
  return { start, type: 'DURATION', resolve: () => durationValue('X', u) };
});

// "later in the day": TimeBank marks "the day", the day under discussion
ruleIf(/in\s+the\s+day/i, `${B}(?:earlier|later|early|late)\\s+in\\s+the\\s+day${E}`, (m) => ({
  start: m.index + m[0].length - 7, type: 'DATE', resolve: (env) => { const d = refDay(env); return d === null ? 'XXXX-XX-XX' : formatDay(d); },
}));
// "today is the eighth day of the strike", "it's the second day of talks" → the day itself
ruleIf(/day/i, `${B}(?:is|it's|it’s|was|marks|marked)\\s+(?<x>the\\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d{1,2}(?:st|nd|rd|th))\\s+(?:straight\\s+|consecutive\\s+)?day)${E}`, (m) => {
  const x = g(m, 'x')!;
  const past = /^(?:was|marked)\b/i.test(m[0]);
  return { start: m.index + m[0].length - x.length, anchor: false, type: 'DATE', resolve: (env) => { const d = past ? refDay(env) : env.dct; return d === null ? 'XXXX-XX-XX' : formatDay(d); } };
});
// "future quarters", "coming quarters" → the future
ruleIf(/quarters|periods/i, `${B}(?:future|coming)\\s+(?:quarters|periods)${E}`, () => fixed('FUTURE_REF'));
// "post-1959", "pre-1990"
ruleIf(/(?:post|pre)-\d/i, `(?<![\\w-])(?:post|pre)-(?<y>${YEAR})${E}`, (m) => fixed(g(m, 'y')!));
// "for years", "within weeks", "for centuries": a vague duration after a preposition of extent
ruleIf(/(?:for|within)\s+(?:years|months|weeks|days|decades|centuries|hours)/i, `${B}(?<p>for|within)\\s+(?<u>years|months|weeks|days|decades|centuries|hours)(?!\\s+(?:of|to\\s+come|later|earlier|after|before|ago)\\b)${E}`, (m) => {
  const uw = g(m, 'u')!;
  return { start: m.index + m[0].length - uw.length, type: 'DURATION', resolve: () => durationValue('X', unitOf(uw)!) };
});
// "the weeks ahead", "the months ahead"
ruleIf(/ahead/i, `${B}the\\s+(?<u>years|months|weeks|days)\\s+ahead${E}`, (m) => ({ type: 'DURATION', resolve: () => durationValue('X', unitOf(g(m, 'u')!)!) }));
// "decades-long", "a day-long meeting", "a two-week-long trip"
ruleIf(/-long/i, `${B}(?:(?<n>${NUM_RE})-)?(?<u>seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century)-long${E}`, (m) => {
  const uw = g(m, 'u')!;
  const u = unitOf(uw)!;
  const n = g(m, 'n') ? parseNumber(g(m, 'n')!) : /s$/i.test(uw) || uw.toLowerCase() === 'centuries' ? 'X' : 1;
  if (n === null) return null;
  return { type: 'DURATION', resolve: () => durationValue(n, u) };
});
// Ranges: "two to three weeks", "a year or two", "12 to 18 months" → the lower bound
ruleIf(UNIT_NEEDLE, `${B}(?<a>${NUM_RE})\\s+(?:to|or|-|–)\\s+(?<b>${NUM_RE})[\\s-]+(?<u>${UNIT_RE})${E}|${B}(?<a2>a|an|one)\\s+(?<u2>${UNIT_RE})\\s+or\\s+two${E}`, (m, text) => {
  const a = parseNumber(g(m, 'a') ?? g(m, 'a2')!);
  const u = unitOf(g(m, 'u') ?? g(m, 'u2')!);
  if (a === null || a === 'X' || !u || u === 'quarter') return null;
  const b = g(m, 'b') ? parseNumber(g(m, 'b')!) : 2;
  if (b === null || b === 'X' || b <= a) return null;
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
  if (/^[\s-]+old\b/i.test(after) || /^\s+(?:ago|earlier|later|from\s+now)\b/i.test(after)) return null;
  // "between two and six days" names both ends; leave them to the other rules
  if (/\bbetween\s+$/i.test(text.slice(Math.max(0, m.index - 9), m.index))) return null;
  return { type: 'DURATION', resolve: () => durationValue(a, u) };
});
// "in the near term", "over the short term" → future
ruleIf(/term/i, `${B}the\\s+(?:near|short)\\s+term${E}`, () => fixed('FUTURE_REF'));
// "for a while"
ruleIf(/while/i, `${B}(?:for|in|after|within)\\s+a\\s+(?:little\\s+)?while${E}`, (m) => ({ start: m.index + m[0].search(/\sa\s/) + 1, type: 'DURATION', resolve: () => 'PXX' }));
// "4 in the morning", "eleven at night"
ruleIf(/in\s+the\s+(?:morning|afternoon|evening)|at\s+night/i, `${B}(?:at\\s+)?(?<h>\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\\s+o'clock)?\\s+(?<pod>in\\s+the\\s+(?:morning|afternoon|evening)|at\\s+night)${E}`, (m) => {
  const hs = g(m, 'h')!;
  let h = /^\d/.test(hs) ? Number(hs) : (parseNumber(hs) as number);
  if (!(h >= 1 && h <= 12)) return null;
  const pod = g(m, 'pod')!.toLowerCase();
  if (/afternoon|evening|night/.test(pod) && h < 12 && !(pod.includes('night') && h <= 4)) h += 12;
  if (pod.includes('morning') && h === 12) h = 0;
  const t = `T${pad(h)}:00`;
  return { start: m.index + (/^at\s/i.test(m[0]) ? 3 : 0), type: 'TIME', resolve: (env) => (env.dct === null ? `XXXX-XX-XX${t}` : formatDay(refDay(env)!) + t), prio: 1 };
});

// Sets: "daily", "every week", "each year", "twice a month", "every Monday", "each July"
ruleIf(/daily|weekly|monthly|annually|yearly|quarterly|hourly|nightly|biweekly|semiannually|bimonthly/i, `${B}(?<w>daily|weekly|monthly|annually|yearly|quarterly|hourly|nightly|biweekly|semiannually|bimonthly)${E}`, (m, text) => {
  const w = g(m, 'w')!.toLowerCase();
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
  if ((w === 'quarterly' || w === 'annually' || w === 'monthly') && /^\s+[a-z]/.test(after) && !/^\s+(?:and|or|but|to|in|on|at|from|for|through|since|until|by)\b/.test(after)) return null;
  const v: Record<string, string> = {
    daily: 'P1D', weekly: 'P1W', monthly: 'P1M', annually: 'P1Y', yearly: 'P1Y', quarterly: 'P1Q', hourly: 'PT1H',
    nightly: 'P1D', biweekly: 'P2W', semiannually: 'P6M', bimonthly: 'P2M',
  };
  return { type: 'SET', resolve: () => v[w]! };
});
ruleIf(/(?:every|each|per)\s/i, `${B}(?:(?:once|twice|three\\s+times|several\\s+times|\\d+\\s+times)\\s+)?(?<q>every|each|per)\\s+(?:(?<other>other)\\s+)?(?:(?<n>${NUM_RE})\\s+)?(?<u>${UNIT_RE}|${WEEKDAY_RE}|${MONTH_RE}|${SEASON_RE}|morning|afternoon|evening|night)${E}`, (m) => {
  const uw = g(m, 'u')!;
  const u = unitOf(uw);
  if (u) {
    const n = g(m, 'n') ? parseNumber(g(m, 'n')!) : 1;
    if (n === null) return null;
    const k = n === 'X' ? 'X' : g(m, 'other') ? (n as number) * 2 : n;
    return { type: 'SET', resolve: () => durationValue(k, u) };
  }
  const dow = weekdayNumber(uw);
  if (dow && cap(uw)) return { type: 'SET', resolve: () => `XXXX-WXX-${dow}` };
  const mo = monthNumber(uw);
  if (mo && cap(uw)) return { type: 'SET', resolve: () => `XXXX-${pad(mo)}` };
  const s = SEASONS[uw.toLowerCase()];
  if (s) return { type: 'SET', resolve: () => `XXXX-${s}` };
  const pod = PART_OF_DAY[uw.toLowerCase()];
  if (pod) return { type: 'SET', resolve: () => `XXXX-XX-XXT${pod}` };
  return null;
});
ruleIf(/(?:once|twice|times)\s+a\s/i, `${B}(?:once|twice|three\\s+times|four\\s+times|several\\s+times|\\d+\\s+times)\\s+a\\s+(?<u>day|week|month|year|decade)${E}`, (m) => ({
  type: 'SET', resolve: () => durationValue(1, unitOf(g(m, 'u')!)!),
}));

// Vague references
ruleIf(/now/i, `${B}(?:(?:right|just|until|till|up\\s+to|even|by)\\s+)?(?<w>now)(?![\\w'’-])`, (m) => {
  const w = g(m, 'w')!;
  return { start: m.index + m[0].length - w.length, type: 'DATE', resolve: () => 'PRESENT_REF' };
});
ruleIf(/current|nowadays|presently|at\s+present|these\s+days|at\s+the\s+moment|at\s+this\s+time/i, `${B}(?:currently|nowadays|presently|at\\s+present|these\\s+days|at\\s+the\\s+moment|at\\s+this\\s+time|current)${E}`, (m, text) => {
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 25);
  // "the current quarter/year" are handled by the period rules
  if (/^current$/i.test(m[0]) && /^\s+(?:account|accounts|affairs|events|account|fiscal|year|quarter|month|week|president|chairman|head|leader|leadership|members?)\b/i.test(after)) {
    if (!/^\s+(?:account|accounts|affairs|events)\b/i.test(after)) return null;
    return null;
  }
  return fixed('PRESENT_REF');
});
ruleIf(/recently|lately|the\s+past/i, `${B}(?:(?:more|most|very|until|only|just)\\s+)?(?<w>recently|lately|in\\s+the\\s+past|the\\s+past)${E}`, (m, text) => {
  const w = g(m, 'w')!.toLowerCase();
  let start = m.index;
  if (w.startsWith('in the past')) start = m.index + m[0].length - 'the past'.length;
  if (w === 'the past') {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
    if (/^\s+(?:\w+\s+)?(?:years?|months?|weeks?|days?|decades?|quarters?|centur)/i.test(after)) return null;
  }
  if (w === 'recent') {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
    if (/^\s+(?:years|months|weeks|days)\b/i.test(after)) return null;
    if (/^\s+(?:history)\b/i.test(after)) return null;
  }
  return { start, type: 'DATE', resolve: () => 'PAST_REF' };
});
ruleIf(/future|soon|someday/i, `${B}(?:the\\s+(?:near\\s+|distant\\s+|foreseeable\\s+|immediate\\s+)?future|soon|someday)${E}`, (m, text) => {
  const w = m[0].toLowerCase();
  if (w === 'shortly') {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 10);
    if (/^\s+(?:after|before)\b/i.test(after)) return null;
  }
  if (w === 'soon') {
    const before = text.slice(Math.max(0, m.index - 8), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 6);
    if (/\bas\s*$/i.test(before) || /^\s+as\b/i.test(after) || /^\s+after\b/i.test(after)) return null;
  }
  if (w === 'future') {
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    if (/\b(?:the|a|its|his|her|their|our|my|your)\s*$/i.test(before)) return null;
  }
  if (w.startsWith('in the coming')) return { start: m.index + 3, type: 'DATE', resolve: () => 'FUTURE_REF' };
  // "the future of the party" is a topic and "the foreseeable future" an idiom, not a time
  if (/future$/.test(w) && (w.includes('foreseeable') || /^\s+of\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4)))) return null;
  return fixed('FUTURE_REF');
});

// Clock times: "3 p.m.", "10:30 a.m. EST", "noon", "midnight"; merged with an adjacent day later
ruleIf(/\d\s*(?:a\.|p\.|am|pm|o'clock)/i, `${B}(?:(?:about|around|approximately|shortly\\s+after|shortly\\s+before|just\\s+after|just\\s+before)\\s+)?(?<h>\\d{1,2})(?:[:.](?<mi>\\d{2}))?\\s*(?<ap>a\\.\\s?m\\.?|p\\.\\s?m\\.?|am|pm|o'clock)(?:\\s+(?<tz>[ECMP][SD]T|GMT|UTC|local\\s+time))?(?![\\w])`, (m) => {
  let h = Number(g(m, 'h'));
  const mi = Number(g(m, 'mi') ?? '0');
  const ap = g(m, 'ap')!.toLowerCase().replace(/[.\s]/g, '');
  if (h > 12 || h < 0 || mi > 59) return null;
  if (ap === 'pm' && h < 12) h += 12;
  if (ap === 'am' && h === 12) h = 0;
  const t = `T${pad(h)}:${pad(mi)}`;
  return { type: 'TIME', resolve: (env) => (env.dct === null ? `XXXX-XX-XX${t}` : formatDay(refDay(env)!) + t), prio: 2 };
});
ruleIf(/\d:\d\d\s+(?:[ECMP][SD]T|GMT|UTC|local\s+time)/i, `${B}(?:(?:about|around|at)\\s+)?(?<h>[01]?\\d|2[0-3]):(?<mi>[0-5]\\d)(?:\\s+(?<tz>[ECMP][SD]T|GMT|UTC|local\\s+time))(?![\\w])`, (m) => {
  const t = `T${pad(Number(g(m, 'h')))}:${g(m, 'mi')}`;
  return { type: 'TIME', resolve: (env) => (env.dct === null ? `XXXX-XX-XX${t}` : formatDay(refDay(env)!) + t), start: m.index + (/^(?:about|around|at)\s/i.test(m[0]) && /^at/i.test(m[0]) ? 3 : 0) };
});
ruleIf(/noon|midnight|midday|afternoon|morning/i, `${B}(?:(?:mid-?)?)(?<w>noon|midnight|midday|mid-?afternoon|mid-?morning)${E}`, (m, text) => {
  const w = g(m, 'w')!;
  if (/^[A-Z]/.test(w) || /\bhigh\s+$/i.test(text.slice(Math.max(0, m.index - 6), m.index))) return null;
  const t = w === 'noon' || w === 'midday' ? 'T12:00' : w === 'midnight' ? 'T24:00' : w.includes('afternoon') ? 'TAF' : 'TMO';
  return { type: 'TIME', resolve: (env) => (env.dct === null ? `XXXX-XX-XX${t}` : formatDay(refDay(env)!) + t) };
});

// Holidays
const HOLIDAYS: Record<string, (y: number) => number> = {
  'christmas day': (y) => dayNumber(y, 12, 25),
  christmas: (y) => dayNumber(y, 12, 25),
  'christmas eve': (y) => dayNumber(y, 12, 24),
  "new year's day": (y) => dayNumber(y, 1, 1),
  "new year's eve": (y) => dayNumber(y, 12, 31),
  'independence day': (y) => dayNumber(y, 7, 4),
  'the fourth of july': (y) => dayNumber(y, 7, 4),
  halloween: (y) => dayNumber(y, 10, 31),
  "valentine's day": (y) => dayNumber(y, 2, 14),
  'thanksgiving day': (y) => nthWeekday(y, 11, 4, 4),
  thanksgiving: (y) => nthWeekday(y, 11, 4, 4),
  'labor day': (y) => nthWeekday(y, 9, 1, 1),
  'memorial day': (y) => lastWeekday(y, 5, 1),
  'martin luther king day': (y) => nthWeekday(y, 1, 1, 3),
  easter: (y) => easter(y),
  'easter sunday': (y) => easter(y),
  'good friday': (y) => easter(y) - 2,
  'veterans day': (y) => dayNumber(y, 11, 11),
  'boxing day': (y) => dayNumber(y, 12, 26),
  'election day': (y) => nthWeekday(y, 11, 1, 1) + 1,
};
ruleIf(/christmas|new\s+year|independence|fourth\s+of\s+july|halloween|valentine|thanksgiving|labor\s+day|memorial|martin|easter|good\s+friday|veterans|boxing|election\s+day/i, `${B}(?<h>christmas\\s+day|christmas\\s+eve|christmas|new\\s+year's\\s+(?:day|eve)|independence\\s+day|the\\s+fourth\\s+of\\s+july|halloween|valentine's\\s+day|thanksgiving(?:\\s+day)?|labor\\s+day|memorial\\s+day|martin\\s+luther\\s+king\\s+day|easter(?:\\s+sunday)?|good\\s+friday|veterans\\s+day|boxing\\s+day|election\\s+day)(?<wk>\\s+week)?(?:,?\\s+(?<y>${YEAR}))?${E}`, (m, text) => {
  const h = g(m, 'h')!.toLowerCase().replace(/\s+/g, ' ');
  if (!cap(g(m, 'h')!.replace(/^the\s+/i, '')) && !h.startsWith('the')) return null;
  const f = HOLIDAYS[h];
  if (!f) return null;
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
  if (/^\s+(?:tree|trees|card|cards|gift|gifts|party|shopping|season|sales|island|bunny|egg|eggs|rising|offensive)\b/i.test(after)) return null;
  const ys = g(m, 'y');
  // "Easter week", "Thanksgiving week": the ISO week of the holiday
  const fmt = g(m, 'wk') ? (n: number) => formatIsoWeek(n) : formatDay;
  if (ys) return fixed(fmt(f(Number(ys))));
  return date((env) => {
    if (env.dct === null) return g(m, 'wk') ? 'XXXX-WXX' : 'XXXX-XX-XX';
    const y = fromDayNumber(env.dct).y;
    const d = fromDayNumber(f(y));
    const yy = yearFor(env, d.m, d.d, null) ?? y;
    return fmt(f(yy));
  });
});

function nthWeekday(y: number, m: number, dow: number, nth: number): number {
  const first = dayNumber(y, m, 1);
  return first + ((dow - isoWeekday(first) + 7) % 7) + (nth - 1) * 7;
}
function lastWeekday(y: number, m: number, dow: number): number {
  const last = dayNumber(y, m, daysInMonth(y, m));
  return last - ((isoWeekday(last) - dow + 7) % 7);
}
function easter(y: number): number {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), gg = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - gg + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, mm = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * mm + 114) / 31), day = ((h + l - 7 * mm + 114) % 31) + 1;
  return dayNumber(y, month, day);
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end;
}

// ---------------------------------------------------------------------------------------------
// Driver

function collect(text: string): Cand[] {
  const out: Cand[] = [];
  for (const r of rules) {
    if (r.needle && !r.needle.test(text)) continue;
    r.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = r.re.exec(text)) !== null) {
      if (m[0].length === 0) { r.re.lastIndex++; continue; }
      const res = r.build(m, text);
      if (res) {
        const list = Array.isArray(res) ? res : [{ ...res, start: res.start ?? m.index, end: res.end ?? m.index + m[0].length }];
        for (const c of list) {
          const start = c.start ?? m.index;
          const end = c.end ?? m.index + m[0].length;
          if (end > start) out.push({ start, end, type: c.type, resolve: c.resolve, prio: c.prio ?? 0, anchor: (c as { anchor?: boolean }).anchor ?? true });
        }
      }
      // allow overlapping matches to start inside this one
      r.re.lastIndex = m.index + 1;
    }
  }
  return out;
}

/** Longest non-overlapping candidates, leftmost first. */
function select(cands: Cand[]): Cand[] {
  const sorted = [...cands].sort((a, b) => (b.end - b.start) - (a.end - a.start) || b.prio - a.prio || a.start - b.start);
  const taken: Cand[] = [];
  for (const c of sorted) {
    if (taken.some((t) => t.start < c.end && c.start < t.end)) continue;
    taken.push(c);
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** Merges a clock time with an adjacent day ("10 p.m. Wednesday", "noon Thursday", "Friday at 3 p.m."). */
function mergeTimes(text: string, list: Array<{ c: Cand; value: string }>): Array<{ c: Cand; value: string }> {
  const out: Array<{ c: Cand; value: string }> = [];
  for (let i = 0; i < list.length; i++) {
    const cur = list[i]!;
    const next = list[i + 1];
    if (next) {
      const gap = text.slice(cur.c.end, next.c.start);
      const timeFirst = cur.c.type === 'TIME' && /^\d{4}-\d{2}-\d{2}T[\dA-Z]/.test(cur.value) && /^\d{4}-\d{2}-\d{2}$/.test(next.value);
      const dayFirst = next.c.type === 'TIME' && /^\d{4}-\d{2}-\d{2}T\d/.test(next.value) && /^\d{4}-\d{2}-\d{2}$/.test(cur.value);
      if ((timeFirst && /^,?\s+(?:on\s+)?$/i.test(gap)) || (dayFirst && /^,?\s+(?:at\s+)?$/i.test(gap))) {
        const day = timeFirst ? next.value : cur.value;
        const t = (timeFirst ? cur.value : next.value).slice(10);
        out.push({ c: { ...cur.c, end: next.c.end, type: 'TIME' }, value: day + t });
        i++;
        continue;
      }
    }
    out.push(cur);
  }
  return out;
}

/** Finds TIMEX3 expressions and resolves them against the publication date. */
export function extractTimexes(text: string, ctx: TimeContext): Timex[] {
  const dctYmd = ctx.published ? parseIsoDate(ctx.published) : null;
  const dct = dctYmd ? dayNumber(dctYmd.y, dctYmd.m, dctYmd.d) : null;
  const chosen = select(collect(text));
  const ref: RefState = { day: null, quarter: null, quarterAt: -1, year: null, month: null };
  const resolved: Array<{ c: Cand; value: string }> = [];
  for (const c of chosen) {
    if (isTitle(text, c)) continue;
    let tense: Tense | undefined;
    const env: Env = {
      dct,
      ref,
      after: text.slice(c.end, c.end + 40),
      at: c.start,
      tense: () => (tense ??= tenseAt(text, ctx.sentences, c.start, c.end)),
    };
    const value = c.resolve(env);
    resolved.push({ c, value });
    if (c.anchor) updateRef(ref, value, c.type, c.start);
  }
  return mergeTimes(text, resolved).map(({ c, value }, i) => ({
    id: `t${i + 1}` as TimexId,
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    type: c.type,
    value,
  }));
}

/** A capitalized phrase in quotation marks is a title ("This Week", "60 Minutes"), not a date. */
function isTitle(text: string, c: Cand): boolean {
  const s = text.slice(c.start, c.end);
  if (!/^[A-Z]\S*\s+[A-Z]/.test(s)) return false;
  return /["“'`]\s*$/.test(text.slice(Math.max(0, c.start - 2), c.start));
}

/**
 * The dateline at the head of an article ("WASHINGTON, Aug. 11 (Xinhua) --", "CITY (Agency - date)").
 * TimeML annotates its date; the timeline leaves it out, since it repeats the publication.
 */
export function inDateline(text: string, c: Span): boolean {
  if (c.start > 200) return false;
  const lineStart = text.lastIndexOf('\n', c.start) + 1;
  const prefix = text.slice(lineStart, c.start);
  if (/^[A-Z][A-Z .,'’-]*,\s*$/.test(prefix)) return true;
  const open = prefix.lastIndexOf('(');
  return open >= 0 && prefix.indexOf(')', open) < 0 && /^[A-Z][A-Z .,'’-]*\s*$/.test(prefix.slice(0, open));
}

function updateRef(ref: RefState, value: string, type: TimexType, at: number): void {
  if (type !== 'DATE' && type !== 'TIME') return;
  let m: RegExpExecArray | null;
  ref.month = null;
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) {
    ref.year = Number(m[1]);
    ref.month = { y: ref.year, m: Number(m[2]) };
  } else if ((m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value))) {
    const y = Number(m[1]);
    ref.day = dayNumber(y, Number(m[2]), Number(m[3]));
    ref.year = y;
  } else if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) {
    ref.quarter = { y: Number(m[1]), q: Number(m[2]) };
    ref.quarterAt = at;
    ref.year = Number(m[1]);
  } else if ((m = /^(\d{4})-W(\d{2})$/.exec(value))) {
    ref.day = isoWeekStart(Number(m[1]), Number(m[2]));
  } else if ((m = /^(\d{4})$/.exec(value))) {
    ref.year = Number(m[1]);
  }
  void isoWeek;
}
