/**
 * Vite plugin (Node-only, build time) that writes `sw.js`: a service worker that precaches every
 * file of the build (app chunks, styles, index.html and the article bundle under data/) so dist/
 * keeps working offline after the first visit, from any sub-path. Hand-written instead of
 * vite-plugin-pwa/workbox: ~50 lines, no build-time dependency tree, and the cache list is exactly
 * the files Vite emitted. A new build changes the cache name, so the old cache is dropped.
 */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';

export const SERVICE_WORKER_FILE = 'sw.js';

/**
 * Article files are precached while they add up to at most this; past it (a large bundle) only the
 * app, the index and the articles already read are kept offline, so a first visit stays light.
 */
export const PRECACHE_ARTICLES_MAX_BYTES = 8_000_000;

/** The service worker's source for a list of files relative to the app's folder. */
export function serviceWorkerSource(files: readonly string[], version: string): string {
  return `// Gloss offline cache ${version}: generated at build time; do not edit.
const CACHE = 'gloss-${version}';
const FILES = ${JSON.stringify(['./', ...files.map((f) => `./${f}`)])};
const url = (f) => new URL(f, self.registration.scope).href;
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES.map(url))).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('gloss-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});
self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || !req.url.startsWith(self.registration.scope)) return;
  // Pages are one app whatever their query (?article=…): answer with index.html.
  const key = req.mode === 'navigate' ? url('./') : req.url;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const hit = await cache.match(key, { ignoreSearch: req.mode === 'navigate' });
      if (hit) return hit;
      const res = await fetch(req);
      // Files not precached (articles of a large bundle) are kept once read.
      if (res.ok && req.mode !== 'navigate') cache.put(req, res.clone());
      return res;
    }),
  );
});
`;
}

function listFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() && !d.name.startsWith('.'))
      .map((d) => relative(dir, join(d.parentPath, d.name)).split('\\').join('/'));
  } catch {
    return [];
  }
}

export function glossOffline(): Plugin {
  let publicFiles: string[] = [];
  return {
    name: 'gloss-offline',
    apply: 'build',
    configResolved(config) {
      publicFiles = config.publicDir ? listFiles(config.publicDir) : [];
    },
    // After the bundle plugin has emitted data/: the service worker lists every file of the build.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const size = (f: string) => {
          const item = bundle[f]!;
          return item.type === 'chunk' ? item.code.length : item.source.length;
        };
        const emitted = Object.keys(bundle).filter((f) => f !== SERVICE_WORKER_FILE && !f.endsWith('.map'));
        const articles = emitted.filter((f) => f.startsWith('data/articles/'));
        const articleBytes = articles.reduce((n, f) => n + size(f), 0);
        const skip = new Set(articleBytes > PRECACHE_ARTICLES_MAX_BYTES ? articles : []);
        const files = [...emitted.filter((f) => !skip.has(f)), ...publicFiles.filter((f) => !(f in bundle))].sort();
        const hash = createHash('sha256');
        for (const f of emitted.sort()) {
          const item = bundle[f]!;
          hash.update(f);
          hash.update(item.type === 'chunk' ? item.code : typeof item.source === 'string' ? item.source : Buffer.from(item.source));
        }
        for (const f of publicFiles) hash.update(f);
        this.emitFile({ type: 'asset', fileName: SERVICE_WORKER_FILE, source: serviceWorkerSource(files, hash.digest('hex').slice(0, 12)) });
      },
    },
  };
}
