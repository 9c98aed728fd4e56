import { formatCount, formatDuration } from '@/lib/format';

/**
 * Rows per second from successive polls of a run's progress. Pure: the hook that
 * collects samples and the chart that draws them only call these.
 */
export interface ProgressSample {
  /** When the answer arrived (client clock, ms). */
  at: number;
  /** The run's own elapsed time (durationMs), when the API sends it. */
  elapsedMs?: number;
  processedRows: number;
}

export interface RatePoint {
  at: number;
  rowsPerSecond: number;
}

/** How much history the chart keeps. */
export const THROUGHPUT_WINDOW_MS = 5 * 60_000;
/** The figure shown beside the chart averages this much, so one slow poll does not make it jump. */
export const RATE_WINDOW_MS = 30_000;

/**
 * Adds a sample and forgets those older than the window. A poll whose numbers did not
 * change still counts (the run is stalled: 0 rows/s); a count that went backwards means
 * a different run or a reset, so history restarts.
 */
export function addSample(
  samples: readonly ProgressSample[],
  sample: ProgressSample,
  windowMs = THROUGHPUT_WINDOW_MS,
): ProgressSample[] {
  const last = samples[samples.length - 1];
  if (last && (sample.processedRows < last.processedRows || sample.at <= last.at)) {
    return sample.processedRows < last.processedRows ? [sample] : [...samples];
  }
  return [...samples, sample].filter((s) => s.at >= sample.at - windowMs);
}

/**
 * Seconds between two samples: by the run's own clock when both carry it and it moved
 * (immune to polling jitter), else by when the answers arrived.
 */
function secondsBetween(a: ProgressSample, b: ProgressSample): number {
  if (a.elapsedMs !== undefined && b.elapsedMs !== undefined && b.elapsedMs > a.elapsedMs) {
    return (b.elapsedMs - a.elapsedMs) / 1000;
  }
  return (b.at - a.at) / 1000;
}

function rate(a: ProgressSample, b: ProgressSample): number | null {
  const seconds = secondsBetween(a, b);
  if (!(seconds > 0)) return null;
  return Math.max(0, b.processedRows - a.processedRows) / seconds;
}

/** One point per pair of successive samples. */
export function ratePoints(samples: readonly ProgressSample[]): RatePoint[] {
  const points: RatePoint[] = [];
  for (let i = 1; i < samples.length; i++) {
    const a = samples[i - 1];
    const b = samples[i];
    if (!a || !b) continue;
    const value = rate(a, b);
    if (value !== null) points.push({ at: b.at, rowsPerSecond: value });
  }
  return points;
}

/** The current rate over the last RATE_WINDOW_MS; null until two samples exist. */
export function currentRate(samples: readonly ProgressSample[], windowMs = RATE_WINDOW_MS): number | null {
  const last = samples[samples.length - 1];
  if (!last) return null;
  const first = samples.find((s) => s.at >= last.at - windowMs && s !== last) ?? null;
  return first ? rate(first, last) : null;
}

/** Time left at the current rate, or null when it cannot be estimated. */
export function estimateRemainingMs(
  totalRows: number | undefined,
  processedRows: number | undefined,
  rowsPerSecond: number | null,
): number | null {
  if (totalRows === undefined || processedRows === undefined || rowsPerSecond === null || !(rowsPerSecond > 0))
    return null;
  const remaining = totalRows - processedRows;
  if (!(remaining >= 0)) return null;
  return Math.round((remaining / rowsPerSecond) * 1000);
}

/** "1,234 rows/s"; a rate above 0 that would round to 0 says so, so it never reads as "0 rows/s". */
export function formatRate(rowsPerSecond: number): string {
  return rowsPerSecond > 0 && rowsPerSecond < 0.5 ? 'under 1 row/s' : `${formatCount(rowsPerSecond)} rows/s`;
}

/** Below this much of its own time, a run's average says more about its start-up than its pace. */
export const MIN_AVERAGE_MS = 5_000;

export type RunAverage =
  | { kind: 'unknown' }
  | { kind: 'too-early'; durationMs: number }
  | { kind: 'rate'; rowsPerSecond: number; rows: number; durationMs: number; resumedRows: number };

/**
 * A run's average over its own time, counting only the rows it processed itself: a retry
 * that resumed at row 32,000 reports processedRows with those 32,000 rows in it, but carried
 * them over from its original, so they are no throughput. Less than MIN_AVERAGE_MS of run
 * time is too early to say (a pending retry would read 32,000 rows over 0 s).
 */
export function runAverage(args: { processedRows?: number; durationMs?: number; resumeFromRow?: number }): RunAverage {
  const { processedRows, durationMs } = args;
  if (processedRows === undefined || durationMs === undefined) return { kind: 'unknown' };
  if (durationMs < MIN_AVERAGE_MS) return { kind: 'too-early', durationMs };
  const resumedRows = Math.min(processedRows, Math.max(0, args.resumeFromRow ?? 0));
  const rows = processedRows - resumedRows;
  return { kind: 'rate', rowsPerSecond: rows / (durationMs / 1000), rows, durationMs, resumedRows };
}

export interface ThroughputFigure {
  /** "643 rows/s", "No rows moving", "—". */
  value: string;
  /** What the value is, for its title: measured between polls, or the run's average. */
  meaning: string;
}

/**
 * The one throughput figure of a run, shown in the header and atop the throughput panel
 * alike: while live, the rate measured between polls (0 is said in words: no rows are
 * moving); once ended, the run's average, as the panel's average line says it.
 */
export function throughputFigure(args: {
  live: boolean;
  currentRate: number | null;
  average: RunAverage;
}): ThroughputFigure {
  const { live, currentRate, average } = args;
  if (live) {
    if (currentRate === null) return { value: '—', meaning: 'Measuring between polls: needs two answers.' };
    if (currentRate === 0)
      return { value: 'No rows moving', meaning: 'No rows were processed between the latest polls.' };
    return { value: formatRate(currentRate), meaning: 'Measured between the latest polls.' };
  }
  if (average.kind === 'rate') {
    return { value: formatRate(average.rowsPerSecond), meaning: "The run's average over its own time." };
  }
  return {
    value: '—',
    meaning:
      average.kind === 'too-early'
        ? 'The run was too short for an average.'
        : 'No average: the API sent no time or rows.',
  };
}

/** The panel's line under the chart: the average, what it counts, or why there is none yet. */
export function averageText(average: RunAverage, live: boolean): string {
  switch (average.kind) {
    case 'unknown':
      return 'No average yet.';
    case 'too-early':
      return `Average: —, too early to say (${formatDuration(average.durationMs)} of run time).`;
    case 'rate': {
      const resumed = average.resumedRows
        ? `; the ${formatCount(average.resumedRows)} rows resumed from the original run are not counted`
        : '';
      return `${live ? '' : 'Run ended. '}Average ${formatRate(average.rowsPerSecond)} over ${formatDuration(average.durationMs)} (${formatCount(average.rows)} rows${resumed}).`;
    }
  }
}
