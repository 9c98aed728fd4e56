import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis, type TooltipContentProps } from 'recharts';
import { formatBytes, formatCompact, formatCount } from '@/lib/format';
import type { ChartPoint } from '../utils/checkpoint-stats';
import { byteTicks, fromUnits, logAxis, toUnits } from '../utils/axis-ticks';

/*
 * Loaded only through React.lazy (lazy-checkpoint-chart.tsx): recharts is heavy and the
 * first route must not pay for it. Points are doubles (see chartPoints): above 2^53 they
 * are approximate, which a picture tolerates; the table keeps the exact values.
 */
export interface ChartScales {
  sizeLog: boolean;
  recordsLog: boolean;
}

interface Series {
  key: 'size' | 'records';
  name: string;
  colour: string;
  log: boolean;
  /** 1024 for bytes (KiB, MiB…), 1000 for counts (K, M…). */
  base: number;
  format: (value: number) => string;
}

interface Plotted {
  step: number;
  size: number | null;
  records: number | null;
  raw: ChartPoint;
}

const TICK = { fill: 'currentColor', fontSize: 11 };

function seriesOf(scales: ChartScales): [Series, Series] {
  return [
    { key: 'size', name: 'Size', colour: '#0072b2', log: scales.sizeLog, base: 1024, format: (v) => formatBytes(v) },
    {
      key: 'records',
      name: 'Processed records',
      colour: '#cc79a7',
      log: scales.recordsLog,
      base: 1000,
      format: (v) => formatCompact(v),
    },
  ];
}

function plot(points: ChartPoint[], [size, records]: [Series, Series]): Plotted[] {
  // A negative size or count is broken data: the axes start at 0, so it is left out of the picture (the table shows it).
  const project = (value: number | null, series: Series) =>
    value === null || value < 0 ? null : series.log ? toUnits(value, series.base) : value;
  return points.map((raw) => ({
    step: raw.step,
    size: project(raw.size, size),
    records: project(raw.records, records),
    raw,
  }));
}

function axisProps(series: Series, plotted: Plotted[]) {
  if (!series.log && series.key === 'size') {
    const ticks = byteTicks(Math.max(0, ...plotted.map((p) => p.size ?? 0)));
    return { domain: [0, ticks[ticks.length - 1] ?? 0] as const, ticks, tickFormatter: series.format };
  }
  if (!series.log) return { domain: [0, 'auto'] as const, tickFormatter: series.format };
  const { domain, ticks } = logAxis(plotted.map((p) => p[series.key]));
  return {
    domain,
    ticks,
    tickFormatter: (units: number) => series.format(fromUnits(units, series.base)),
  };
}

function ChartTooltip({ active, payload }: TooltipContentProps) {
  const point = (payload?.[0]?.payload as Plotted | undefined)?.raw;
  if (!active || !point) return null;
  return (
    <div className="rounded border border-slate-200 bg-white px-2 py-1 text-xs text-slate-900 shadow dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100">
      <p className="font-medium">Step {formatCount(point.step)}</p>
      <p>Size: {formatBytes(point.size)}</p>
      <p>Processed records: {formatCount(point.records)}</p>
    </div>
  );
}

export function CheckpointChart({ points, scales }: { points: ChartPoint[]; scales: ChartScales }) {
  const series = seriesOf(scales);
  const plotted = plot(points, series);
  return (
    <LineChart
      responsive
      data={plotted}
      style={{ width: '100%', height: '100%' }}
      margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
      accessibilityLayer={false}
    >
      <CartesianGrid stroke="currentColor" strokeOpacity={0.15} />
      <XAxis
        dataKey="step"
        type="number"
        domain={['dataMin', 'dataMax']}
        tickFormatter={(v: number) => formatCompact(v)}
        tick={TICK}
        stroke="currentColor"
      />
      {series.map((s, index) => (
        <YAxis
          key={s.key}
          yAxisId={s.key}
          orientation={index === 0 ? 'left' : 'right'}
          tick={TICK}
          stroke="currentColor"
          width={index === 0 ? 72 : 52}
          {...axisProps(s, plotted)}
        />
      ))}
      <Tooltip content={ChartTooltip} />
      <Legend wrapperStyle={{ fontSize: 12 }} />
      {series.map((s, index) => (
        <Line
          key={s.key}
          yAxisId={s.key}
          dataKey={s.key}
          name={s.name}
          stroke={s.colour}
          strokeWidth={2}
          strokeDasharray={index === 0 ? undefined : '5 3'}
          dot={plotted.length > 60 ? false : { r: 2 }}
          isAnimationActive={false}
          connectNulls
        />
      ))}
    </LineChart>
  );
}
