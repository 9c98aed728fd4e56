import { useNow } from '@/hooks/use-now';
import { formatDuration } from '@/lib/format';
import { useRunProgress, type RunProgress } from '../api/get-run-progress';
import { liveElapsedMs } from '../lib/run-summary';

const selectDuration = (progress: RunProgress) => progress.durationMs;

/** The elapsed time: the API's durationMs, plus the time since it arrived while the run is live. */
export function RunElapsed({ pipelineId, runId, live }: { pipelineId: string; runId: string; live: boolean }) {
  const { data: durationMs, dataUpdatedAt } = useRunProgress(pipelineId, runId, selectDuration);
  return live ? (
    <TickingElapsed durationMs={durationMs} receivedAt={dataUpdatedAt} />
  ) : (
    <span>{formatDuration(durationMs)}</span>
  );
}

/** Its own component so that only it re-renders every second. */
function TickingElapsed({ durationMs, receivedAt }: { durationMs: number | undefined; receivedAt: number }) {
  const now = useNow(1_000);
  return <span>{formatDuration(liveElapsedMs({ durationMs, receivedAt, now, live: true }))}</span>;
}
