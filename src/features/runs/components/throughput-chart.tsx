import { Area, AreaChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCount } from '@/lib/format';
import type { RatePoint } from '../lib/throughput';

const timeOfDay = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** The last minutes of rows per second. Loaded lazily (recharts stays out of the first route). */
export function ThroughputChart({ points }: { points: RatePoint[] }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <AreaChart data={points} margin={{ top: 4, right: 4, bottom: 0, left: 0 }}>
        <XAxis
          dataKey="at"
          type="number"
          domain={['dataMin', 'dataMax']}
          tickFormatter={(at: number) => timeOfDay.format(at)}
          tick={{ fontSize: 10 }}
          stroke="currentColor"
          className="text-slate-400"
          minTickGap={40}
        />
        <YAxis
          width={44}
          tickFormatter={(value: number) => formatCount(value)}
          tick={{ fontSize: 10 }}
          stroke="currentColor"
          className="text-slate-400"
        />
        <Tooltip
          formatter={(value) => [`${formatCount(Number(value))} rows/s`, 'Throughput']}
          labelFormatter={(at) => timeOfDay.format(Number(at))}
          contentStyle={{ fontSize: 12 }}
        />
        <Area
          type="monotone"
          dataKey="rowsPerSecond"
          stroke="var(--color-run)"
          fill="var(--color-run)"
          fillOpacity={0.15}
          isAnimationActive={false}
        />
      </AreaChart>
    </ResponsiveContainer>
  );
}
