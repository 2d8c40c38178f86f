import { buildBundle, formatMessage } from './build.ts';

const good = (day: string) => `date 2020-09-${day} (@a)\n\nROME (Agency) Officials met on Thursday.\n`;

describe('buildBundle', () => {
  it('writes an index entry and a document per article', () => {
    const b = buildBundle([
      { path: 'seeds/b.txt', bytes: good('11') },
      { path: 'seeds/a.txt', bytes: good('10') },
    ]);
    expect(b.errors).toEqual([]);
    expect(b.index.articles.map((a) => a.id)).toEqual(['a', 'b']);
    expect(b.index.articles[0]).toMatchObject({ title: 'Officials met on Thursday', published: '2020-09-10', source: 'Agency' });
    expect(b.articles).toHaveLength(2);
  });

  it('lists every bad file with file:line, and keeps the good ones', () => {
    const b = buildBundle([
      { path: 'seeds/ok.txt', bytes: good('11') },
      { path: 'seeds/empty.txt', bytes: '' },
      { path: 'seeds/date.txt', bytes: 'date 2020-02-30\n\nText.' },
      { path: 'seeds/bin.txt', bytes: new Uint8Array([0, 1, 2, 3]) },
    ]);
    expect(b.errors.map(formatMessage)).toEqual([
      'seeds/bin.txt:1: binary file (NUL or control bytes), not text',
      'seeds/date.txt:1: impossible date 2020-02-30 in header',
      'seeds/empty.txt:1: empty article: no text',
    ]);
    expect(b.articles.map((a) => a.id)).toEqual(['ok']);
  });

  it('refuses two files that give the same id', () => {
    const b = buildBundle([
      { path: 'seeds/x.txt', bytes: good('11') },
      { path: 'other/x.txt', bytes: good('12') },
    ]);
    expect(b.errors.map((e) => e.message)).toEqual([
      'duplicate article id "x" (also from seeds/x.txt)',
      'duplicate article id "x" (also from other/x.txt)',
    ]);
    expect(b.articles).toEqual([]);
  });

  describe('every kind of bad or odd seed has a defined outcome', () => {
    const utf16 = (text: string) => {
      const bytes = new Uint8Array(2 + text.length * 2);
      bytes.set([0xff, 0xfe]);
      for (let i = 0; i < text.length; i++) {
        bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
        bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
      }
      return bytes;
    };
    const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

    it('reads UTF-16 with a BOM and Latin-1 (with a warning)', () => {
      const b = buildBundle([
        { path: 'seeds/u16.txt', bytes: utf16('date 2020-09-11 (@a)\n\nZÜRICH (Agency) Die Gespräche begannen.') },
        { path: 'seeds/l1.txt', bytes: latin1('date 2020-09-11 (@a)\n\nMONTRÉAL (Agency) Le maire a parlé.') },
      ]);
      expect(b.errors).toEqual([]);
      expect(b.articles.find((a) => a.id === 'u16')?.text).toContain('Gespräche');
      expect(b.articles.find((a) => a.id === 'l1')?.text).toContain('MONTRÉAL');
      expect(b.warnings.map(formatMessage)).toContain('seeds/l1.txt:1: not valid UTF-8; read as Latin-1 (Windows-1252)');
    });

    it('keeps a future date and a missing header, with warnings', () => {
      const b = buildBundle(
        [
          { path: 'seeds/future.txt', bytes: 'date 2099-01-01 (@a)\n\nText here.' },
          { path: 'seeds/plain.txt', bytes: 'Just text, no header.' },
        ],
        { today: '2026-01-01' },
      );
      expect(b.errors).toEqual([]);
      expect(b.articles.map((a) => [a.id, a.published])).toEqual([
        ['future', '2099-01-01'],
        ['plain', null],
      ]);
      expect(b.warnings.map(formatMessage)).toEqual([
        'seeds/future.txt:1: publication date 2099-01-01 is in the future',
        'seeds/plain.txt:1: no publication date (header or dateline): relative dates stay unresolved',
      ]);
    });

    it('refuses a 5 MB article and says why', () => {
      const big = `date 2020-01-01\n\n${'Word after word. '.repeat(320_000)}`;
      const b = buildBundle([{ path: 'seeds/big.txt', bytes: big }]);
      expect(b.errors.map(formatMessage)[0]).toMatch(/^seeds\/big\.txt:3: article too long: \d+ characters \(limit 2000000\)$/);
    });

    it('keeps HTML and script text as text, with a warning', () => {
      const b = buildBundle([{ path: 'seeds/html.txt', bytes: 'date 2020-01-01\n\n<img src=x onerror="alert(1)"> <script>alert(2)</script> Hello.' }]);
      expect(b.articles[0]?.text).toContain('<script>alert(2)</script>');
      expect(b.warnings.map((w) => w.message)).toContain('contains HTML or script text; it is kept and shown as plain text');
    });
  });
});
