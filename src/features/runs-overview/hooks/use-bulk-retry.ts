import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { retryRun, type RetriedRun } from '@/features/runs/api/retry-run';
import { runRetryQueue, type RetryJob, type RetryOutcome } from '../lib/retry-queue';

export type BulkOutcome =
  RetryOutcome<RetriedRun> | { job: RetryJob; state: 'queued' } | { job: RetryJob; state: 'skipped'; reason: string };

export interface BulkRetry {
  /** Outcomes in the order confirmed; empty until a confirmation. */
  outcomes: BulkOutcome[];
  running: boolean;
  /**
   * Sends the confirmed jobs once. A second call while a batch runs does nothing: a double
   * click on Confirm, or Enter pressed twice, cannot send a run's POST twice.
   */
  start: (jobs: readonly RetryJob[], skipped: readonly { job: RetryJob; reason: string }[]) => void;
  dismiss: () => void;
}

/** The bulk retry of /runs: the queue (at most 4 in flight), its outcomes, and fresh lists after it. */
export function useBulkRetry(): BulkRetry {
  const queryClient = useQueryClient();
  const [outcomes, setOutcomes] = useState<BulkOutcome[]>([]);
  const [running, setRunning] = useState(false);
  const busy = useRef(false);

  const start = useCallback(
    (jobs: readonly RetryJob[], skipped: readonly { job: RetryJob; reason: string }[]) => {
      if (busy.current) return;
      busy.current = true;
      setRunning(true);
      const order = [...jobs, ...skipped.map((s) => s.job)];
      const initial = new Map<RetryJob, BulkOutcome>([
        ...jobs.map((job) => [job, { job, state: 'queued' }] as const),
        ...skipped.map(({ job, reason }) => [job, { job, state: 'skipped', reason }] as const),
      ]);
      setOutcomes(order.map((job) => initial.get(job) as BulkOutcome));
      const update = (outcome: BulkOutcome) =>
        setOutcomes((current) => current.map((o) => (o.job === outcome.job ? outcome : o)));
      void runRetryQueue(jobs, (job) => retryRun(job.pipelineId, job.runId, job.idempotencyKey), update).finally(() => {
        busy.current = false;
        setRunning(false);
        // Prefixes, not a list of keys: every run list and every run page refreshes.
        void queryClient.invalidateQueries({ queryKey: ['all-runs'] });
        void queryClient.invalidateQueries({ queryKey: ['runs'] });
        void queryClient.invalidateQueries({ queryKey: ['pipelines'] });
      });
    },
    [queryClient],
  );

  const dismiss = useCallback(() => {
    if (!busy.current) setOutcomes([]);
  }, []);

  return { outcomes, running, start, dismiss };
}
