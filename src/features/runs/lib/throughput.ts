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
