/** A word or punctuation token with offsets into the text. */
export interface Tok {
  s: number;
  e: number;
  /** As written. */
  w: string;
  /** Lower-cased, with ’ as '. */
  l: string;
  word: boolean;
  cap: boolean;
}

const TOKEN = /[\p{L}\p{N}]+(?:['’.\-&][\p{L}\p{N}]+)*(?:['’]s\b)?\.?|''|``|\S/gu;

/** Tokens of text[start, end). A final period stays on its word only for initialisms ("U.S."). */
export function tokenize(text: string, start: number, end: number): Tok[] {
  const out: Tok[] = [];
  TOKEN.lastIndex = 0;
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(TOKEN)) {
    let w = m[0];
    const s = start + m.index;
    if (w.length > 1 && w.endsWith('.') && !/^(?:\p{L}\.)+\p{L}\.$|^(?:mr|mrs|ms|dr|sen|rep|gov|gen|st|jr|sr|lt|col|sgt|rev|prof)\.$/iu.test(w)) {
      w = w.slice(0, -1);
      pushTok(out, s, w);
      pushTok(out, s + w.length, '.');
      continue;
    }
    pushTok(out, s, w);
  }
  return out;
}

function pushTok(out: Tok[], s: number, w: string): void {
  // ASCII fast paths of the Unicode tests (same results); tokens are never empty.
  const c = w.charCodeAt(0);
  const ascii = c < 128;
  const word = ascii ? (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : /^[\p{L}\p{N}]/u.test(w);
  const cap = ascii ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(w);
  const lw = w.toLowerCase();
  out.push({ s, e: s + w.length, w, l: lw.includes('’') ? lw.replace(/’/g, "'") : lw, word, cap });
}
