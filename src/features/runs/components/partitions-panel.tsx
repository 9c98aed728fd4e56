import { formatCount } from '@/lib/format';
import { useRunProgress, type RunProgress } from '../api/get-run-progress';
import { completedPartitionsText, countPartitions } from '../lib/partitions';
import { PartitionBars } from './partition-bars';
import { PartitionGrid } from './partition-grid';
import { RunPanel } from './run-panel';

/** Up to this many partitions get a labelled bar each; more get the compact grid. */
export const BARS_UP_TO = 24;

const selectPartitions = (progress: RunProgress) => ({
  details: progress.partitionDetails,
  partitions: progress.partitions,
  completedPartitions: progress.completedPartitions,
});

export function PartitionsPanel({ pipelineId, runId }: { pipelineId: string; runId: string }) {
  const { data, isPending } = useRunProgress(pipelineId, runId, selectPartitions);
  const summary = data ? completedPartitionsText(data) : null;
  const compact = (data?.details.length ?? 0) > BARS_UP_TO;
  return (
    <RunPanel
      title="Partitions"
      actions={summary ? <span className="text-xs text-slate-600 dark:text-slate-300">{summary}</span> : null}
    >
      {isPending ? (
        <div className="h-24 animate-pulse rounded bg-slate-100 dark:bg-slate-800/60" />
      ) : !data ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">No progress from the API yet.</p>
      ) : data.details.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">This run reports no partitions.</p>
      ) : compact ? (
        <>
          <PartitionCounts details={data.details} />
          <PartitionGrid partitions={data.details} />
        </>
      ) : (
        <PartitionBars partitions={data.details} />
      )}
    </RunPanel>
  );
}

function PartitionCounts({ details }: { details: Parameters<typeof countPartitions>[0] }) {
  const counts = countPartitions(details);
  const parts = (['running', 'pending', 'failed', 'other'] as const)
    .filter((status) => counts[status] > 0)
    .map((status) => `${formatCount(counts[status])} ${status}`);
  return parts.length ? <p className="mb-2 text-xs text-slate-600 dark:text-slate-300">{parts.join(' · ')}</p> : null;
}
