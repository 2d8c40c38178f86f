import type { Dateline, IsoDate } from '../types.ts';
import { parseLooseDate } from './dates.ts';

const DATELINE = /^([\p{Lu}][\p{Lu}\p{M} .,'’-]*?[\p{Lu}.])(?:,\s*[\p{L}. ]+?)?\s*\(([^()\n]{2,120})\)\s*(?:[-–—:]\s*)?/u;

/** `TORONTO (UrduPoint News / Sputnik - 11th September, 2020)`: place, sources and date. */
export function parseDateline(text: string): Dateline | null {
  const m = DATELINE.exec(text);
  if (!m) return null;
  const place = m[1]!.trim();
  if (place.replace(/[^\p{Lu}]/gu, '').length < 2) return null;
  let inner = m[2]!.trim();
  let date: IsoDate | null = null;
  const dash = /\s[-–—]\s(?!.*\s[-–—]\s)(.+)$/.exec(inner);
  if (dash) {
    const d = parseLooseDate(dash[1]!);
    if (d) {
      date = d;
      inner = inner.slice(0, dash.index).trim();
    }
  }
  const sources = inner
    .split(/\s*[/,;]\s*|\s+and\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (sources.length === 0) return null;
  let end = m[0].length;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return { span: { start: 0, end }, place, sources, date };
}
