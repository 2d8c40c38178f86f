import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT_INPUT_ERROR, EXIT_OK, EXIT_USAGE, runAnnotateCli } from './annotate-cli.ts';

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { stdout: (s: string) => void out.push(s), stderr: (s: string) => void err.push(s) } };
}

const dir = mkdtempSync(join(tmpdir(), 'gloss-cli-'));

describe('annotate CLI', () => {
  it('prints one article as JSON with its text and metadata', async () => {
    const file = join(dir, 'a.txt');
    writeFileSync(file, 'date 2020-09-11 (@someone)\n\nLIMA (Agency) The mayor spoke on Thursday.\n');
    const t = io();
    expect(await runAnnotateCli([file], t.io)).toBe(EXIT_OK);
    const doc = JSON.parse(t.out.join(''));
    expect(doc).toMatchObject({ id: 'a', published: '2020-09-11', handle: 'someone', text: 'LIMA (Agency) The mayor spoke on Thursday.' });
    expect(Array.isArray(doc.actors) && Array.isArray(doc.quotes) && Array.isArray(doc.events)).toBe(true);
  });

  it('annotates every good JSONL line, in order, and reports bad ones by line number', async () => {
    const input = join(dir, 'in.jsonl');
    const output = join(dir, 'out.jsonl');
    writeFileSync(input, ['{"id":"1","text":"One.","gold":[1]}', '{not json', '{"id":"3","text":"Three.","dct":"2020-01-01"}', '{"id":"4"}'].join('\n'));
    const t = io();
    expect(await runAnnotateCli(['--jsonl', input, '--out', output], t.io)).toBe(EXIT_INPUT_ERROR);
    const lines = readFileSync(output, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['1', 'line-2', '3', '4']);
    expect(lines[0]).not.toHaveProperty('gold');
    expect(t.err.join('')).toMatch(/in\.jsonl:2: invalid JSON/);
    expect(t.err.join('')).toMatch(/in\.jsonl:4: missing "text"/);
  });

  it('exits with the usage code on an unknown flag or a missing file', async () => {
    const a = io();
    expect(await runAnnotateCli(['--frobnicate'], a.io)).toBe(EXIT_USAGE);
    expect(a.err.join('')).toMatch(/unknown option --frobnicate/);
    const b = io();
    expect(await runAnnotateCli([join(dir, 'missing.txt')], b.io)).toBe(EXIT_USAGE);
    expect(b.err.join('')).toMatch(/cannot read .*missing\.txt: ENOENT/);
  });

  it('reports a malformed article file as file:line', async () => {
    const file = join(dir, 'bad.txt');
    writeFileSync(file, 'date 2020-02-30 (@x)\n\nText.');
    const t = io();
    expect(await runAnnotateCli([file], t.io)).toBe(EXIT_INPUT_ERROR);
    expect(t.err.join('')).toMatch(/bad\.txt:1: impossible date 2020-02-30/);
  });

  it('writes an article\'s quotes as CSV with --format csv, and refuses unknown formats', async () => {
    const file = join(dir, 'q.txt');
    writeFileSync(file, 'date 2020-09-11 (@someone)\n\n"We will rebuild the pier," Mayor Ada Brandt said on Monday.\n');
    const t = io();
    expect(await runAnnotateCli([file, '--format', 'csv'], t.io)).toBe(EXIT_OK);
    const [header, ...rows] = t.out.join('').trim().split(/\r?\n/);
    expect(header).toMatch(/quote|text/i);
    expect(rows.join('\n')).toContain('We will rebuild the pier');
    const bad = io();
    expect(await runAnnotateCli([file, '--format', 'xml'], bad.io)).toBe(EXIT_USAGE);
    expect(bad.err.join('')).toMatch(/--format must be json or csv/);
  });

  it('documents itself with --help', async () => {
    const t = io();
    expect(await runAnnotateCli(['--help'], t.io)).toBe(EXIT_OK);
    expect(t.out.join('')).toMatch(/--jsonl FILE/);
  });
});
