import { QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { useEffect, useState } from 'react';
import { pollDelay } from '@/lib/polling';
import { createQueryClient } from './query-client';

/**
 * A failing query must be polled again even while its page keeps re-rendering (other
 * queries moving, clocks ticking): TanStack Query re-reads refetchInterval on every render.
 */
function FailingWhileBusy({ fetchCount }: { fetchCount: () => Promise<string> }) {
  const [ticks, setTicks] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTicks((n) => n + 1), 500);
    return () => clearInterval(timer);
  }, []);
  const { data, isError } = useQuery({
    queryKey: ['count'],
    queryFn: fetchCount,
    refetchInterval: (query) => pollDelay(query, 2_000),
  });
  return (
    <p data-ticks={ticks}>
      {data ?? 'loading'} {isError ? '(failing)' : ''}
    </p>
  );
}

describe('polling a failing query on a page that re-renders every 500 ms', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('polls again after the backoff and shows the recovered data', async () => {
    const answers: (() => string)[] = [
      () => 'first',
      () => {
        throw new Error('malformed answer');
      },
    ];
    const fetchCount = vi.fn(async () => (answers.shift() ?? (() => 'recovered'))());
    render(
      <QueryClientProvider client={createQueryClient()}>
        <FailingWhileBusy fetchCount={fetchCount} />
      </QueryClientProvider>,
    );
    // One act per tick, so that React renders each tick as a browser would.
    const wait = async (ms: number) => {
      for (let waited = 0; waited < ms; waited += 500) await act(() => vi.advanceTimersByTimeAsync(500));
    };
    await wait(2_500);
    expect(screen.getByText(/first \(failing\)/)).toBeInTheDocument();

    // Backoff after one failure is 2–4 s; 30 s is far beyond it.
    await wait(30_000);
    expect(screen.getByText(/recovered/)).toBeInTheDocument();
    expect(fetchCount.mock.calls.length).toBeGreaterThanOrEqual(3);
  });
});
