// Relative imports: the demo API (run by tsx, which does not read the @ alias) filters and
// sorts with this file too, so a paged answer and the client's own sort agree row for row.
import { parseTime } from '../../../lib/format';
import { ownValue } from '../../../lib/own-value';
import type { Pipeline } from '../api/pipeline-schema';
import { NO_RUNS, type ListState, type SortDir, type SortKey } from './list-url-state';

/**
 * The pipelines list's pure logic: merging touch-file polling into the list, filtering,
 * sorting and the summary counts. Kept free of React so 50,000 rows are easy to test and time.
 */

/** The poll endpoint (001) is the source of truth for touch-file polling; the list's own copy fills gaps. */
export function mergePolling(pipelines: readonly Pipeline[], polled: readonly Pipeline[] | undefined): Pipeline[] {
  if (!polled?.length) return [...pipelines];
  const byId = new Map(polled.map((p) => [p.id, p]));
  return pipelines.map((pipeline) => {
    const polling = byId.get(pipeline.id)?.polling;
    return polling ? withPolling(pipeline, polling) : pipeline;
  });
}

const merged = new WeakMap<Pipeline, { polling: Pipeline['polling']; row: Pipeline }>();

/**
 * The same inputs give the same object: the query cache shares unchanged objects between
 * polls, and keeping that identity here lets memoised rows skip re-rendering.
 */
function withPolling(pipeline: Pipeline, polling: Pipeline['polling']): Pipeline {
  const cached = merged.get(pipeline);
  if (cached && cached.polling === polling) return cached.row;
  const row = { ...pipeline, polling };
  merged.set(pipeline, { polling, row });
  return row;
}

const haystacks = new WeakMap<Pipeline, string>();

function haystack(p: Pipeline): string {
  let text = haystacks.get(p);
  if (text === undefined) {
    text = [p.name, p.id, p.connector, p.connectorType, p.polling?.touchFile, p.polling?.prefix]
      .filter(Boolean)
      .join('\n')
      .toLowerCase();
    haystacks.set(p, text);
  }
  return text;
}

/** Whether a pipeline's text holds `needle` (already trimmed and lower-cased; '' matches all). */
export function matchesText(p: Pipeline, needle: string): boolean {
  return needle === '' || haystack(p).includes(needle);
}

export function filterPipelines(
  rows: readonly Pipeline[],
  { q, statuses }: Pick<ListState, 'q' | 'statuses'>,
): Pipeline[] {
  const needle = q.trim().toLowerCase();
  const wanted = new Set(statuses);
  return rows.filter((p) => {
    if (wanted.size > 0 && !wanted.has(p.lastRunStatus ?? NO_RUNS)) return false;
    return matchesText(p, needle);
  });
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Ascending means most urgent first, so a sort by status puts what needs attention on top. */
const STATUS_RANK: Record<string, number> = {
  failed: 0,
  completed_with_errors: 1,
  running: 2,
  pending: 3,
  completed: 4,
};
const UNKNOWN_STATUS_RANK = 5;

type Key = string | number | null;

const SORT_VALUE: Record<SortKey, (p: Pipeline) => Key[]> = {
  name: (p) => [p.name],
  connector: (p) => [p.connector ?? null, p.connectorType ?? null],
  status: (p) => [
    p.lastRunStatus ? (ownValue(STATUS_RANK, p.lastRunStatus) ?? UNKNOWN_STATUS_RANK) : null,
    p.lastRunStatus ?? null,
  ],
  lastRun: (p) => [parseTime(p.lastRunAt)],
  // Pipelines that poll, most often first; those that do not poll sort as missing.
  polling: (p) => [p.polling?.enabled ? (p.polling.intervalMinutes ?? Number.MAX_SAFE_INTEGER) : null],
};

function compareKey(a: Key, b: Key, dir: SortDir): number {
  // Missing values stay at the bottom whichever way the column is sorted.
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  const order = typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));
  return dir === 'asc' ? order : -order;
}

interface Keyed<P extends Pipeline> {
  row: P;
  keys: Key[];
}

function compareKeyed<P extends Pipeline>(a: Keyed<P>, b: Keyed<P>, dir: SortDir): number {
  for (let i = 0; i < a.keys.length; i += 1) {
    const order = compareKey(a.keys[i] ?? null, b.keys[i] ?? null, dir);
    if (order !== 0) return order;
  }
  // Ties read A→Z by name then id, so the order never shuffles between polls.
  return collator.compare(a.row.name, b.row.name) || collator.compare(a.row.id, b.row.id);
}

export function sortPipelines<P extends Pipeline>(rows: readonly P[], sort: SortKey, dir: SortDir): P[] {
  const value = SORT_VALUE[sort];
  const keyed = rows.map((row) => ({ row, keys: value(row) }));
  keyed.sort((a, b) => compareKeyed(a, b, dir));
  return keyed.map((k) => k.row);
}

/** The same order as sortPipelines, one pair at a time (for inserting a few rows into a sorted list). */
export function comparePipelines(sort: SortKey, dir: SortDir): (a: Pipeline, b: Pipeline) => number {
  const value = SORT_VALUE[sort];
  return (a, b) => compareKeyed({ row: a, keys: value(a) }, { row: b, keys: value(b) }, dir);
}

export interface PipelineSummary {
  running: number;
  failed: number;
  completedWithErrors: number;
  total: number;
}

export function summarisePipelines(rows: readonly Pipeline[]): PipelineSummary {
  const summary: PipelineSummary = { running: 0, failed: 0, completedWithErrors: 0, total: rows.length };
  for (const p of rows) {
    if (p.lastRunStatus === 'running') summary.running += 1;
    else if (p.lastRunStatus === 'failed') summary.failed += 1;
    else if (p.lastRunStatus === 'completed_with_errors') summary.completedWithErrors += 1;
  }
  return summary;
}

/** Every last-run status the filter offers: the known ones, then any new ones the API sent. */
export function statusFilterOptions(seen: Iterable<string>, known: readonly string[]): string[] {
  const extra = new Set<string>();
  for (const status of seen) {
    if (!known.includes(status)) extra.add(status);
  }
  return [...known, ...[...extra].sort(collator.compare)];
}
