import type { EventDate } from '../core/types.ts';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** Parses "YYYY-MM-DD" by hand: no Date parsing, so no time-zone shifts. */
function parseIso(iso: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
}

const weekday = ({ y, m, d }: Ymd) => WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()] ?? '';
const month = (m: number) => MONTHS[m - 1] ?? '';
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** "Thu 10 Sep 2020" (computed in UTC). */
export function formatDay(iso: string): string {
  const p = parseIso(iso);
  if (!p) return iso;
  return `${weekday(p)} ${p.d} ${month(p.m)} ${p.y}`;
}

/** ISO week ("2020-W36") of a calendar day. */
export function isoWeek({ y, m, d }: Ymd): string {
  const date = new Date(Date.UTC(y, m - 1, d));
  const dow = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - dow);
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((date.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${date.getUTCFullYear()}-W${pad(week)}`;
}

export interface DateLabel {
  /** What the reader sees, at the known precision only. */
  label: string;
  /** A valid HTML `<time datetime>` value at that precision. */
  dateTime: string;
}

const SEASONS: Record<string, string> = { SP: 'Spring', SU: 'Summer', FA: 'Autumn', WI: 'Winter' };

/** A period between a month and a year: "Q3 2020", "Autumn 2022", "Winter 2023–24", "First half of 2021". */
function periodLabel(value: string, start: Ymd): string {
  const m = /^(\d{4})-(SP|SU|FA|WI|H[12])$/.exec(value);
  if (m?.[2] === 'WI') return `Winter ${m[1]}–${String(Number(m[1]) + 1).slice(-2)}`;
  if (m?.[2] === 'H1' || m?.[2] === 'H2') return `${m[2] === 'H1' ? 'First' : 'Second'} half of ${m[1]}`;
  if (m) return `${SEASONS[m[2]!]} ${m[1]}`;
  return `Q${Math.floor((start.m - 1) / 3) + 1} ${start.y}`;
}

/** "Thu 10 Sep 2020", "Week of 31 Aug 2020", "Aug 2020", "Q3 2020", "Autumn 2022", "2020", "1990s". */
export function formatEventDate(date: EventDate): DateLabel {
  const p = parseIso(date.start);
  if (!p) return { label: date.value, dateTime: date.value };
  switch (date.precision) {
    case 'day':
      return { label: formatDay(date.start), dateTime: date.start };
    case 'week':
      return {
        label: `Week of ${p.d} ${month(p.m)} ${p.y}`,
        dateTime: /^\d{4}-W\d{2}$/.test(date.value) ? date.value : isoWeek(p),
      };
    case 'month':
      return { label: `${month(p.m)} ${p.y}`, dateTime: `${p.y}-${pad(p.m)}` };
    case 'quarter':
      return { label: periodLabel(date.value, p), dateTime: String(p.y) };
    case 'year':
      return { label: String(p.y), dateTime: String(p.y) };
    case 'decade': {
      const decade = p.y - (p.y % 10);
      return { label: `${decade}s`, dateTime: String(decade) };
    }
  }
}
