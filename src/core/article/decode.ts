/** Turning the bytes of an article file into text, with a word on anything unusual. */

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  warning?: string;
}

export type DecodeResult = { ok: true; value: Decoded } | { ok: false; reason: string };

export function decodeArticleBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, value: { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' } };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: true, value: { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' } };
  }
  const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  if (looksBinary(body)) return { ok: false, reason: 'binary file (NUL or control bytes), not text' };
  try {
    return { ok: true, value: { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' } };
  } catch {
    return {
      ok: true,
      value: {
        text: new TextDecoder('windows-1252').decode(body),
        encoding: 'windows-1252',
        warning: 'not valid UTF-8; read as Latin-1 (Windows-1252)',
      },
    };
  }
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return n > 0 && control / n > 0.1;
}
