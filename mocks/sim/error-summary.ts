import type { RunDef, ValidationError } from '../fixtures/types';

export interface ErrorGroup {
  column: string;
  error: string;
  count: number;
}

// A run's errors only ever grow at the end (errorsAt), so its length names the list: polling
// run_scale's 100,000 errors every 2 s counts them once, not on every request.
const cache = new WeakMap<RunDef, { length: number; groups: ErrorGroup[] }>();

export function errorSummary(run: RunDef, errors: readonly ValidationError[]): ErrorGroup[] {
  const cached = cache.get(run);
  if (cached?.length === errors.length) return cached.groups;
  const groups = countGroups(errors);
  cache.set(run, { length: errors.length, groups });
  return groups;
}

/**
 * The server's side of GET …/errors/summary: errors counted by column and message, largest
 * first, ties by column then message so the answer is stable. Written apart from the
 * client's grouping on purpose: the e2e tests compare the two.
 */
function countGroups(errors: readonly ValidationError[]): ErrorGroup[] {
  const byColumn = new Map<string, Map<string, number>>();
  for (const { column, error } of errors) {
    let byError = byColumn.get(column);
    if (!byError) byColumn.set(column, (byError = new Map()));
    byError.set(error, (byError.get(error) ?? 0) + 1);
  }
  const groups: ErrorGroup[] = [];
  for (const [column, byError] of byColumn) for (const [error, count] of byError) groups.push({ column, error, count });
  return groups.sort((a, b) => b.count - a.count || compare(a.column, b.column) || compare(a.error, b.error));
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
