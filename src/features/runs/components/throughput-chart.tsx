import { useState, type PointerEvent } from 'react';
import { useTimeZone } from '@/hooks/use-time-zone';
import { formatClockTime, formatCount } from '@/lib/format';
import type { RatePoint } from '../lib/throughput';
import { chartScale, nearestPoint, throughputPaths } from '../lib/throughput-chart-geometry';

const AXIS_TEXT = 'text-[10px] leading-none text-slate-500 dark:text-slate-400';

/** Rate axis labels: whole rows per second, except below 10, where half of 1 must read 0.5, not a second 1. */
function axisRate(rate: number): string {
  return rate < 10 ? String(Number(rate.toPrecision(3))) : formatCount(rate);
}

/**
 * The last minutes of rows per second, drawn as one SVG path. Not recharts: on a live run
 * it redraws every 2 s, and recharts spent 15–40 ms per redraw (and 150–350 ms on its first)
 * computing ticks and measuring text, enough for long tasks on a busy machine. Axis labels
 * are HTML beside the stretched SVG so they keep their size at any width.
 */
export function ThroughputChart({ points }: { points: RatePoint[] }) {
  const [hovered, setHovered] = useState<RatePoint | null>(null);
  const zone = useTimeZone();
  const scale = chartScale(points);
  const { area, line } = throughputPaths(points, scale);
  const onMove = (event: PointerEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    setHovered(nearestPoint(points, scale, (event.clientX - box.left) / Math.max(1, box.width)));
  };
  const first = points[0];
  const last = points[points.length - 1];
  return (
    <div className="grid h-full grid-cols-[2.75rem_1fr] grid-rows-[1fr_auto] gap-x-1 text-slate-400">
      <div className={`flex flex-col justify-between text-right ${AXIS_TEXT}`} aria-hidden="true">
        <span>{axisRate(scale.maxRate)}</span>
        <span>{axisRate(scale.maxRate / 2)}</span>
        <span>0</span>
      </div>
      <div className="relative min-w-0">
        <svg
          viewBox="0 0 100 100"
          preserveAspectRatio="none"
          className="absolute inset-0 h-full w-full overflow-visible"
          onPointerMove={onMove}
          onPointerLeave={() => setHovered(null)}
          aria-hidden="true"
        >
          <path d="M0 50H100M0 0H100" stroke="currentColor" strokeOpacity={0.25} vectorEffect="non-scaling-stroke" />
          <path d={area} fill="var(--color-run)" fillOpacity={0.15} />
          <path d={line} fill="none" stroke="var(--color-run)" strokeWidth={1.5} vectorEffect="non-scaling-stroke" />
          <path d="M0 100H100" stroke="currentColor" vectorEffect="non-scaling-stroke" />
          {hovered ? (
            <path
              d={`M${scale.x(hovered.at)} 0V100`}
              stroke="currentColor"
              strokeDasharray="2 2"
              vectorEffect="non-scaling-stroke"
            />
          ) : null}
        </svg>
        {hovered ? (
          <p className="pointer-events-none absolute top-0 right-0 rounded bg-white/90 px-1.5 py-0.5 text-xs text-slate-700 shadow-sm dark:bg-slate-900/90 dark:text-slate-200">
            {formatClockTime(hovered.at, zone)} · {formatCount(hovered.rowsPerSecond)} rows/s
          </p>
        ) : null}
      </div>
      <div className={`col-start-2 flex justify-between pt-1 ${AXIS_TEXT}`} aria-hidden="true">
        <span>{first ? formatClockTime(first.at, zone) : ''}</span>
        <span>{last ? formatClockTime(last.at, zone) : ''}</span>
      </div>
    </div>
  );
}
