/**
 * Vite plugin that turns seeds/ into the article bundle: `data/index.json` and
 * `data/articles/<id>.json` next to the app. In dev it serves them and reloads the page when a seed
 * changes; in a build it writes them and fails, listing every bad seed as `file:line: reason`.
 * Node-only: it never reaches the browser bundle.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { assembleBundle, buildBundle, formatMessage, parseSeeds, type Bundle } from '../core/bundle/build.ts';
import { annotateOnAllCores } from './annotate-pool.ts';
import { buildActorIndex } from '../core/search/actor-index.ts';
import { buildSearchIndex } from '../core/search/search-index.ts';

export interface GlossBundleOptions {
  seedsDir: string;
  /** Build what is valid and only warn about bad seeds (`npm run build -- --skip-invalid`). */
  skipInvalid?: boolean;
}

export const DATA_DIR = 'data';

export function readSeeds(seedsDir: string) {
  const root = process.cwd();
  return readdirSync(seedsDir, { withFileTypes: true })
    .filter((d) => d.isFile() && !d.name.startsWith('.'))
    .map((d) => {
      const full = join(seedsDir, d.name);
      return { path: relative(root, full) || full, bytes: new Uint8Array(readFileSync(full)) };
    });
}

export function glossBundle(options: GlossBundleOptions): Plugin {
  // Dev server: built in this thread on first request, rebuilt after a seed changes.
  let cached: { bundle: Bundle; lib: ReturnType<typeof libraryFiles> } | null = null;
  const load = () => {
    if (!cached) {
      const bundle = buildBundle(readSeeds(options.seedsDir));
      cached = { bundle, lib: libraryFiles(bundle) };
    }
    return cached;
  };
  const log = (bundle: Bundle, warn: (s: string) => void) => {
    for (const w of bundle.warnings) warn(`warning: ${formatMessage(w)}`);
  };

  return {
    name: 'gloss-bundle',

    configureServer(server: ViteDevServer) {
      server.watcher.add(options.seedsDir);
      const onChange = (file: string) => {
        if (!file.startsWith(options.seedsDir)) return;
        cached = null;
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('add', onChange).on('change', onChange).on('unlink', onChange);
      server.middlewares.use((req, res, next) => {
        const url = (req.url ?? '').split('?')[0]!;
        // Library files (search index, actors across articles): see libraryFiles below.
        const lib = /\/data\/(search|actors)\.json$/.exec(url);
        if (lib) {
          const files = load().lib;
          res.setHeader('Content-Type', 'application/json');
          res.end(lib[1] === 'search' ? files.search : files.actors);
          return;
        }
        const m = /\/data\/(index|articles\/([^/]+))\.json$/.exec(url);
        if (!m) return next();
        const { bundle } = load();
        for (const e of bundle.errors) server.config.logger.error(formatMessage(e));
        const body = m[2] === undefined ? bundle.index : bundle.articles.find((a) => a.id === decodeURIComponent(m[2]!));
        if (!body) {
          res.statusCode = 404;
          res.end('not found');
          return;
        }
        res.setHeader('Content-Type', 'application/json');
        res.end(JSON.stringify(body));
      });
    },

    async generateBundle() {
      // A build annotates on every core (worker threads).
      const seeds = parseSeeds(readSeeds(options.seedsDir));
      const bundle = assembleBundle(seeds, await annotateOnAllCores(seeds.parsed));
      log(bundle, (s) => this.warn(s));
      if (bundle.errors.length) {
        const list = bundle.errors.map(formatMessage).join('\n');
        if (!options.skipInvalid) {
          this.error(`${bundle.errors.length} problem(s) in ${options.seedsDir}/ (use --skip-invalid to build the rest):\n${list}`);
        }
        this.warn(`skipped invalid seeds:\n${list}`);
      }
      this.emitFile({ type: 'asset', fileName: `${DATA_DIR}/index.json`, source: JSON.stringify(bundle.index) });
      for (const a of bundle.articles) {
        const source = bundle.prepared?.get(a)?.json ?? JSON.stringify(a);
        this.emitFile({ type: 'asset', fileName: `${DATA_DIR}/articles/${a.id}.json`, source });
      }
      const lib = libraryFiles(bundle);
      this.emitFile({ type: 'asset', fileName: `${DATA_DIR}/search.json`, source: lib.search });
      this.emitFile({ type: 'asset', fileName: `${DATA_DIR}/actors.json`, source: lib.actors });
    },
  };
}

/** The library's files: `data/search.json` (MiniSearch index) and `data/actors.json` (actors across articles). */
export function libraryFiles(bundle: Pick<Bundle, 'articles' | 'prepared'>): { search: string; actors: string } {
  let files = libraryCache.get(bundle);
  if (!files) {
    const prepared = bundle.prepared;
    const search = buildSearchIndex(bundle.articles, prepared && ((doc) => prepared.get(doc)?.search));
    files = { search, actors: JSON.stringify(buildActorIndex(bundle.articles)) };
    libraryCache.set(bundle, files);
  }
  return files;
}
const libraryCache = new WeakMap<object, { search: string; actors: string }>();
