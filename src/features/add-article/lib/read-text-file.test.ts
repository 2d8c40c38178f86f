import { decodeTextFile, MAX_FILE_BYTES, textProblem } from './read-text-file.ts';

describe('decodeTextFile', () => {
  it('reads UTF-8, UTF-16 with a byte-order mark, and falls back to Latin-1', () => {
    expect(decodeTextFile('a', new TextEncoder().encode('Zürich'))).toEqual({ ok: true, text: 'Zürich' });
    expect(decodeTextFile('a', new Uint8Array([0xff, 0xfe, 0x48, 0, 0x69, 0]))).toEqual({ ok: true, text: 'Hi' });
    const latin = decodeTextFile('a.txt', new Uint8Array([0x5a, 0xfc, 0x72]));
    expect(latin).toMatchObject({ ok: true, text: 'Zür', warning: expect.stringContaining('Latin-1') });
  });

  it('refuses binary data and files over 2 MB', () => {
    expect(decodeTextFile('x.bin', new Uint8Array([1, 0, 2]))).toEqual({ ok: false, message: '“x.bin” is not a text file: choose a .txt file of plain text.' });
    expect(decodeTextFile('big.txt', new Uint8Array(MAX_FILE_BYTES + 1))).toMatchObject({ ok: false, message: expect.stringContaining('up to 2 MB') });
  });
});

describe('textProblem', () => {
  it('accepts text and names what is wrong otherwise', () => {
    expect(textProblem('Hello.')).toBeNull();
    expect(textProblem(' \n ')).toMatch(/no text/);
    expect(textProblem('a\0b')).toMatch(/binary/);
  });
});
