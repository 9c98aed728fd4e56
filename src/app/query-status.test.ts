import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { queryStatus } from './query-status';

function observe(client: QueryClient, key: string, options: { refetchInterval?: number | false } = {}) {
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
});
