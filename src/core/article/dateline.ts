import type { Dateline, IsoDate } from '../types.ts';
import { parseLooseDate } from './dates.ts';

const DATELINE = /^([\p{Lu}][\p{Lu}\p{M} .,'’-]*?[\p{Lu}.])(?:,\s*([\p{L}\p{N}., ]+?))?\s*\(([^()\n]{2,120})\)\s*(?:[-–—:]\s*)?/u;

/**
 * `Nairobi (Reuters) -`, `Rio de Janeiro (AP) —`, `Lagos, Nigeria (Reuters) --`: a mixed-case place is
 * only taken with a dash after the parenthesis, a source that reads as a name and no leading article
 * (so `Kenya (CBK) said …` or `The Bank of Kenya (CBK) - …` are sentences, not datelines).
 */
const PLACE_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*`;
/** After the place, a region or a date: `, Peru`, `, March 8`, `, Sept. 3, 2021`, `, 12 June 2019`. */
const AFTER_PLACE = String.raw`(?:${PLACE_WORD}|\d{1,4}(?:st|nd|rd|th)?)`;
const MIXED_DATELINE = new RegExp(
  String.raw`^(${PLACE_WORD}(?:\s+(?:(?:de|del|da|do|dos|das|la|le|el|al|of|upon|on|sur|am|an|der)\s+)?${PLACE_WORD}){0,3})` +
    String.raw`(?:,\s*(${AFTER_PLACE}(?:,?\s+${AFTER_PLACE}){0,4}))?\s*\(([^()\n]{2,120})\)\s*(?:--|[-–—])\s*`,
  'u',
);
const NOT_A_PLACE = /^(?:the|a|an|in|on|at|for|from|with|by|as|this|that|these|those|its|his|her|their|our|my|some|many|most|after|before|when|while|if|but|and|sen|rep|gov|mr|mrs|ms|dr|gen|col|lt|sgt|prof|rev|pres|president|senator|governor)\.?$/i;
const SOURCE_NAME = /^(?:\p{Lu}[\p{L}\p{M}\p{N}'’.&-]*)(?:\s+(?:(?:of|de|and|the|für|du|des|la|le)\s+)?\p{Lu}[\p{L}\p{M}\p{N}'’.&-]*)*$/u;

/** `TORONTO (UrduPoint News / Sputnik - 11th September, 2020)`: place, sources and date. */
export function parseDateline(text: string): Dateline | null {
  const upper = DATELINE.exec(text);
  const m = upper ?? MIXED_DATELINE.exec(text);
  if (!m) return null;
  const place = m[1]!.trim();
  if (upper && place.replace(/[^\p{Lu}]/gu, '').length < 2) return null;
  if (!upper && NOT_A_PLACE.test(place.split(/\s+/)[0]!)) return null;
  let inner = m[3]!.trim();
  let date: IsoDate | null = m[2] ? dateAtEnd(m[2]) : null;
  const dash = /\s[-–—]\s(?!.*\s[-–—]\s)(.+)$/.exec(inner);
  if (dash) {
    const d = parseLooseDate(dash[1]!);
    if (d) {
      date ??= d;
      inner = inner.slice(0, dash.index).trim();
    }
  }
  const sources = inner
    .split(/\s*[/,;]\s*|\s+and\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (sources.length === 0) return null;
  // "(R-Texas)" after a name is a party label, not a source
  if (!upper && !sources.every((s) => SOURCE_NAME.test(s) && !/^[RDI]-/.test(s))) return null;
  let end = m[0].length;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return { span: { start: 0, end }, place, sources, date };
}

/** The date that ends the words between place and source, if they end with one: `Peru, Sept. 3, 2021` → 2021-09-03. */
function dateAtEnd(words: string): IsoDate | null {
  const parts = words.split(/\s*,\s*/);
  for (let k = 0; k < parts.length; k++) {
    const d = parseLooseDate(parts.slice(k).join(', '));
    if (d) return d;
  }
  return null;
}
