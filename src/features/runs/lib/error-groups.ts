import type { ErrorGroup } from '../api/get-run-error-summary';

/**
 * Validation errors counted by source column and error message: the summary above the
 * error table. The API may send it (GET …/errors/summary); when it does not, the browser
 * counts the error pages it has loaded, one page at a time (workers/error-groups.worker.ts),
 * so a live refresh recounts one page, not 100,000 rows.
 */

/** Counts of one page: column → message → count. A missing column or message counts as ''. */
export type GroupCounts = Map<string, Map<string, number>>;

export interface GroupedRow {
  column: string | null;
  error: string | null;
}

export function countErrorGroups(rows: Iterable<GroupedRow>): GroupCounts {
  const counts: GroupCounts = new Map();
  for (const row of rows) {
    const column = row.column ?? '';
    const error = row.error ?? '';
    let byError = counts.get(column);
    if (!byError) counts.set(column, (byError = new Map()));
    byError.set(error, (byError.get(error) ?? 0) + 1);
  }
  return counts;
}

/** The pages' counts added up, largest group first (ties by column, then message). */
export function mergeErrorGroups(parts: Iterable<GroupCounts>): ErrorGroup[] {
  const total: GroupCounts = new Map();
  for (const part of parts) {
    for (const [column, byError] of part) {
      let into = total.get(column);
      if (!into) total.set(column, (into = new Map()));
      for (const [error, count] of byError) into.set(error, (into.get(error) ?? 0) + count);
    }
  }
  const groups: ErrorGroup[] = [];
  for (const [column, byError] of total) for (const [error, count] of byError) groups.push({ column, error, count });
  return groups.sort(byCountThenName);
}

/** The group the table is filtered to: a column, a message, both or neither (null). */
export interface ChosenGroup {
  column: string | null;
  error: string | null;
}

export interface ColumnGroups {
  column: string;
  count: number;
  /** Of all errors, 0 … 1 (0 when there are none). */
  share: number;
  /** Its messages, largest count first. */
  groups: ErrorGroup[];
}

/** The groups under their columns, columns by their total, largest first. */
export function groupsByColumn(groups: readonly ErrorGroup[], total: number): ColumnGroups[] {
  const columns = new Map<string, ColumnGroups>();
  for (const group of groups) {
    let column = columns.get(group.column);
    if (!column) columns.set(group.column, (column = { column: group.column, count: 0, share: 0, groups: [] }));
    column.count += group.count;
    column.groups.push(group);
  }
  // The API's total can lag a live count, or be absent (0): never a share above 1.
  const base = Math.max(
    total,
    groups.reduce((sum, g) => sum + g.count, 0),
  );
  const out = [...columns.values()];
  for (const column of out) {
    column.share = base > 0 ? column.count / base : 0;
    column.groups.sort(byCountThenName);
  }
  return out.sort((a, b) => b.count - a.count || compareText(a.column, b.column));
}

function byCountThenName(a: ErrorGroup, b: ErrorGroup): number {
  return b.count - a.count || compareText(a.column, b.column) || compareText(a.error, b.error);
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Counts kept per error page (by offset): a page sent again replaces its earlier counts. */
export function createGroupTally() {
  const pages = new Map<number, { counts: GroupCounts; rows: number }>();
  return {
    set(offset: number, rows: readonly GroupedRow[]): void {
      pages.set(offset, { counts: countErrorGroups(rows), rows: rows.length });
    },
    result(): { groups: ErrorGroup[]; counted: number } {
      let counted = 0;
      for (const page of pages.values()) counted += page.rows;
      return { groups: mergeErrorGroups([...pages.values()].map((page) => page.counts)), counted };
    },
  };
}
