import { formatBytes, formatCount } from '@/lib/format';
import type { Checkpoint } from '../api/checkpoints';

/**
 * Ordering and totals of checkpoints, in bigint throughout: steps, sizes and record
 * counts are 64-bit and may exceed 2^53, where Number would silently round.
 */

/** Larger first; a missing value sorts after every known one. */
function compareDesc(a: bigint | null | undefined, b: bigint | null | undefined): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  return a > b ? -1 : a < b ? 1 : 0;
}

/** Newest first: the checkpoint with the most steps leads; ties keep the API's order. */
export function sortNewestFirst(checkpoints: readonly Checkpoint[]): Checkpoint[] {
  return [...checkpoints].sort((a, b) => compareDesc(a.steps, b.steps));
}

export interface CheckpointSummary {
  count: number;
  /** Sum of the sizes that are known. */
  totalSize: bigint;
  /** How many checkpoints reported a size, so a partial total can say so. */
  sized: number;
  latestStep: bigint | null;
}

export function summarize(checkpoints: readonly Checkpoint[]): CheckpointSummary {
  let totalSize = 0n;
  let sized = 0;
  let latestStep: bigint | null = null;
  for (const checkpoint of checkpoints) {
    if (checkpoint.size !== null && checkpoint.size !== undefined) {
      totalSize += checkpoint.size;
      sized += 1;
    }
    if (compareDesc(checkpoint.steps, latestStep) < 0) latestStep = checkpoint.steps ?? null;
  }
  return { count: checkpoints.length, totalSize, sized, latestStep };
}

export interface ChartPoint {
  step: number;
  size: number | null;
  records: number | null;
}

/**
 * Points for the chart, oldest step first. A chart draws in doubles, so values above
 * 2^53 lose their last digits here; that is fine for a picture of the trend, and the
 * table beside it keeps the exact values.
 */
export function chartPoints(checkpoints: readonly Checkpoint[], maxPoints = MAX_CHART_POINTS): ChartPoint[] {
  const points = sortNewestFirst(checkpoints)
    .filter((checkpoint) => checkpoint.steps !== null && checkpoint.steps !== undefined)
    .reverse()
    .map((checkpoint) => ({
      step: Number(checkpoint.steps),
      size: toDouble(checkpoint.size),
      records: toDouble(checkpoint.processed_records),
    }));
  return thin(points, maxPoints);
}

/** More points than pixels only slow the chart down: keep the first, the last and evenly spaced ones between. */
export const MAX_CHART_POINTS = 400;

function thin<T>(items: T[], max: number): T[] {
  if (items.length <= max) return items;
  const stride = (items.length - 1) / (max - 1);
  return Array.from({ length: max }, (_, i) => items[Math.round(i * stride)]!);
}

function toDouble(value: bigint | null | undefined): number | null {
  return value === null || value === undefined ? null : Number(value);
}

/**
 * The chart's text alternative, from the exact values: where size and processed
 * records started and ended, step by step.
 */
export function describeTrend(checkpoints: readonly Checkpoint[]): string {
  const stepped = sortNewestFirst(checkpoints).filter(
    (checkpoint) => checkpoint.steps !== null && checkpoint.steps !== undefined,
  );
  const last = stepped[0];
  const first = stepped[stepped.length - 1];
  if (!first || !last) return 'No checkpoint reports a step, so there is nothing to chart.';
  const span = `${formatCount(stepped.length)} checkpoints from step ${formatCount(first.steps)} to step ${formatCount(last.steps)}`;
  return `${span}: size ${formatBytes(first.size)} → ${formatBytes(last.size)}; processed records ${formatCount(first.processed_records)} → ${formatCount(last.processed_records)}.`;
}

/** Positive values spanning three orders of magnitude or more: a linear axis would flatten all but the largest. */
export function needsLogScale(values: readonly (number | null)[]): boolean {
  const positive = values.filter((value): value is number => value !== null && value > 0);
  if (positive.length < 2) return false;
  return Math.max(...positive) / Math.min(...positive) >= 1_000;
}
