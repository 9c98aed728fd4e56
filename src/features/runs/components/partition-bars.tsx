import { memo } from 'react';
import { ProgressBar } from '@/components/ui/progress-bar';
import { StatusIcon } from '@/components/ui/status-icon';
import { formatCount, formatExact } from '@/lib/format';
import type { Partition } from '../api/get-run-progress';
import { describePartition, partitionStatusLabel, partitionTone, partitionValue } from '../lib/partitions';

/** One row per partition: a labelled bar with status, rows and percent. For a handful of partitions. */
export function PartitionBars({ partitions }: { partitions: readonly Partition[] }) {
  return (
    <ul className="space-y-1.5">
      {partitions.map((partition, position) => (
        // Positions, not API indexes, as keys: an API that repeats an index must not break the list.
        <PartitionBar key={position} partition={partition} />
      ))}
    </ul>
  );
}

// Polls keep unchanged partitions identical (structural sharing), so memo skips them.
const PartitionBar = memo(function PartitionBar({ partition }: { partition: Partition }) {
  const value = partitionValue(partition);
  const tone = partitionTone(partition.status);
  const description = describePartition(partition);
  return (
    <li className="grid grid-cols-[5.5rem_1fr_2.75rem] items-center gap-x-3 gap-y-0.5 text-xs sm:grid-cols-[6rem_1fr_6rem_3rem_7rem]">
      <span className="font-medium">Partition {partition.index}</span>
      <ProgressBar
        label={`Partition ${partition.index}`}
        value={value}
        tone={tone}
        valueText={description}
        title={`Partition ${partition.index}: ${description}`}
      />
      <span className="hidden text-right tabular-nums sm:block" title={`${formatExact(partition.rows)} rows`}>
        {formatCount(partition.rows)}
      </span>
      <span className="text-right tabular-nums">{value === null ? '—' : `${value}%`}</span>
      <span className={`col-span-3 flex items-center gap-1 sm:col-span-1 ${STATUS_TEXT[tone] ?? ''}`}>
        <StatusIcon tone={tone} />
        <span className="min-w-0 break-words">{partitionStatusLabel(partition.status)}</span>
      </span>
    </li>
  );
});

const STATUS_TEXT: Partial<Record<string, string>> = {
  run: 'text-run dark:text-info',
  wait: 'text-slate-500 dark:text-slate-400',
};
