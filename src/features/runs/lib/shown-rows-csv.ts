import { csvLine } from '@/lib/csv';
import type { ValidationError } from '../api/schemas';
import { yieldToMain, type YieldToMain } from '@/lib/yield-to-main';
import type { ErrorFilter, ErrorSort } from './error-view';

/** The server's file's header, so both files read the same way. */
export const CSV_HEADER = ['Row', 'Column', 'Value', 'Error'] as const;

const LINES_PER_SLICE = 5_000;

/**
 * The rows the table shows, as CSV (src/lib/csv: RFC 4180, formula cells prefixed with a
 * quote, no BOM), written in slices with a turn for the browser between them: 100,000 rows
 * in one go would be a long task.
 */
export async function shownRowsCsv(
  rows: readonly ValidationError[],
  yieldTo: YieldToMain = yieldToMain,
): Promise<string[]> {
  const parts = [csvLine(CSV_HEADER)];
  for (let start = 0; start < rows.length; start += LINES_PER_SLICE) {
    let text = '';
    const end = Math.min(rows.length, start + LINES_PER_SLICE);
    for (let i = start; i < end; i++) {
      const row = rows[i]!;
      text += csvLine([row.row, row.column ?? '', row.value ?? '', row.error ?? '']);
    }
    parts.push(text);
    if (end < rows.length) await yieldTo();
  }
  return parts;
}

const MAX_PART = 40;

/** Letters and digits of any script, the rest one dash: safe in a file name on every system. */
function slug(text: string): string {
  const out = text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}_]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return [...out].slice(0, MAX_PART).join('').replace(/-+$/, '') || 'blank';
}

/**
 * "pipeline-run-run_001-errors-column-email-error-invalid-email-format.csv": the server's
 * name, then what the rows were filtered and sorted by.
 */
export function shownRowsFilename(runId: string, filter: ErrorFilter, sort: ErrorSort | null): string {
  const parts = [`pipeline-run-${slug(runId)}-errors`];
  if (filter.column !== null) parts.push(`column-${slug(filter.column)}`);
  if (filter.error !== null) parts.push(`error-${slug(filter.error)}`);
  if (filter.text.trim() !== '') parts.push(`text-${slug(filter.text.trim())}`);
  if (sort) parts.push(`by-${sort.key}-${sort.direction}`);
  return `${parts.join('-')}.csv`;
}
