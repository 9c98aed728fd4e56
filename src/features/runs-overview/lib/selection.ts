import type { RetryJob } from './retry-queue';
import { formatCount } from '@/lib/format';

/** A run's identity across pipelines: run ids are only unique within their pipeline. */
export function runKey(run: { pipelineId: string; id: string }): string {
  return `${run.pipelineId}\u0000${run.id}`;
}

/** What a retry of this run will do, in the confirmation's words. */
export function retryPlan(run: { loadStrategy: string; processedRows?: number | null }): string {
  if (run.loadStrategy === 'replace') return 'full re-run';
  if (run.loadStrategy === 'append' || run.loadStrategy === 'upsert')
    return `resume from row ${formatCount(run.processedRows ?? 0)}`;
  return `retry (load strategy ${run.loadStrategy}: the API decides whether it resumes)`;
}

interface SelectableRun {
  pipelineId: string;
  id: string;
  status: string;
}

export interface Confirmation {
  jobs: RetryJob[];
  skipped: { job: RetryJob; reason: string }[];
}

/**
 * The confirmed runs as jobs, each with a fresh Idempotency-Key, judged on the latest data:
 * a run that is no longer listed or no longer retryable is skipped with its reason.
 */
export function jobsForConfirmation<R extends SelectableRun>(
  confirmed: readonly R[],
  latest: readonly R[],
  blockedReason: (run: R) => string | null,
  newKey: () => string = () => crypto.randomUUID(),
): Confirmation {
  const byKey = new Map(latest.map((run) => [runKey(run), run]));
  const result: Confirmation = { jobs: [], skipped: [] };
  for (const run of confirmed) {
    const job = { pipelineId: run.pipelineId, runId: run.id, idempotencyKey: newKey() };
    const now = byKey.get(runKey(run));
    const reason = now ? blockedReason(now) : 'the run is no longer listed';
    if (reason === null) result.jobs.push(job);
    else result.skipped.push({ job, reason });
  }
  return result;
}
