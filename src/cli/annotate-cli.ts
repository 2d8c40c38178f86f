import { createReadStream, createWriteStream, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import { annotateArticleFile } from '../core/article/article.ts';
import { quotesToCsv } from '../core/export/article-export.ts';
import { annotateJsonlLine } from './jsonl.ts';

export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

export const EXIT_OK = 0;
/** Some input could not be annotated (a bad line or a malformed file); the rest was written. */
export const EXIT_INPUT_ERROR = 1;
/** The command line itself is wrong (unknown flag, missing file). */
export const EXIT_USAGE = 2;

export const HELP = `Usage:
  npm run annotate -- FILE.txt                      print one article's annotation as JSON
  npm run annotate -- --jsonl IN.jsonl --out OUT.jsonl
                                                    annotate one document per line

Options:
  --jsonl FILE   input with one JSON object per line: {"id", "text", "dct"?}; other fields are ignored
  --out FILE     where --jsonl writes one line per input line, in input order (default: stdout)
  --pretty       indent the JSON of a single article
  --format F     json (default) or csv: one article's quotes as CSV (RFC 4180, formula-safe)
  -h, --help     show this help

Exit codes: 0 success; 1 some input was malformed (reported with its line; the rest is still
annotated); 2 usage error (unknown flag, missing file).
`;

interface Args {
  file?: string;
  jsonl?: string;
  out?: string;
  pretty: boolean;
  format: 'json' | 'csv';
  help: boolean;
}

function parseArgs(argv: string[]): Args | string {
  const args: Args = { pretty: false, help: false, format: 'json' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${a} needs a value`);
      return v;
    };
    try {
      if (a === '-h' || a === '--help') args.help = true;
      else if (a === '--jsonl') args.jsonl = value();
      else if (a === '--out') args.out = value();
      else if (a === '--pretty') args.pretty = true;
      else if (a === '--format') {
        const f = value();
        if (f !== 'json' && f !== 'csv') return `--format must be json or csv, not ${f}`;
        args.format = f;
      }
      else if (a.startsWith('-')) return `unknown option ${a}`;
      else if (args.file === undefined) args.file = a;
      else return `unexpected argument ${a}`;
    } catch (e) {
      return (e as Error).message;
    }
  }
  return args;
}

export async function runAnnotateCli(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    io.stderr(`gloss annotate: ${args}\n\n${HELP}`);
    return EXIT_USAGE;
  }
  if (args.help) {
    io.stdout(HELP);
    return EXIT_OK;
  }
  if (args.jsonl !== undefined) return runJsonl(args.jsonl, args.out, io);
  if (args.file === undefined) {
    io.stderr(`gloss annotate: no input file\n\n${HELP}`);
    return EXIT_USAGE;
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(args.file);
  } catch (e) {
    io.stderr(`gloss annotate: cannot read ${args.file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
    return EXIT_USAGE;
  }
  const result = annotateArticleFile(basename(args.file), bytes);
  for (const w of result.warnings) io.stderr(`${args.file}:${w.line}: warning: ${w.message}\n`);
  if (!result.ok) {
    for (const e of result.errors) io.stderr(`${args.file}:${e.line}: ${e.message}\n`);
    return EXIT_INPUT_ERROR;
  }
  if (args.format === 'csv') io.stdout(quotesToCsv(result.article));
  else io.stdout(JSON.stringify(result.article, null, args.pretty ? 2 : undefined) + '\n');
  return EXIT_OK;
}

async function runJsonl(input: string, out: string | undefined, io: CliIo): Promise<number> {
  try {
    if (!statSync(input).isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
  } catch (e) {
    io.stderr(`gloss annotate: cannot read ${input}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
    return EXIT_USAGE;
  }
  const stream = createReadStream(input, 'utf8');
  const sink = out ? createWriteStream(out) : null;
  const write = (s: string) => (sink ? sink.write(s) : io.stdout(s));
  let line = 0;
  let failed = 0;
  let done = 0;
  const started = Date.now();
  let lastProgress = started;
  for await (const raw of createInterface({ input: stream, crlfDelay: Infinity })) {
    line++;
    if (raw.trim() === '') continue;
    const result = annotateJsonlLine(raw, line);
    if (result.error !== undefined) {
      failed++;
      io.stderr(`${input}:${line}: ${result.error}\n`);
      write(JSON.stringify({ id: idOf(raw) ?? `line-${line}`, error: result.error }) + '\n');
      continue;
    }
    write(JSON.stringify(result.output) + '\n');
    done++;
    const now = Date.now();
    if (now - lastProgress > 2000) {
      lastProgress = now;
      io.stderr(`annotated ${done} documents (${((done * 1000) / (now - started)).toFixed(1)}/s)\n`);
    }
  }
  if (sink) await new Promise<void>((resolve, reject) => sink.end((err?: Error | null) => (err ? reject(err) : resolve())));
  io.stderr(`annotated ${done} documents${failed ? `, ${failed} malformed line(s)` : ''} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return failed ? EXIT_INPUT_ERROR : EXIT_OK;
}

function idOf(raw: string): string | undefined {
  const m = /"id"\s*:\s*"([^"]*)"/.exec(raw);
  return m?.[1];
}
