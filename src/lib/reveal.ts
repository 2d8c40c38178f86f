export function prefersReducedMotion(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Scrolls an element into view and moves focus to it: smoothly when it is near (unless reduced motion
 * is asked for), at once when it is far. Long articles lay out paragraphs out of view lazily
 * (content-visibility, with estimated heights), so after a jump the element is centred again once the
 * paragraphs around it have their real height.
 */
export function revealElement(el: HTMLElement | null, { focus = true } = {}): void {
  if (!el) return;
  const far = Math.abs(el.getBoundingClientRect().top) > 2 * window.innerHeight;
  const behavior = far || prefersReducedMotion() ? 'auto' : 'smooth';
  el.scrollIntoView?.({ behavior, block: 'center' });
  if (focus) el.focus({ preventScroll: true });
  if (behavior === 'auto' && typeof requestAnimationFrame === 'function') {
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        const rect = el.getBoundingClientRect();
        if (el.isConnected && (rect.top < 0 || rect.bottom > window.innerHeight)) el.scrollIntoView?.({ block: 'center' });
      }),
    );
  }
}

export const quoteAnchorId = (quoteId: string) => `quote-${quoteId}`;
export const eventAnchorId = (eventId: string) => `event-${eventId}`;
