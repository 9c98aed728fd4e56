import { useNow } from '@/hooks/use-now';
import { formatDuration } from '@/lib/format';
import { useRunProgress, type RunProgress } from '../api/get-run-progress';
import { liveElapsedMs } from '../lib/run-summary';

/**
 * Stamped when the progress data changes, not at every poll that confirms it: TanStack Query
 * runs a select again only for new data, so an unchanged poll (304) re-renders nothing and
 * the ticking time does not step back to the same durationMs.
 */
const selectDuration = (progress: RunProgress) => ({ durationMs: progress.durationMs, receivedAt: Date.now() });

/** The elapsed time: the API's durationMs, plus the time since it arrived while the run is live. */
export function RunElapsed({ pipelineId, runId, live }: { pipelineId: string; runId: string; live: boolean }) {
  const duration = useRunProgress(pipelineId, runId, selectDuration).data;
  return live ? (
    <TickingElapsed durationMs={duration?.durationMs} receivedAt={duration?.receivedAt ?? 0} />
  ) : (
    <span>{formatDuration(duration?.durationMs)}</span>
  );
}

/** Its own component so that only it re-renders every second. */
function TickingElapsed({ durationMs, receivedAt }: { durationMs: number | undefined; receivedAt: number }) {
  const now = useNow(1_000);
  return <span>{formatDuration(liveElapsedMs({ durationMs, receivedAt, now, live: true }))}</span>;
}
