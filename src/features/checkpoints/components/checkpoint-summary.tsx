import { formatBytes, formatCount, formatExact } from '@/lib/format';
import type { CheckpointSummary as Summary } from '../utils/checkpoint-stats';

function Stat({
  label,
  value,
  title,
  note,
}: {
  label: string;
  value: string;
  title?: string | undefined;
  note?: string | undefined;
}) {
  return (
    <div className="min-w-0 rounded border border-slate-200 px-3 py-2 dark:border-slate-800">
      <dt className="text-xs text-slate-600 dark:text-slate-400">{label}</dt>
      <dd className="truncate text-lg font-semibold" title={title}>
        {value}
      </dd>
      {note ? <dd className="text-xs text-slate-500 dark:text-slate-400">{note}</dd> : null}
    </div>
  );
}

/** How many checkpoints, how much storage they take, and how far the newest one got. */
export function CheckpointSummary({ summary }: { summary: Summary }) {
  const unsized = summary.count - summary.sized;
  return (
    <dl className="grid grid-cols-3 gap-2">
      <Stat label="Count" value={formatCount(summary.count)} />
      {summary.sized === 0 ? (
        <Stat label="Total size" value="—" note="No checkpoint reports a size" />
      ) : (
        <Stat
          label="Total size"
          value={formatBytes(summary.totalSize)}
          title={`${formatExact(summary.totalSize)} bytes`}
          note={unsized > 0 ? `${formatCount(unsized)} without a size` : undefined}
        />
      )}
      <Stat
        label="Latest step"
        value={formatCount(summary.latestStep)}
        title={summary.latestStep === null ? undefined : formatExact(summary.latestStep)}
      />
    </dl>
  );
}
