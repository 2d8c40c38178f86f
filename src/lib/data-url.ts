/** Resolves a bundle path against the document, so the app works from any sub-path of a static host. */
export function dataUrl(path: string): string {
  return new URL(path, document.baseURI).href;
}
