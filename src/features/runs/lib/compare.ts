import { formatCount, formatDuration } from '@/lib/format';
import type { ErrorGroup } from '../api/get-run-error-summary';
import type { Partition } from '../api/get-run-progress';
import { runAverage } from './throughput';

/**
 * Two runs side by side (the compare page): the differences as people read them. Pure;
 * every figure may be missing (the API's fields are optional) and totals may be 0.
 */

/** What a figure did from base to head, for an icon and a word (never colour alone). */
export type Change = 'more' | 'less' | 'same' | 'unknown';

export interface Delta {
  change: Change;
  /** "+18,000", "−2", "0"; "—" when either side is missing. */
  text: string;
}

const MINUS = '\u2212';

function signed(value: number, format: (abs: number) => string): string {
  if (value === 0) return format(0);
  return `${value > 0 ? '+' : MINUS}${format(Math.abs(value))}`;
}

function delta(base: number | undefined, head: number | undefined, format: (abs: number) => string): Delta {
  if (base === undefined || head === undefined || !Number.isFinite(base) || !Number.isFinite(head)) {
    return { change: 'unknown', text: '—' };
  }
  const diff = head - base;
  return { change: diff > 0 ? 'more' : diff < 0 ? 'less' : 'same', text: signed(diff, format) };
}

export const countDelta = (base?: number, head?: number) => delta(base, head, formatCount);
export const durationDelta = (base?: number, head?: number) => delta(base, head, formatDuration);
export const rateDelta = (base?: number, head?: number) =>
  delta(base === undefined ? undefined : Math.round(base), head === undefined ? undefined : Math.round(head), (abs) =>
    formatCount(abs),
  );

/** Rows per second over the run's own time, as the run page says it (lib/throughput); unknown or too early: undefined. */
export function rowsPerSecond(
  processedRows: number | undefined,
  durationMs: number | undefined,
  resumeFromRow = 0,
): number | undefined {
  const average = runAverage({ processedRows, durationMs, resumeFromRow });
  return average.kind === 'rate' ? average.rowsPerSecond : undefined;
}

export interface PartitionPair {
  index: number;
  base: Partition | undefined;
  head: Partition | undefined;
  /** Status or rows differ, or the partition exists on one side only. */
  changed: boolean;
}

/** Partitions matched by their index (not their place in the list), lowest index first. */
export function pairPartitions(base: readonly Partition[], head: readonly Partition[]): PartitionPair[] {
  const byIndex = new Map<number, PartitionPair>();
  const pair = (index: number) => {
    let found = byIndex.get(index);
    if (!found) byIndex.set(index, (found = { index, base: undefined, head: undefined, changed: false }));
    return found;
  };
  for (const p of base) pair(p.index).base ??= p;
  for (const p of head) pair(p.index).head ??= p;
  const out = [...byIndex.values()].sort((a, b) => a.index - b.index);
  for (const p of out) p.changed = !p.base || !p.head || p.base.status !== p.head.status || p.base.rows !== p.head.rows;
  return out;
}

export type GroupChange = 'new' | 'gone' | 'changed' | 'unchanged';

export interface GroupPair {
  column: string;
  error: string;
  base: number;
  head: number;
  change: GroupChange;
}

const GROUP_ORDER: Record<GroupChange, number> = { new: 0, changed: 1, gone: 2, unchanged: 3 };

/** Error groups of both runs: new in head, changed, gone since base, unchanged; larger first within each. */
export function pairErrorGroups(base: readonly ErrorGroup[], head: readonly ErrorGroup[]): GroupPair[] {
  const pairs = new Map<string, GroupPair>();
  const key = (g: ErrorGroup) => JSON.stringify([g.column, g.error]);
  for (const g of base) pairs.set(key(g), { column: g.column, error: g.error, base: g.count, head: 0, change: 'gone' });
  for (const g of head) {
    const found = pairs.get(key(g));
    if (found) found.head = g.count;
    else pairs.set(key(g), { column: g.column, error: g.error, base: 0, head: g.count, change: 'new' });
  }
  for (const p of pairs.values()) {
    if (p.base > 0 && p.head > 0) p.change = p.base === p.head ? 'unchanged' : 'changed';
    else if (p.base === 0 && p.head === 0) p.change = 'unchanged';
    else p.change = p.base === 0 ? 'new' : 'gone';
  }
  return [...pairs.values()].sort(
    (a, b) => GROUP_ORDER[a.change] - GROUP_ORDER[b.change] || Math.max(b.base, b.head) - Math.max(a.base, a.head),
  );
}

/** "64%": processed of total; "—" without a total, 0% of an empty run. */
export function shareText(processed: number | undefined, total: number | undefined): string {
  if (processed === undefined || total === undefined) return '—';
  if (total <= 0) return '0%';
  return `${Math.floor((100 * Math.min(processed, total)) / total)}%`;
}
