import type { Span } from '../types.ts';
import { spanIndexAt } from '../text/segment.ts';

/**
 * Indexes for offset look-ups that keep the extractor linear in document length.
 *
 * `IntervalGrid` buckets intervals by text offset (insertions allowed at any time); a query
 * returns the ids of the intervals that may overlap a range, and callers apply their exact test.
 */

const BUCKET = 256;
/** Intervals longer than this are kept in a plain list, scanned on every query. */
const LONG = 1024;

/**
 * Intervals bucketed by start offset (short ones) or listed (long ones): a query scans the
 * buckets from lo - LONG to hi and the long list, so each interval is looked at once.
 */
export class IntervalGrid {
  private buckets: number[][] = [];
  private long: number[] = [];
  private stamp: Int32Array = new Int32Array(64);
  private round = 0;
  private s: number[] = [];
  private e: number[] = [];
  private ids: number[] = [];

  /** Registers interval [start, end) under id (ids are small non-negative integers). */
  add(start: number, end: number, id: number): void {
    const k = this.s.length;
    this.s.push(start);
    this.e.push(end);
    this.ids.push(id);
    if (id >= this.stamp.length) {
      let n = this.stamp.length;
      while (n <= id) n *= 2;
      const st = new Int32Array(n);
      st.set(this.stamp);
      this.stamp = st;
    }
    if (end - start > LONG || start < 0) this.long.push(k);
    else (this.buckets[Math.floor(start / BUCKET)] ??= []).push(k);
  }

  /** Ids (ascending, each once) of intervals with start < hi and end > lo. */
  overlapping(lo: number, hi: number): number[] {
    const out: number[] = [];
    this.each(lo, hi, (id) => out.push(id));
    return out.length > 1 ? out.sort((a, b) => a - b) : out;
  }

  private visit(k: number, lo: number, hi: number, r: number, fn: (id: number) => void): void {
    if (this.s[k]! < hi && this.e[k]! > lo) {
      const id = this.ids[k]!;
      if (this.stamp[id] === r) return;
      this.stamp[id] = r;
      fn(id);
    }
  }

  /** Calls fn for each id (once, in no particular order) with an interval start < hi and end > lo. */
  each(lo: number, hi: number, fn: (id: number) => void): void {
    const r = ++this.round;
    // a short interval with start < hi and end > lo starts after lo - LONG
    const b0 = Math.floor(Math.max(0, Math.min(lo, hi) - LONG - 1) / BUCKET);
    const b1 = Math.min(this.buckets.length - 1, Math.floor(Math.max(0, hi) / BUCKET));
    for (let b = b0; b <= b1; b++) {
      const list = this.buckets[b];
      if (list) for (const k of list) this.visit(k, lo, hi, r, fn);
    }
    for (const k of this.long) this.visit(k, lo, hi, r, fn);
  }

  /** Whether some interval has start < hi and end > lo. */
  any(lo: number, hi: number): boolean {
    let found = false;
    this.each(lo, hi, () => {
      found = true;
    });
    return found;
  }
}

const SORTED = new WeakMap<readonly Span[], boolean>();

/** Index of the span holding offset `at` (-1 if none): binary search when the spans are sorted and disjoint. */
export function indexAt(spans: readonly Span[], at: number): number {
  let ok = SORTED.get(spans);
  if (ok === undefined) {
    ok = true;
    for (let i = 1; i < spans.length && ok; i++) if (spans[i]!.start < spans[i - 1]!.end) ok = false;
    for (let i = 0; i < spans.length && ok; i++) if (spans[i]!.end < spans[i]!.start) ok = false;
    SORTED.set(spans, ok);
  }
  if (ok) return spanIndexAt(spans, at);
  return spans.findIndex((x) => x.start <= at && at < x.end);
}
