/**
 * Bulk retry: one POST per run, at most `concurrency` in flight, each run sent exactly
 * once, and every run's own outcome kept (one failure does not stop the others). Pure and
 * framework-free; the hook around it owns the "only once per confirmation" guard.
 */
export interface RetryJob {
  pipelineId: string;
  runId: string;
  /** Made once per run per confirmation, so a resend can never make a second run. */
  idempotencyKey: string;
}

export type RetryOutcome<R> =
  | { job: RetryJob; state: 'sending' }
  | { job: RetryJob; state: 'created'; run: R }
  | { job: RetryJob; state: 'failed'; error: unknown };

/** Four at once: fast for tens of runs without a burst that looks like an attack to the API. */
export const RETRY_CONCURRENCY = 4;

export async function runRetryQueue<R>(
  jobs: readonly RetryJob[],
  send: (job: RetryJob) => Promise<R>,
  onOutcome: (outcome: RetryOutcome<R>) => void = () => {},
  concurrency = RETRY_CONCURRENCY,
): Promise<RetryOutcome<R>[]> {
  const outcomes: RetryOutcome<R>[] = new Array<RetryOutcome<R>>(jobs.length);
  let next = 0;
  async function worker(): Promise<void> {
    // Each worker takes the next job index; JavaScript runs this synchronously, so no job is taken twice.
    while (next < jobs.length) {
      const index = next++;
      const job = jobs[index];
      if (!job) continue;
      onOutcome({ job, state: 'sending' });
      let outcome: RetryOutcome<R>;
      try {
        outcome = { job, state: 'created', run: await send(job) };
      } catch (error) {
        outcome = { job, state: 'failed', error };
      }
      outcomes[index] = outcome;
      onOutcome(outcome);
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, jobs.length)) }, worker));
  return outcomes;
}
