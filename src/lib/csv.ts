// Spreadsheets run cells that start with these as formulas (CSV injection, OWASP).
const FORMULA_START = /^[=+\-@\t\r]/;

/** One RFC 4180 cell, with formula-looking text neutralised by a leading single quote. */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CRLF line ends, as RFC 4180 asks. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
