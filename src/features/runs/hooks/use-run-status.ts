import { isTerminalRunStatus } from '@/lib/polling';
import { useRunProgress, type RunProgress } from '../api/get-run-progress';

const selectStatus = (progress: RunProgress) => progress.status;

/**
 * The run's status as the latest poll says, and whether the run may still change
 * (pending, running or a status this build does not know).
 */
export function useRunStatus(pipelineId: string, runId: string): { status: string | undefined; live: boolean } {
  const status = useRunProgress(pipelineId, runId, selectStatus).data;
  return { status, live: status === undefined || !isTerminalRunStatus(status) };
}
