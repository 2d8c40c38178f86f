import { fixtureBundle, fixtureDoc } from '../search/fixtures.ts';
import { annotationsToJson, exportFileName, QUOTE_CSV_HEADER, quotesToCsv } from './article-export.ts';
import { csvCell, toCsv } from './csv.ts';

describe('csvCell', () => {
  it('quotes fields with commas, quotes or line breaks and doubles inner quotes (RFC 4180)', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "yes"')).toBe('"say ""yes"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(42)).toBe('42');
  });

  it('neutralizes cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell(-5)).toBe('-5');
  });

  it('ends every record with CRLF', () => {
    expect(toCsv(['a', 'b'], [[1, 'x']])).toBe('a,b\r\n1,x\r\n');
  });
});

describe('quotesToCsv', () => {
  it('writes a header and one row per quote with speaker, actor and text', () => {
    const doc = fixtureBundle()[1]!;
    const lines = quotesToCsv(doc).split('\r\n');
    expect(lines[0]).toBe(QUOTE_CSV_HEADER.join(','));
    expect(lines).toHaveLength(4);
    expect(lines[1]).toBe('visit,q1,direct,Tomas Varga,person:tomas-varga,Tomas Varga,,"We will sign before summer,",67,94,2021-04-09');
  });

  it('writes only the quotes it is given (a filtered list)', () => {
    const doc = fixtureBundle()[1]!;
    expect(quotesToCsv(doc, doc.quotes.slice(1)).split('\r\n')).toHaveLength(3);
    expect(quotesToCsv(doc, [])).toBe(QUOTE_CSV_HEADER.join(',') + '\r\n');
  });

  it('protects quoted words that start like a formula', () => {
    const doc = fixtureDoc({ id: 'f', text: 'He said "=1+2" loudly.', quotes: [{ words: '=1+2' }] });
    expect(quotesToCsv(doc).split('\r\n')[1]).toContain(",'=1+2,");
  });
});

describe('annotationsToJson', () => {
  it('writes the whole article document, parseable back', () => {
    const doc = fixtureBundle()[0]!;
    expect(JSON.parse(annotationsToJson(doc))).toEqual(doc);
  });

  it('names files after the article id, safely', () => {
    expect(exportFileName({ id: 'local-a/b c' }, 'quotes', 'csv')).toBe('local-a-b-c.quotes.csv');
  });
});
