import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { createQueryStatusStore, queryStatus, SLOW_FETCH_MS } from './query-status';

function observe(
  client: QueryClient,
  key: string,
  options: { refetchInterval?: number | false; enabled?: boolean; meta?: { pagePolling?: boolean } } = {},
) {
  const observer = new QueryObserver(client, { queryKey: [key], queryFn: () => key, staleTime: Infinity, ...options });
  return observer.subscribe(() => {});
}

describe('queryStatus', () => {
  it('reports the newest update of page data, not of the shell’s own "me" query', () => {
    const client = new QueryClient();
    client.setQueryData(['pipelines'], 'p', { updatedAt: 1_000 });
    client.setQueryData(['me'], 'm', { updatedAt: 9_000 });
    const stop = [observe(client, 'pipelines'), observe(client, 'me')];
    expect(queryStatus(client.getQueryCache().getAll()).updatedAt).toBe(1_000);
    stop.forEach((s) => s());
  });

  it('ignores queries no page shows any more', () => {
    const client = new QueryClient();
    client.setQueryData(['old'], 'o', { updatedAt: 5_000 });
    expect(queryStatus(client.getQueryCache().getAll())).toEqual({ updatedAt: 0, stale: null, intervalMs: null });
  });

  it('gives the shortest polling interval of the page', () => {
    const client = new QueryClient();
    client.setQueryData(['a'], 1);
    client.setQueryData(['b'], 2);
    client.setQueryData(['c'], 3);
    const stop = [
      observe(client, 'a', { refetchInterval: 5_000 }),
      observe(client, 'b', { refetchInterval: 2_000 }),
      observe(client, 'c', { refetchInterval: false }),
    ];
    expect(queryStatus(client.getQueryCache().getAll()).intervalMs).toBe(2_000);
    stop.forEach((s) => s());
  });

  it('leaves out a disabled query: it never polls, whatever its interval', () => {
    const client = new QueryClient();
    client.setQueryData(['watch'], 1);
    const stop = [observe(client, 'watch', { refetchInterval: 10_000, enabled: false })];
    expect(queryStatus(client.getQueryCache().getAll()).intervalMs).toBeNull();
    stop.forEach((s) => s());
  });

  it('leaves out a query with its own schedule (a completion token re-checked every 3 s)', () => {
    const client = new QueryClient();
    client.setQueryData(['a'], 1);
    const stop = [
      observe(client, 'a', { refetchInterval: 10_000 }),
      observe(client, 'completion', { refetchInterval: 3_000, meta: { pagePolling: false } }),
    ];
    expect(queryStatus(client.getQueryCache().getAll()).intervalMs).toBe(10_000);
    stop.forEach((s) => s());
  });
});

describe('createQueryStatusStore: waiting for the API', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function slowQuery(client: QueryClient) {
    let answer: (value: string) => void = () => {};
    const observer = new QueryObserver(client, {
      queryKey: ['slow'],
      queryFn: () => new Promise<string>((resolve) => (answer = resolve)),
    });
    return { stop: observer.subscribe(() => {}), answer: (value: string) => answer(value) };
  }

  it('says nothing for an ordinary request, then when it began once it has waited 5 s, and clears when it ends', async () => {
    const client = new QueryClient();
    const store = createQueryStatusStore(client.getQueryCache());
    const changes: (number | null)[] = [];
    const unsubscribe = store.subscribe(() => changes.push(store.getSnapshot().waitingSince));
    const began = Date.now();
    const { stop, answer } = slowQuery(client);

    await vi.advanceTimersByTimeAsync(SLOW_FETCH_MS - 1);
    expect(store.getSnapshot().waitingSince).toBeNull();
    expect(changes).toEqual([]);

    await vi.advanceTimersByTimeAsync(1);
    expect(store.getSnapshot().waitingSince).toBe(began);

    answer('late');
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getSnapshot().waitingSince).toBeNull();
    expect(changes.filter((c, i) => c !== changes[i - 1])).toEqual([began, null]);
    stop();
    unsubscribe();
  });
});
