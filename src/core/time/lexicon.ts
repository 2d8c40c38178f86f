/** Word lists and small parsers shared by the temporal-expression rules. */

export const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
] as const;

/** Month names and abbreviations ("Sept.", "Aug"); full names first so they win. */
export const MONTH_RE =
  '(?:january|february|march|april|may|june|july|august|september|october|november|december|' +
  '(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?)(?![a-z])';

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

export const WEEKDAY_RE =
  '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)\\.)(?![a-z])';

/** 1-12 for a month name or abbreviation, else 0. */
export function monthNumber(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return 0;
  const i = MONTHS.findIndex((m) => m.startsWith(w.slice(0, 3)));
  if (i < 0) return 0;
  return MONTHS[i]!.startsWith(w) || (w === 'sept' && i === 8) ? i + 1 : 0;
}

/** ISO weekday 1-7 for a weekday name or abbreviation, else 0. */
export function weekdayNumber(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return 0;
  const i = WEEKDAYS.findIndex((d) => d.startsWith(w));
  return i + 1;
}

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

const SMALL_RE = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS_RE = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const UNITS_DIGIT_RE = 'one|two|three|four|five|six|seven|eight|nine';

/** A cardinal written in digits or words, or a vague quantity ("a few", "several"). */
export const NUM_RE =
  `(?:\\d+(?:\\.\\d+)?|(?:${TENS_RE})(?:[- ](?:${UNITS_DIGIT_RE}))?|(?:a\\s+|one\\s+)?hundred|${SMALL_RE}|` +
  `a\\s+couple\\s+of|a\\s+couple|couple\\s+of|a\\s+few|a|an|several|few|some|many|a\\s+number\\s+of)(?![a-z])`;

/** The value of a cardinal, 'X' for a vague quantity, or null. */
export function parseNumber(s: string): number | 'X' | null {
  const w = s.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^\d+(\.\d+)?$/.test(w)) return Number(w);
  if (w === 'a' || w === 'an') return 1;
  if (w === 'a couple of' || w === 'a couple' || w === 'couple of') return 2;
  if (/^(a few|several|few|some|many|a number of)$/.test(w)) return 'X';
  if (/^(a |one )?hundred$/.test(w)) return 100;
  if (w in SMALL) return SMALL[w]!;
  const m = /^([a-z]+)(?:[- ]([a-z]+))?$/.exec(w);
  if (m && m[1]! in TENS) {
    const t = TENS[m[1]!]!;
    if (!m[2]) return t;
    const u = SMALL[m[2]];
    return u !== undefined && u < 10 ? t + u : null;
  }
  return null;
}

export const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16,
  seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21, 'twenty first': 21,
  '1st': 1, '2nd': 2, '3rd': 3, '4th': 4,
};

/** Spelled-out years: "nineteen ninety-six", "two thousand and one". */
export const SPELLED_YEAR_RE =
  `(?:nineteen|eighteen)[- ](?:(?:${TENS_RE})(?:[- ](?:${UNITS_DIGIT_RE}))?|${SMALL_RE}|hundred)|two\\s+thousand(?:\\s+(?:and\\s+)?(?:${SMALL_RE}|(?:${TENS_RE})(?:[- ](?:${UNITS_DIGIT_RE}))?))?`;

export function parseSpelledYear(s: string): number | null {
  const w = s.toLowerCase().replace(/\s+/g, ' ').trim();
  let m = /^(nineteen|eighteen)[- ](.+)$/.exec(w);
  if (m) {
    const century = m[1] === 'nineteen' ? 1900 : 1800;
    if (m[2] === 'hundred') return century;
    const n = parseNumber(m[2]!.replace(/-/g, ' '));
    return typeof n === 'number' && n < 100 ? century + n : null;
  }
  m = /^two thousand(?: (?:and )?(.+))?$/.exec(w);
  if (m) {
    if (!m[1]) return 2000;
    const n = parseNumber(m[1].replace(/-/g, ' '));
    return typeof n === 'number' && n < 100 ? 2000 + n : null;
  }
  return null;
}

/** Unit words to TIMEX3 duration designators. */
export type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'weekend' | 'fortnight' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

export const UNIT_RE = '(?:seconds?|minutes?|hours?|days?|weekends?|weeks?|fortnights?|months?|quarters?|years?|decades?|centuries|century)(?![a-z])';

export function unitOf(word: string): Unit | null {
  const w = word.toLowerCase();
  if (w === 'centuries' || w === 'century') return 'century';
  const s = w.replace(/s$/, '');
  switch (s) {
    case 'second': case 'minute': case 'hour': case 'day': case 'week': case 'weekend': case 'fortnight':
    case 'month': case 'quarter': case 'year': case 'decade':
      return s;
    default:
      return null;
  }
}

/** "P3Y", "PT2H", "PXM", "P1.5Y". */
export function durationValue(n: number | 'X', unit: Unit): string {
  const q = n === 'X' ? 'X' : String(n);
  switch (unit) {
    case 'second': return `PT${q}S`;
    case 'minute': return `PT${q}M`;
    case 'hour': return `PT${q}H`;
    case 'day': return `P${q}D`;
    case 'week': return `P${q}W`;
    case 'weekend': return `P${q}WE`;
    case 'fortnight': return n === 'X' ? 'PXW' : `P${n * 2}W`;
    case 'month': return `P${q}M`;
    case 'quarter': return `P${q}Q`;
    case 'year': return `P${q}Y`;
    case 'decade': return n === 'X' ? 'PXE' : `P${n * 10}Y`;
    case 'century': return n === 'X' ? 'PXC' : `P${n * 100}Y`;
  }
}

export const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };
export const SEASON_RE = '(?:spring|summer|fall|autumn|winter)(?![a-z])';
/** First month of each season (winter starts in December). */
export const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

export const PART_OF_DAY: Record<string, string> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI', midday: 'MI',
};
export const PART_OF_DAY_RE = '(?:morning|afternoon|evening|night)(?![a-z])';
