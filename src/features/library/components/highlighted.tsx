import { highlightSegments } from '../../../core/search/highlight.ts';

/** A text with the words of `terms` in <mark>. */
export function Highlighted({ text, terms }: { text: string; terms: readonly string[] }) {
  return (
    <>
      {highlightSegments(text, terms).map((s, i) =>
        s.match ? (
          <mark key={i} className="rounded-sm bg-accent-soft px-0.5 text-ink">
            {s.text}
          </mark>
        ) : (
          s.text
        ),
      )}
    </>
  );
}
