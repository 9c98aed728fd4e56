import type { RatePoint } from './throughput';

/** The chart's coordinates: a 100 × 100 box, time left to right, 0 rows/s at the bottom. */
export interface ChartScale {
  /** The top of the y axis: a round number at or above the highest rate. */
  maxRate: number;
  x: (at: number) => number;
  y: (rowsPerSecond: number) => number;
  /** The time at a fraction (0–1) of the width. */
  atFraction: (fraction: number) => number;
}

/** 1, 2, 2.5 or 5 times a power of ten, at or above `value`: axis labels people read at a glance. */
export function niceCeiling(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= value) ?? 10;
  return step * power;
}

const round = (n: number) => Math.round(n * 100) / 100;

export function chartScale(points: readonly RatePoint[]): ChartScale {
  const from = points[0]?.at ?? 0;
  const span = Math.max(1, (points[points.length - 1]?.at ?? from) - from);
  const maxRate = niceCeiling(Math.max(0, ...points.map((p) => p.rowsPerSecond)));
  return {
    maxRate,
    x: (at) => round(((at - from) / span) * 100),
    y: (rate) => round(100 - (Math.max(0, rate) / maxRate) * 100),
    atFraction: (fraction) => from + Math.min(1, Math.max(0, fraction)) * span,
  };
}

/** The line through the points, and the area under it down to 0 rows/s. */
export function throughputPaths(points: readonly RatePoint[], scale: ChartScale): { line: string; area: string } {
  if (points.length === 0) return { line: '', area: '' };
  const line = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${scale.x(p.at)} ${scale.y(p.rowsPerSecond)}`).join('');
  const first = points[0]!;
  const last = points[points.length - 1]!;
  return { line, area: `${line}L${scale.x(last.at)} 100L${scale.x(first.at)} 100Z` };
}

/** The point nearest in time to a fraction of the chart's width (the pointer), or null without points. */
export function nearestPoint(points: readonly RatePoint[], scale: ChartScale, fraction: number): RatePoint | null {
  const at = scale.atFraction(fraction);
  let best: RatePoint | null = null;
  for (const point of points) {
    if (!best || Math.abs(point.at - at) < Math.abs(best.at - at)) best = point;
  }
  return best;
}
