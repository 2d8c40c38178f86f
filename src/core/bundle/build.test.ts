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
});
