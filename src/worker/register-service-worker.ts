/**
 * Registers the offline service worker (`sw.js`, written by the offline plugin next to index.html)
 * in production builds only; its scope is the folder the app is served from.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js', { scope: './' }).catch((e: unknown) => {
      console.warn('Gloss: offline mode is not available:', e);
    });
  });
}
