import { describe, expect, it } from 'vitest';
import { runRetryQueue, type RetryJob } from './retry-queue';

const jobs = (n: number): RetryJob[] =>
  Array.from({ length: n }, (_, i) => ({ pipelineId: 'pipe_001', runId: `run_${i}`, idempotencyKey: `key-${i}` }));

/** A send whose answers the test releases by hand, recording how many are in flight. */
function controlledSend() {
  const calls: RetryJob[] = [];
  const pending: { job: RetryJob; resolve: (v: string) => void; reject: (e: unknown) => void }[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const send = (job: RetryJob) =>
    new Promise<string>((resolve, reject) => {
      calls.push(job);
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      const done = () => inFlight--;
      pending.push({
        job,
        resolve: (v) => (done(), resolve(v)),
        reject: (e) => (done(), reject(e)),
      });
    });
  return { send, calls, pending, max: () => maxInFlight };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('bulk retry queue', () => {
  it('keeps at most 4 requests in flight and sends each run exactly once', async () => {
    const ctl = controlledSend();
    const all = jobs(10);
    const done = runRetryQueue(all, ctl.send);
    await tick();
    expect(ctl.calls).toHaveLength(4);
    while (ctl.pending.length) {
      ctl.pending.shift()?.resolve('new');
      await tick();
    }
    const outcomes = await done;
    expect(ctl.max()).toBe(4);
    expect(ctl.calls.map((j) => j.runId)).toEqual(all.map((j) => j.runId));
    expect(new Set(ctl.calls.map((j) => j.idempotencyKey)).size).toBe(10);
    expect(outcomes.every((o) => o.state === 'created')).toBe(true);
  });

  it('keeps each run its own error; one failure does not stop the others', async () => {
    const outcomes = await runRetryQueue(jobs(3), async (job) => {
      if (job.runId === 'run_1') throw new Error('422 not retryable');
      return `retry of ${job.runId}`;
    });
    expect(outcomes.map((o) => o.state)).toEqual(['created', 'failed', 'created']);
    expect(outcomes[1]).toMatchObject({ state: 'failed', error: new Error('422 not retryable') });
    expect(outcomes[2]).toMatchObject({ state: 'created', run: 'retry of run_2' });
  });

  it('reports sending, then the outcome, for every run', async () => {
    const seen: string[] = [];
    await runRetryQueue(
      jobs(2),
      async (job) => job.runId,
      (o) => seen.push(`${o.job.runId}:${o.state}`),
    );
    expect(seen.sort()).toEqual(['run_0:created', 'run_0:sending', 'run_1:created', 'run_1:sending']);
  });

  it('does nothing for no runs', async () => {
    const ctl = controlledSend();
    expect(await runRetryQueue([], ctl.send)).toEqual([]);
    expect(ctl.calls).toHaveLength(0);
  });
});
