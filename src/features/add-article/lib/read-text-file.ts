/** Checks on what the user gives the "Add article" form, before anything is annotated. */
import { decodeArticleBytes } from '../../../core/article/decode.ts';

export const MAX_FILE_BYTES = 2 * 1024 * 1024;
export const MAX_TEXT_CHARS = 2_000_000;

export type ReadResult = { ok: true; text: string; warning?: string } | { ok: false; message: string };

const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;

/** Decodes text the way the build does (UTF-8, UTF-16 with a BOM, else Windows-1252); refuses binary data and files over 2 MB. */
export function decodeTextFile(name: string, bytes: Uint8Array): ReadResult {
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, message: `“${name}” is ${mb(bytes.length)}: files up to 2 MB can be added.` };
  const decoded = decodeArticleBytes(bytes);
  if (!decoded.ok) return { ok: false, message: `“${name}” is not a text file: choose a .txt file of plain text.` };
  const { text, encoding } = decoded.value;
  if (encoding === 'windows-1252') return { ok: true, text, warning: `“${name}” is not UTF-8; it was read as Latin-1 (Windows-1252).` };
  return { ok: true, text };
}

/** The bytes of a file (FileReader where Blob.arrayBuffer is missing, as in older engines and jsdom). */
function fileBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsArrayBuffer(file);
  });
}

export async function readTextFile(file: File): Promise<ReadResult> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, message: `“${file.name}” is ${mb(file.size)}: files up to 2 MB can be added.` };
  try {
    return decodeTextFile(file.name, await fileBytes(file));
  } catch (e) {
    return { ok: false, message: `“${file.name}” could not be read: ${(e as Error).message}` };
  }
}

/** Why the text cannot be annotated, or null. */
export function textProblem(text: string): string | null {
  if (text.trim() === '') return 'There is no text to annotate: paste an article or choose a .txt file.';
  if (text.length > MAX_TEXT_CHARS) return `The text is ${text.length.toLocaleString('en')} characters long: up to 2,000,000 can be annotated.`;
  if (text.includes('\0')) return 'The text contains binary data (NUL characters): paste plain text.';
  return null;
}
