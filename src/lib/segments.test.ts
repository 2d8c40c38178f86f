import { buildSegments, isListParagraph, nestSegments, type SegmentNode } from './segments.ts';

interface M {
  id: string;
  start: number;
  end: number;
}

const show = (nodes: SegmentNode<M>[]): string =>
  nodes.map((n) => (n.type === 'text' ? `${n.start}-${n.end}` : `${n.mark.id}[${show(n.children)}]`)).join(' ');

describe('buildSegments', () => {
  it('returns the whole range as one segment when nothing is marked', () => {
    expect(buildSegments({ start: 0, end: 10 }, [])).toEqual([{ start: 0, end: 10, marks: [] }]);
  });

  it('cuts at every boundary and lists the covering marks outermost first', () => {
    const q = { id: 'q', start: 2, end: 8 };
    const m = { id: 'm', start: 4, end: 6 };
    const segs = buildSegments({ start: 0, end: 10 }, [m, q]);
    expect(segs.map((s) => [s.start, s.end, s.marks.map((x) => x.id).join('')])).toEqual([
      [0, 2, ''],
      [2, 4, 'q'],
      [4, 6, 'qm'],
      [6, 8, 'q'],
      [8, 10, ''],
    ]);
  });

  it('clips marks that run past the range and ignores empty ones', () => {
    const segs = buildSegments({ start: 5, end: 10 }, [
      { id: 'a', start: 0, end: 7 },
      { id: 'e', start: 8, end: 8 },
    ]);
    expect(segs.map((s) => [s.start, s.end, s.marks.length])).toEqual([
      [5, 7, 1],
      [7, 10, 0],
    ]);
  });
});

describe('nestSegments', () => {
  it('nests a mention inside a quote', () => {
    const q = { id: 'q', start: 2, end: 8 };
    const m = { id: 'm', start: 4, end: 6 };
    expect(show(nestSegments(buildSegments({ start: 0, end: 10 }, [q, m])))).toBe('0-2 q[2-4 m[4-6] 6-8] 8-10');
  });

  it('nests a quote inside a quote', () => {
    const outer = { id: 'o', start: 0, end: 10 };
    const inner = { id: 'i', start: 3, end: 5 };
    expect(show(nestSegments(buildSegments({ start: 0, end: 10 }, [inner, outer])))).toBe('o[0-3 i[3-5] 5-10]');
  });

  it('splits a crossing span and marks only its first piece as first', () => {
    const a = { id: 'a', start: 0, end: 6 };
    const b = { id: 'b', start: 4, end: 10 };
    const nodes = nestSegments(buildSegments({ start: 0, end: 10 }, [a, b]));
    expect(show(nodes)).toBe('a[0-4 b[4-6]] b[6-10]');
    const last = nodes[1];
    expect(last?.type === 'mark' && last.first).toBe(false);
  });

  it('keeps first flags across paragraphs when sharing the seen set', () => {
    const q = { id: 'q', start: 0, end: 20 };
    const seen = new Set<M>();
    const p1 = nestSegments(buildSegments({ start: 0, end: 10 }, [q]), seen);
    const p2 = nestSegments(buildSegments({ start: 10, end: 20 }, [q]), seen);
    expect(p1[0]?.type === 'mark' && p1[0].first).toBe(true);
    expect(p2[0]?.type === 'mark' && p2[0].first).toBe(false);
  });
});

describe('isListParagraph', () => {
  it('tells a paragraph of list items from prose and from hard-wrapped lines', () => {
    expect(isListParagraph('- Fines for repeat offenders\n- A review after six months')).toBe(true);
    expect(isListParagraph('1. Fines\n2) A review\n• Exemptions')).toBe(true);
    expect(isListParagraph('- One item only')).toBe(false);
    expect(isListParagraph('The council met on Monday and\nvoted to close the pool.')).toBe(false);
    expect(isListParagraph('- Fines for repeat offenders\nand a review after six months')).toBe(false);
  });
});
