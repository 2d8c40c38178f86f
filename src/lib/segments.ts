/**
 * Overlapping annotation spans (mentions inside quotes, nested or crossing quotes) rendered as
 * properly nested elements: cut the range at every span boundary into a flat list of segments,
 * then group consecutive segments that share the same outer mark, level by level.
 */

export interface MarkSpan {
  start: number;
  end: number;
}

export interface Segment<T extends MarkSpan> {
  start: number;
  end: number;
  /** The marks covering the whole segment, outermost first. */
  marks: T[];
}

export type SegmentNode<T extends MarkSpan> =
  | { type: 'text'; start: number; end: number }
  | {
      type: 'mark';
      mark: T;
      start: number;
      end: number;
      /** True for the first element rendered for this mark (where an anchor id goes). */
      first: boolean;
      children: SegmentNode<T>[];
    };

/** Outermost first: earlier start, then longer. */
export const byExtent = (a: MarkSpan, b: MarkSpan) => a.start - b.start || b.end - a.end;

/** Cuts [range.start, range.end) at every boundary of the marks that touch it. */
export function buildSegments<T extends MarkSpan>(
  range: MarkSpan,
  marks: readonly T[],
  order: (a: T, b: T) => number = byExtent,
): Segment<T>[] {
  const inRange = marks.filter((m) => m.end > m.start && m.end > range.start && m.start < range.end);
  const cuts = new Set<number>([range.start, range.end]);
  for (const m of inRange) {
    cuts.add(Math.max(m.start, range.start));
    cuts.add(Math.min(m.end, range.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment<T>[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    const covering = inRange.filter((m) => m.start <= start && m.end >= end).sort(order);
    segments.push({ start, end, marks: covering });
  }
  return segments;
}

/** Groups segments into a tree; `seen` tracks marks already rendered (share it across paragraphs). */
export function nestSegments<T extends MarkSpan>(segments: readonly Segment<T>[], seen: Set<T> = new Set()): SegmentNode<T>[] {
  const level = (segs: readonly Segment<T>[], depth: number): SegmentNode<T>[] => {
    const out: SegmentNode<T>[] = [];
    let i = 0;
    while (i < segs.length) {
      const seg = segs[i]!;
      const mark = seg.marks[depth];
      if (mark === undefined) {
        out.push({ type: 'text', start: seg.start, end: seg.end });
        i++;
        continue;
      }
      let j = i + 1;
      while (j < segs.length && segs[j]!.marks[depth] === mark) j++;
      const group = segs.slice(i, j);
      const first = !seen.has(mark);
      seen.add(mark);
      out.push({
        type: 'mark',
        mark,
        start: seg.start,
        end: group[group.length - 1]!.end,
        first,
        children: level(group, depth + 1),
      });
      i = j;
    }
    return out;
  };
  return level(segments, 0);
}

/** A paragraph whose lines are all list items ("- Fines of up to ...", "2. A review"): shown line by line. */
export function isListParagraph(text: string): boolean {
  const lines = text.split('\n');
  return lines.length > 1 && lines.every((line) => /^\s*(?:[-*•–—]|\d{1,2}[.)])\s+\S/.test(line));
}
