import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
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

/**
 * How often the outcomes reach the page while a batch runs. Each retry says "sending" and
 * then how it went; rendered one by one, a batch of 6,672 runs re-rendered its whole list
 * about 13,000 times, and the page was busy for 77 of the batch's 159 s (ad-hoc).
 */
export const OUTCOMES_EVERY_MS = 200;

/** The bulk retry of /runs: the queue (at most 4 in flight), its outcomes, and fresh lists after it. */
export function useBulkRetry(): BulkRetry {
  const queryClient = useQueryClient();
  const [outcomes, setOutcomes] = useState<BulkOutcome[]>([]);
  const [running, setRunning] = useState(false);
  const busy = useRef(false);
  const pending = useRef(new Map<RetryJob, BulkOutcome>());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const updates = pending.current;
    if (updates.size === 0) return;
    pending.current = new Map();
    setOutcomes((current) => current.map((o) => updates.get(o.job) ?? o));
  }, []);
  useEffect(() => () => clearTimeout(timer.current), []);

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
      const update = (outcome: BulkOutcome) => {
        pending.current.set(outcome.job, outcome);
        timer.current ??= setTimeout(flush, OUTCOMES_EVERY_MS);
      };
      void runRetryQueue(jobs, (job) => retryRun(job.pipelineId, job.runId, job.idempotencyKey), update).finally(() => {
        flush();
        busy.current = false;
        setRunning(false);
        // Prefixes, not a list of keys: every run list and every run page refreshes.
        void queryClient.invalidateQueries({ queryKey: ['all-runs'] });
        void queryClient.invalidateQueries({ queryKey: ['runs'] });
        void queryClient.invalidateQueries({ queryKey: ['pipelines'] });
      });
    },
    [queryClient, flush],
  );

  const dismiss = useCallback(() => {
    if (!busy.current) setOutcomes([]);
  }, []);

  return { outcomes, running, start, dismiss };
}
