import { annotate } from '../core/annotate.ts';
import type { Annotations } from '../core/types.ts';

export interface JsonlResult {
  line: number;
  output?: { id: string } & Annotations;
  error?: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Annotates one JSONL input line `{id, text, dct?}`; every other field is ignored (it may be gold).
 * Returns an error message instead of throwing for a malformed line.
 */
export function annotateJsonlLine(raw: string, line: number): JsonlResult {
  let doc: unknown;
  try {
    doc = JSON.parse(raw);
  } catch (e) {
    return { line, error: `invalid JSON (${(e as Error).message})` };
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return { line, error: 'expected a JSON object' };
  const { id, text, dct } = doc as Record<string, unknown>;
  if (typeof id !== 'string' && typeof id !== 'number') return { line, error: 'missing "id" (string)' };
  if (typeof text !== 'string') return { line, error: 'missing "text" (string)' };
  if (dct !== undefined && dct !== null && (typeof dct !== 'string' || !ISO_DATE.test(dct))) {
    return { line, error: `"dct" must be YYYY-MM-DD, got ${JSON.stringify(dct)}` };
  }
  const published = typeof dct === 'string' ? dct : null;
  return { line, output: { id: String(id), ...annotate(text, { published }) } };
}
