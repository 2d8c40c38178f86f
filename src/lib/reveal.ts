export function prefersReducedMotion(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Scrolls an element into view (smoothly unless reduced motion is asked for) and moves focus to it. */
export function revealElement(el: HTMLElement | null, { focus = true } = {}): void {
  if (!el) return;
  el.scrollIntoView?.({ behavior: prefersReducedMotion() ? 'auto' : 'smooth', block: 'center' });
  if (focus) el.focus({ preventScroll: true });
}

export const quoteAnchorId = (quoteId: string) => `quote-${quoteId}`;
export const eventAnchorId = (eventId: string) => `event-${eventId}`;
