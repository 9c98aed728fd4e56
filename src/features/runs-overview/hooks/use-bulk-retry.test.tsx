import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import type { ReactNode } from 'react';
import { server } from '@mocks/node';
import { OUTCOMES_EVERY_MS, useBulkRetry } from './use-bulk-retry';

function wrapper({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={new QueryClient()}>{children}</QueryClientProvider>;
}

const jobs = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ pipelineId: 'pipe_001', runId: `run_${i}`, idempotencyKey: `key-${i}` }));

describe('useBulkRetry', () => {
  it('brings a batch’s outcomes to the page a few at a time, not twice per run, and all of them at the end', async () => {
    const posted: string[] = [];
    server.use(
      http.post('*/api/v1/pipelines/:pipelineId/runs/:runId/retry', async ({ params }) => {
        const runId = String(params.runId);
        posted.push(runId);
        await delay(5); // each answer in a task of its own, as the network gives them
        if (runId === 'run_7') return HttpResponse.json({ message: 'Refused' }, { status: 422 });
        return HttpResponse.json({ id: `${runId}_retry`, pipelineId: 'pipe_001', status: 'pending' }, { status: 201 });
      }),
    );
    let renders = 0;
    const { result } = renderHook(
      () => {
        renders += 1;
        return useBulkRetry();
      },
      { wrapper },
    );
    const started = performance.now();
    act(() => result.current.start(jobs(200), []));
    await waitFor(() => expect(result.current.running).toBe(false), { timeout: 10_000 });
    const elapsed = performance.now() - started;

    expect(posted).toHaveLength(200);
    expect(result.current.outcomes.filter((o) => o.state === 'created')).toHaveLength(199);
    expect(result.current.outcomes[7]).toMatchObject({ state: 'failed', job: { runId: 'run_7' } });
    // At most one render per OUTCOMES_EVERY_MS, besides the first, the start and the end.
    // Outcome by outcome, this batch took one render per answer that arrived on its own.
    expect(renders).toBeLessThanOrEqual(Math.ceil(elapsed / OUTCOMES_EVERY_MS) + 4);
  });
});
