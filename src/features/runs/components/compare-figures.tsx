import type { ReactNode } from 'react';
import { RelativeTime } from '@/components/ui/relative-time';
import { RunStatusBadge } from '@/components/ui/run-status-badge';
import { formatCount, formatDuration, parseTime } from '@/lib/format';
import type { RunFigures } from '../hooks/use-run-figures';
import { countDelta, durationDelta, rateDelta, rowsPerSecond, shareText, type Delta } from '../lib/compare';
import { CompareChange } from './compare-change';
import { COMPARE_ROW, CompareTable } from './compare-table';

const COLUMNS = [
  { header: 'Figure' },
  { header: 'Base', align: 'right' },
  { header: 'Head', align: 'right' },
  { header: 'Change', align: 'right' },
] as const;

interface Row {
  label: string;
  base: ReactNode;
  head: ReactNode;
  delta: Delta | string | null;
}

const rate = (f: RunFigures) => rowsPerSecond(f.processedRows, f.durationMs, f.resumeFromRow);
const rateText = (value: number | undefined) => (value === undefined ? '—' : `${formatCount(Math.round(value))}/s`);
const sameOrNot = (a: unknown, b: unknown) =>
  a === undefined || b === undefined ? null : a === b ? 'same' : 'changed';

function processed(f: RunFigures) {
  return `${formatCount(f.processedRows)} / ${formatCount(f.totalRows)} (${shareText(f.processedRows, f.totalRows)})`;
}

function endOrEta(f: RunFigures) {
  if (f.endedAt) return <RelativeTime iso={f.endedAt} />;
  return f.eta ? `ETA ${f.eta}` : '—';
}

/** The two runs' figures with what changed: a table, so each figure reads across. */
export function CompareFigures({ base, head }: { base: RunFigures; head: RunFigures }) {
  const rows: Row[] = [
    {
      label: 'Status',
      base: <RunStatusBadge status={base.status} />,
      head: <RunStatusBadge status={head.status} />,
      delta: sameOrNot(base.status, head.status),
    },
    {
      label: 'Load strategy',
      base: base.loadStrategy ?? '—',
      head: head.loadStrategy ?? '—',
      delta: sameOrNot(base.loadStrategy, head.loadStrategy),
    },
    {
      label: 'Started',
      base: <RelativeTime iso={base.startedAt} />,
      head: <RelativeTime iso={head.startedAt} />,
      delta: durationDelta(parseTime(base.startedAt) ?? undefined, parseTime(head.startedAt) ?? undefined),
    },
    {
      label: 'Duration',
      base: formatDuration(base.durationMs),
      head: formatDuration(head.durationMs),
      delta: durationDelta(base.durationMs, head.durationMs),
    },
    {
      label: 'Processed / total rows',
      base: processed(base),
      head: processed(head),
      delta: countDelta(base.processedRows, head.processedRows),
    },
    {
      label: 'Failed rows',
      base: formatCount(base.failedRows),
      head: formatCount(head.failedRows),
      delta: countDelta(base.failedRows, head.failedRows),
    },
    {
      label: 'Skipped rows',
      base: formatCount(base.skippedRows),
      head: formatCount(head.skippedRows),
      delta: countDelta(base.skippedRows, head.skippedRows),
    },
    {
      label: 'Throughput (rows per second)',
      base: rateText(rate(base)),
      head: rateText(rate(head)),
      delta: rateDelta(rate(base), rate(head)),
    },
    { label: 'Ended, or ETA', base: endOrEta(base), head: endOrEta(head), delta: null },
  ];
  return (
    <CompareTable label="Run figures" columns={COLUMNS}>
      {rows.map((row) => (
        <tr key={row.label} className={COMPARE_ROW}>
          <th scope="row" className="px-2 py-1.5 text-left font-normal text-slate-700 dark:text-slate-300">
            {row.label}
          </th>
          <td className="px-2 py-1.5 text-right tabular-nums">{row.base}</td>
          <td className="px-2 py-1.5 text-right tabular-nums">{row.head}</td>
          <td className="px-2 py-1.5 text-right">
            {row.delta === null ? null : typeof row.delta === 'string' ? (
              <span className={row.delta === 'changed' ? 'font-semibold' : undefined}>{row.delta}</span>
            ) : (
              <CompareChange {...row.delta} />
            )}
          </td>
        </tr>
      ))}
    </CompareTable>
  );
}
