/** A loading skeleton with a status message for assistive technologies. */
export function LoadingStatus({ label, lines = 6 }: { label: string; lines?: number }) {
  return (
    <div role="status" className="animate-pulse motion-reduce:animate-none">
      <span className="sr-only">{label}</span>
      <div aria-hidden="true" className="space-y-3">
        <div className="h-7 w-3/4 rounded bg-skeleton" />
        {Array.from({ length: lines }, (_, i) => (
          <div key={i} className="h-4 rounded bg-skeleton" style={{ width: `${92 - ((i * 17) % 30)}%` }} />
        ))}
      </div>
    </div>
  );
}
