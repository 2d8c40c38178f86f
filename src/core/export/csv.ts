/**
 * CSV per RFC 4180 (comma-separated, CRLF line ends, fields with a comma, quote or line break
 * quoted, quotes doubled), safe to open in a spreadsheet: a cell that starts with = + - @ (or a
 * tab or carriage return) gets a leading apostrophe so it is never run as a formula.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (typeof value === 'string' && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
