import { parseTime } from '@/lib/format';
import type { RunSummary } from '../api/get-pipeline-runs';

/** A pipeline's runs, newest first by start time (the API's order is not promised); ids break ties. */
export function newestFirst(runs: readonly RunSummary[]): RunSummary[] {
  // Each time parsed once, not once per comparison: a pipeline may have thousands of runs.
  const keyed = runs.map((run) => ({ run, time: parseTime(run.startedAt) ?? -Infinity }));
  keyed.sort((a, b) => {
    if (a.time !== b.time) return b.time > a.time ? 1 : -1;
    return b.run.id.localeCompare(a.run.id, 'en', { numeric: true });
  });
  return keyed.map((k) => k.run);
}

/** For each original run, the runs that retried it (oldest first): the other half of the lineage link. */
export function retriesByOriginal(runs: readonly RunSummary[]): Map<string, RunSummary[]> {
  const map = new Map<string, RunSummary[]>();
  for (const run of newestFirst(runs).reverse()) {
    const original = run.metadata?.retryOf;
    if (!original) continue;
    const list = map.get(original);
    if (list) list.push(run);
    else map.set(original, [run]);
  }
  return map;
}

export interface RunChartPoint {
  id: string;
  pipelineId: string;
  processed: number;
  failed: number;
  /** Processed rows that did not fail: with `failed`, one stacked bar on one scale. */
  loaded: number;
  /** Still pending or running: its duration is not final, so it is no one's "longest". */
  live: boolean;
  /** Seconds, so the axis reads in a unit people think in. */
  durationS: number | null;
}

/** The last `limit` runs, oldest on the left as time reads on a chart. */
export function recentRunsChartData(runs: readonly RunSummary[], limit = 20): RunChartPoint[] {
  return newestFirst(runs)
    .slice(0, limit)
    .reverse()
    .map((run) => ({
      id: run.id,
      pipelineId: run.pipelineId,
      processed: run.processedRows ?? 0,
      failed: run.failedRows ?? 0,
      loaded: Math.max(0, (run.processedRows ?? 0) - (run.failedRows ?? 0)),
      live: run.status === 'pending' || run.status === 'running',
      durationS: run.durationMs === null || run.durationMs === undefined ? null : Math.round(run.durationMs / 100) / 10,
    }));
}
