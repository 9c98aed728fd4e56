import { SORT_KEYS, type SortDir, type SortKey } from '../../src/features/pipelines/utils/list-url-state';
import { comparePipelines, matchesText, sortPipelines } from '../../src/features/pipelines/utils/pipeline-list';
import type { Pipeline } from '../fixtures/types';

/** What `GET /api/v1/pipelines` was asked for: filters and order (paging is the handler's). */
export interface PipelineView {
  /** Trimmed and lower-cased; '' keeps every pipeline. */
  needle: string;
  /** Last-run statuses to keep ('none' for never ran), or null for all. */
  statuses: ReadonlySet<string> | null;
  /** null: the list's own order (fixtures first), as the endpoint answered before it could sort. */
  sort: SortKey | null;
  order: SortDir;
}

export const NEVER_RAN = 'none';

export function isSortKey(value: string): value is SortKey {
  return (SORT_KEYS as readonly string[]).includes(value);
}

const sortedGenerated = new WeakMap<readonly Pipeline[], Map<string, Pipeline[]>>();

/**
 * The generated pipelines never change, so each order is sorted once (50,000 rows take a
 * while); the few fixtures, whose last run moves, are inserted into a copy by binary search.
 * Same order as the client's own sort: it is the same function.
 */
function sorted(fixtures: readonly Pipeline[], generated: readonly Pipeline[], sort: SortKey, order: SortDir) {
  let byOrder = sortedGenerated.get(generated);
  if (!byOrder) sortedGenerated.set(generated, (byOrder = new Map()));
  const key = `${sort}:${order}`;
  let base = byOrder.get(key);
  if (!base) byOrder.set(key, (base = sortPipelines(generated, sort, order)));
  const compare = comparePipelines(sort, order);
  const rows = base.slice();
  for (const fixture of fixtures) {
    let low = 0;
    let high = rows.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (compare(rows[mid]!, fixture) <= 0) low = mid + 1;
      else high = mid;
    }
    rows.splice(low, 0, fixture);
  }
  return rows;
}

export function viewPipelines(
  { fixtures, generated }: { fixtures: readonly Pipeline[]; generated: readonly Pipeline[] },
  view: PipelineView,
): Pipeline[] {
  const rows = view.sort ? sorted(fixtures, generated, view.sort, view.order) : [...fixtures, ...generated];
  if (view.needle === '' && view.statuses === null) return rows;
  return rows.filter(
    (p) => (view.statuses === null || view.statuses.has(p.lastRunStatus ?? NEVER_RAN)) && matchesText(p, view.needle),
  );
}

const generatedCounts = new WeakMap<readonly Pipeline[], Map<string, number>>();

function tally(pipelines: Iterable<Pipeline>, into: Map<string, number>): Map<string, number> {
  for (const p of pipelines) {
    const status = p.lastRunStatus ?? NEVER_RAN;
    into.set(status, (into.get(status) ?? 0) + 1);
  }
  return into;
}

/**
 * Every pipeline by last-run status; the values add up to the number of pipelines. A Map,
 * then fromEntries: a status named "__proto__" stays a plain key.
 */
export function countByStatus({
  fixtures,
  generated,
}: {
  fixtures: readonly Pipeline[];
  generated: readonly Pipeline[];
}): Record<string, number> {
  let base = generatedCounts.get(generated);
  if (!base) {
    const zero = ['running', 'failed', 'completed_with_errors', 'completed', 'pending', NEVER_RAN];
    generatedCounts.set(generated, (base = tally(generated, new Map(zero.map((s) => [s, 0])))));
  }
  return Object.fromEntries(tally(fixtures, new Map(base)));
}
