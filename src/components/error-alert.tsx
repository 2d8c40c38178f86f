import type { ReactNode } from 'react';

interface ErrorAlertProps {
  title: string;
  error: unknown;
  onRetry?: () => void;
  children?: ReactNode;
}

function problems(error: unknown): string[] {
  if (error && typeof error === 'object' && 'problems' in error && Array.isArray(error.problems)) {
    return error.problems.filter((p): p is string => typeof p === 'string');
  }
  return [];
}

/** A failure the rest of the app survives: what went wrong, why, and a Retry button. */
export function ErrorAlert({ title, error, onRetry, children }: ErrorAlertProps) {
  const list = problems(error);
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div role="alert" className="rounded-lg border border-danger bg-danger-soft p-4 text-ink">
      <p className="font-semibold">{title}</p>
      <p className="mt-1 text-sm break-words">{list.length ? `${list.length} problem${list.length === 1 ? '' : 's'} in the data.` : message}</p>
      {list.length > 0 && (
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer">Details</summary>
          <ul className="mt-1 list-disc pl-5 break-words">
            {list.slice(0, 10).map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </details>
      )}
      <div className="mt-3 flex flex-wrap items-center gap-3">
        {onRetry && (
          <button type="button" className="btn" onClick={onRetry}>
            Retry
          </button>
        )}
        {children}
      </div>
    </div>
  );
}
