/**
 * CSV as both the demo API's error file and the browser's "Download shown rows" write it.
 */
// Spreadsheets run cells that start with these as formulas (CSV injection, OWASP).
const FORMULA_START = /^[=+\-@\t\r]/;

/** One RFC 4180 cell, with formula-looking text neutralised by a leading single quote. */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record with its CRLF line end, as RFC 4180 asks. */
export function csvLine(cells: readonly (string | number)[]): string {
  return cells.map(csvCell).join(',') + '\r\n';
}

/**
 * A whole file: header, then rows. No UTF-8 byte order mark: the server's file has none, and
 * a BOM would become part of the first header name for most CSV readers other than Excel.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return [header, ...rows].map(csvLine).join('');
}
