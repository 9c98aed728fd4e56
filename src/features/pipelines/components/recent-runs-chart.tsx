import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis, type TooltipContentProps } from 'recharts';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { runPagePath } from '@/lib/app-paths';
import { formatCompact, formatCount, formatDuration } from '@/lib/format';
import type { RunChartPoint } from '../utils/run-history';

/*
 * Loaded only through React.lazy (recent-runs-panel.tsx): recharts is heavy and the first
 * route must not pay for it. Colours are the theme's CSS variables and text is currentColor,
 * so both themes read. Rows are one bar on one scale, loaded and failed stacked: a second
 * axis made 12 failed rows tower over 32,000 processed. A bar opens its run.
 */
const AXIS = { tick: { fill: 'currentColor', fontSize: 11 }, stroke: 'currentColor' } as const;
const shortId = (id: string) => (id.length > 12 ? `${id.slice(0, 10)}…` : id);

/** Axis ticks stay one short word: "45s", "3m", "1.5h" (formatDuration's "1m 20s" would wrap). */
function durationTick(seconds: number): string {
  if (seconds < 120) return `${seconds}s`;
  if (seconds < 7200) return `${Math.round(seconds / 60)}m`;
  return `${Math.round(seconds / 360) / 10}h`;
}

const SERIES_ORDER = ['loaded', 'failed', 'durationS'];
/** Legend items in the order the bars stand, not alphabetically. */
const legendOrder = (item: { dataKey?: unknown }) => SERIES_ORDER.indexOf(String(item.dataKey));

/** Legend words in the text colour, not the series colour: small orange text on white would not be readable. */
const legendText = (value: string) => <span className="text-slate-700 dark:text-slate-300">{value}</span>;

function ChartTooltip({ active, payload, label }: TooltipContentProps) {
  if (!active || !payload?.length) return null;
  return (
    <div className="rounded border border-slate-200 bg-white px-2 py-1 text-xs text-slate-900 shadow dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100">
      <p className="font-mono font-medium">{String(label)}</p>
      {payload.map((entry) => (
        <p key={String(entry.dataKey)}>
          {entry.name}:{' '}
          {entry.dataKey === 'durationS'
            ? formatDuration(Number(entry.value) * 1000)
            : formatCount(Number(entry.value))}
        </p>
      ))}
    </div>
  );
}

/** One of the two charts: runs along the x axis, bars (the children) stacked or single, a click opens the run. */
function RunBarChart({
  points,
  yTick,
  children,
}: {
  points: RunChartPoint[];
  yTick: (value: number) => string;
  children: ReactNode;
}) {
  return (
    <div className="h-48">
      <BarChart
        responsive
        data={points}
        style={{ width: '100%', height: '100%' }}
        margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke="currentColor" strokeOpacity={0.15} vertical={false} />
        <XAxis dataKey="id" tickFormatter={shortId} {...AXIS} interval="preserveStartEnd" />
        <YAxis tickFormatter={yTick} {...AXIS} width={44} />
        <Tooltip content={ChartTooltip} cursor={{ fill: 'currentColor', fillOpacity: 0.08 }} />
        <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={legendOrder} formatter={legendText} />
        {children}
      </BarChart>
    </div>
  );
}

/** Every bar: the same width cap, no animation (polls redraw it), and a click that opens its run. */
const BAR = { maxBarSize: 40, isAnimationActive: false, cursor: 'pointer' } as const;

export function RecentRunsChart({ points }: { points: RunChartPoint[] }) {
  const navigate = useNavigate();
  const openRun = (data: unknown) => {
    const point = (data as { payload?: RunChartPoint } | undefined)?.payload;
    if (point) void navigate(runPagePath(point.pipelineId, point.id));
  };
  return (
    <div className="grid gap-3 md:grid-cols-[3fr_2fr]">
      <RunBarChart points={points} yTick={(v) => formatCompact(v)}>
        <Bar dataKey="loaded" stackId="rows" name="Rows loaded" fill="var(--color-ok)" {...BAR} onClick={openRun} />
        <Bar dataKey="failed" stackId="rows" name="Failed rows" fill="var(--color-fail)" {...BAR} onClick={openRun} />
      </RunBarChart>
      <RunBarChart points={points} yTick={durationTick}>
        <Bar dataKey="durationS" name="Duration" fill="var(--color-run)" {...BAR} onClick={openRun} />
      </RunBarChart>
    </div>
  );
}
