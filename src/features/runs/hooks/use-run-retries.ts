import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { pipelineRunsQuery, type RunSummary } from '@/features/pipelines/api/get-pipeline-runs';
import { retriesByOriginal } from '@/features/pipelines/utils/run-history';
import { usePollInterval } from '@/hooks/use-poll-interval';
import { isRetryableStatus } from '@/lib/auth/policy';
import { isTerminalRunStatus, pollDelay } from '@/lib/polling';

const NO_RETRIES: readonly RunSummary[] = [];

/**
 * The runs that retried this one, oldest first, found the way the pipeline page finds them
 * (its run list, the same query and cache, and `metadata.retryOf`). Only a failed run or one
 * completed with errors can have been retried, so only those ask. The list is polled only
 * while one of those retries is still live, so its status stays true; an ended run whose
 * retries have ended polls nothing. Opening the retry confirmation reads the list again.
 */
export function useRunRetries(pipelineId: string, runId: string, status: string | undefined) {
  const pollMs = usePollInterval('list');
  const select = useCallback(
    (runs: readonly RunSummary[]) => retriesByOriginal(runs).get(runId) ?? NO_RETRIES,
    [runId],
  );
  const query = useQuery({
    ...pipelineRunsQuery(pipelineId, pollMs),
    enabled: isRetryableStatus(status),
    select,
    refetchInterval: (q) =>
      select(q.state.data ?? []).some((retry) => !isTerminalRunStatus(retry.status)) ? pollDelay(q, pollMs) : false,
  });
  return query.data ?? NO_RETRIES;
}
