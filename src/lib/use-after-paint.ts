import { useEffect, useState } from 'react';

/**
 * A value that follows `value` once the browser has painted the frame after its change: for parts of
 * the page that may show a change one frame late, so that the frame answering an input does only the
 * urgent work. A timer covers a hidden tab, where animation frames do not run. The first value is
 * returned at once.
 */
export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    const apply = () => setShown(() => value);
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A task queued from an animation-frame callback runs after that frame is painted.
    const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => (timer = setTimeout(apply, 0))) : null;
    const fallback = setTimeout(apply, 100);
    return () => {
      if (frame !== null) cancelAnimationFrame(frame);
      clearTimeout(timer);
      clearTimeout(fallback);
    };
  }, [value, shown]);
  return shown;
}
