/**
 * Pure calendar arithmetic on UTC day numbers: ISO weeks, month and quarter shifts, and the
 * inclusive day range of a TIMEX3 calendar value. No `Date` local-time methods are used, so the
 * results do not depend on the time zone of the machine.
 */
import type { DatePrecision, EventDate } from '../types.ts';

export interface Ymd {
  y: number;
  m: number; // 1-12
  d: number; // 1-31
}

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 (UTC) of a calendar date. */
export function dayNumber(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

export function fromDayNumber(n: number): Ymd {
  const dt = new Date(n * MS_PER_DAY);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export function isoWeekday(n: number): number {
  // 1970-01-01 was a Thursday (4).
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

export function pad(n: number, width = 2): string {
  const s = String(Math.abs(n)).padStart(width, '0');
  return n < 0 ? '-' + s : s;
}

export function formatDay(n: number): string {
  const { y, m, d } = fromDayNumber(n);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

export function parseIsoDate(s: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  return { y, m: mo, d };
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** ISO 8601 week-numbering year and week of a day number. */
export function isoWeek(n: number): { year: number; week: number } {
  const thursday = n - isoWeekday(n) + 4;
  const year = fromDayNumber(thursday).y;
  const week = Math.floor((thursday - dayNumber(year, 1, 1)) / 7) + 1;
  return { year, week };
}

/** The Monday that starts ISO week `week` of ISO year `year`. */
export function isoWeekStart(year: number, week: number): number {
  const jan4 = dayNumber(year, 1, 4);
  const monday1 = jan4 - isoWeekday(jan4) + 1;
  return monday1 + (week - 1) * 7;
}

export function formatIsoWeek(n: number): string {
  const { year, week } = isoWeek(n);
  return `${pad(year, 4)}-W${pad(week)}`;
}

/** Adds months to a (year, month) pair. */
export function addMonths(y: number, m: number, delta: number): { y: number; m: number } {
  const idx = y * 12 + (m - 1) + delta;
  return { y: Math.floor(idx / 12), m: (((idx % 12) + 12) % 12) + 1 };
}

export function quarterOf(m: number): number {
  return Math.floor((m - 1) / 3) + 1;
}

export interface ValueRange {
  precision: DatePrecision;
  start: string;
  end: string;
}

const SEASON_MONTHS: Record<string, [number, number]> = {
  SP: [3, 5],
  SU: [6, 8],
  FA: [9, 11],
  WI: [12, 14], // December to February of the next year
};

/**
 * The inclusive ISO day range and precision of a TIMEX3 calendar value, or null when the value is
 * not a fully specified calendar period ("XXXX-XX-XX", "PRESENT_REF", "P3M"...).
 * Supports YYYY-MM-DD(Thh:mm|TMO…), YYYY-Www(-WE), YYYY-MM, YYYY-Qn, YYYY-Hn, YYYY-SP/SU/FA/WI,
 * YYYY, YYY (decade) and YY (century).
 */
export function valueRange(value: string): ValueRange | null {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(value))) {
    const ymd = parseIsoDate(`${m[1]}-${m[2]}-${m[3]}`);
    if (!ymd) return null;
    const s = formatDay(dayNumber(ymd.y, ymd.m, ymd.d));
    return { precision: 'day', start: s, end: s };
  }
  if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value))) {
    const start = isoWeekStart(Number(m[1]), Number(m[2]));
    if (m[3]) return { precision: 'week', start: formatDay(start + 5), end: formatDay(start + 6) };
    return { precision: 'week', start: formatDay(start), end: formatDay(start + 6) };
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    if (mo < 1 || mo > 12) return null;
    return { precision: 'month', start: formatDay(dayNumber(y, mo, 1)), end: formatDay(dayNumber(y, mo, daysInMonth(y, mo))) };
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) {
    const y = Number(m[1]);
    const q = Number(m[2]);
    return monthsRange('quarter', y, (q - 1) * 3 + 1, q * 3);
  }
  if ((m = /^(\d{4})-H([12])$/.exec(value))) {
    const y = Number(m[1]);
    const h = Number(m[2]);
    return monthsRange('quarter', y, (h - 1) * 6 + 1, h * 6);
  }
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
    const [a, b] = SEASON_MONTHS[m[2]!]!;
    return monthsRange('quarter', Number(m[1]), a, b);
  }
  if ((m = /^(\d{4})$/.exec(value))) {
    const y = Number(m[1]);
    return monthsRange('year', y, 1, 12);
  }
  if ((m = /^(\d{3})$/.exec(value))) {
    const y = Number(m[1]) * 10;
    return { precision: 'decade', start: formatDay(dayNumber(y, 1, 1)), end: formatDay(dayNumber(y + 9, 12, 31)) };
  }
  if ((m = /^(\d{2})$/.exec(value))) {
    const y = Number(m[1]) * 100;
    return { precision: 'decade', start: formatDay(dayNumber(y, 1, 1)), end: formatDay(dayNumber(y + 99, 12, 31)) };
  }
  return null;
}

function monthsRange(precision: DatePrecision, y: number, fromMonth: number, toMonth: number): ValueRange {
  const a = addMonths(y, 1, fromMonth - 1);
  const b = addMonths(y, 1, toMonth - 1);
  return {
    precision,
    start: formatDay(dayNumber(a.y, a.m, 1)),
    end: formatDay(dayNumber(b.y, b.m, daysInMonth(b.y, b.m))),
  };
}

/** An EventDate for a TIMEX3 calendar value, or null when the value has no calendar range. */
export function eventDate(value: string): EventDate | null {
  const r = valueRange(value);
  if (!r) return null;
  const v = value.replace(/T.*$/, '');
  return { value: v, precision: r.precision, start: r.start, end: r.end };
}
