import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { glossBundle } from './bundle-plugin.ts';

function project(seeds: Record<string, string | Uint8Array>) {
  const root = mkdtempSync(join(tmpdir(), 'gloss-build-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title><p>t</p>');
  const seedsDir = join(root, 'seeds');
  mkdirSync(seedsDir);
  for (const [name, body] of Object.entries(seeds)) writeFileSync(join(seedsDir, name), body);
  return { root, seedsDir, outDir: join(root, 'dist') };
}

async function run(p: ReturnType<typeof project>, skipInvalid = false) {
  const warnings: string[] = [];
  await build({
    root: p.root,
    configFile: false,
    logLevel: 'silent',
    base: './',
    plugins: [glossBundle({ seedsDir: p.seedsDir, skipInvalid })],
    build: { outDir: p.outDir, emptyOutDir: true, rollupOptions: { onwarn: (w) => void warnings.push(String(w.message)) } },
    customLogger: {
      info() {},
      warn: (m) => void warnings.push(m),
      warnOnce: (m) => void warnings.push(m),
      error() {},
      clearScreen() {},
      hasErrorLogged: () => false,
      hasWarned: false,
    },
  });
  return warnings;
}

const GOOD = 'date 2020-09-11 (@a)\n\nQUITO (Agency) The mayor spoke on Thursday.\n';

describe('glossBundle build', () => {
  it('writes the index and one document per article next to the app', async () => {
    const p = project({ 'one.txt': GOOD, 'two.txt': GOOD });
    await run(p);
    const index = JSON.parse(readFileSync(join(p.outDir, 'data/index.json'), 'utf8'));
    expect(index.articles.map((a: { id: string }) => a.id)).toEqual(['one', 'two']);
    expect(existsSync(join(p.outDir, 'data/articles/two.json'))).toBe(true);
  }, 30_000);

  it('fails listing every bad seed as file:line: reason', async () => {
    const p = project({ 'ok.txt': GOOD, 'a.txt': 'date 2020-13-01\n\nText.', 'b.txt': '' });
    await expect(run(p)).rejects.toThrow(/2 problem\(s\)[\s\S]*seeds\/a\.txt:1: impossible date 2020-13-01 in header[\s\S]*seeds\/b\.txt:1: empty article/);
  }, 30_000);

  it('builds the rest with warnings when asked to skip invalid seeds', async () => {
    const p = project({ 'ok.txt': GOOD, 'bad.txt': new Uint8Array([0, 0, 1]) });
    const warnings = await run(p, true);
    const index = JSON.parse(readFileSync(join(p.outDir, 'data/index.json'), 'utf8'));
    expect(index.articles.map((a: { id: string }) => a.id)).toEqual(['ok']);
    expect(warnings.join('\n')).toMatch(/seeds\/bad\.txt:1: binary file/);
  }, 30_000);
});
