import { formatCount } from '@/lib/format';
import type { StatusTone } from '@/lib/status-tone';
import { ownValue } from '@/lib/own-value';

/** What the partition widgets need of a partition (001's partitionDetails item). */
export interface PartitionLike {
  index: number;
  status: string;
  rows?: number;
  progress?: number;
}

/**
 * The value of a partition's progressbar (DESIGN.md): its `progress` when given, 100 when
 * completed, 0 when pending, otherwise unknown (indeterminate: no aria-valuenow).
 */
export function partitionValue(partition: PartitionLike): number | null {
  if (partition.progress !== undefined && Number.isFinite(partition.progress)) {
    return Math.min(100, Math.max(0, Math.round(partition.progress)));
  }
  if (partition.status === 'completed') return 100;
  if (partition.status === 'pending') return 0;
  return null;
}

const TONES: Record<string, StatusTone> = { completed: 'ok', running: 'run', pending: 'wait', failed: 'fail' };

export function partitionTone(status: string): StatusTone {
  return ownValue(TONES, status) ?? 'unknown';
}

export function partitionStatusLabel(status: string): string {
  return status ? status.replace(/_/g, ' ') : 'unknown';
}

/** "running · 7,000 rows · 56%": the tooltip and aria-valuetext of one partition. */
export function describePartition(partition: PartitionLike): string {
  const value = partitionValue(partition);
  return [
    partitionStatusLabel(partition.status),
    `${formatCount(partition.rows)} rows`,
    value === null ? 'progress unknown' : `${value}%`,
  ].join(' · ');
}

export type PartitionCounts = Record<'completed' | 'running' | 'pending' | 'failed' | 'other', number>;

export function countPartitions(partitions: readonly PartitionLike[]): PartitionCounts {
  const counts: PartitionCounts = { completed: 0, running: 0, pending: 0, failed: 0, other: 0 };
  for (const { status } of partitions) {
    if (status === 'completed' || status === 'running' || status === 'pending' || status === 'failed')
      counts[status] += 1;
    else counts.other += 1;
  }
  return counts;
}

/**
 * "2 of 4 partitions completed", from the API's counters when it sends them, else from
 * the details. null when there is nothing to count.
 */
export function completedPartitionsText(args: {
  partitions?: number;
  completedPartitions?: number;
  details: readonly PartitionLike[];
}): string | null {
  const total = args.partitions ?? args.details.length;
  if (!total) return null;
  const completed = args.completedPartitions ?? countPartitions(args.details).completed;
  return `${formatCount(completed)} of ${formatCount(total)} partition${total === 1 ? '' : 's'} completed`;
}
