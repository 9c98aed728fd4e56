import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { retryRun, type RetriedRun } from '@/features/runs/api/retry-run';
import { useBulkRetry } from './use-bulk-retry';

vi.mock('@/features/runs/api/retry-run', () => ({ retryRun: vi.fn() }));

function wrapper({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={new QueryClient()}>{children}</QueryClientProvider>;
}

const jobs = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ pipelineId: 'pipe_001', runId: `run_${i}`, idempotencyKey: `key-${i}` }));

describe('useBulkRetry', () => {
  it('brings a batch’s outcomes to the page a few at a time, not twice per run, and all of them at the end', async () => {
    // Each POST answers in a task of its own, as the network does.
    vi.mocked(retryRun).mockImplementation(async (pipelineId, runId) => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      if (runId === 'run_7') throw new Error('refused');
      return { id: `${runId}_retry`, pipelineId } as RetriedRun;
    });
    let renders = 0;
    const { result } = renderHook(
      () => {
        renders += 1;
        return useBulkRetry();
      },
      { wrapper },
    );
    act(() => result.current.start(jobs(200), []));
    await waitFor(() => expect(result.current.running).toBe(false), { timeout: 5_000 });

    expect(retryRun).toHaveBeenCalledTimes(200);
    expect(result.current.outcomes.filter((o) => o.state === 'created')).toHaveLength(199);
    expect(result.current.outcomes[7]).toMatchObject({ state: 'failed', job: { runId: 'run_7' } });
    // Outcome by outcome, this batch took about 50 renders.
    expect(renders).toBeLessThan(10);
  });
});
