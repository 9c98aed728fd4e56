import { QueryClient } from '@tanstack/react-query';
import { createMemoryRouter, matchRoutes } from 'react-router';
import { server } from '@mocks/node';
import { runKeys } from '@/features/runs/api/run-keys';
import { setToken } from '@/lib/session';
import { recordRequests } from '@/features/runs/test-utils/render-run-page';
import { prefetchFirstPage } from './app';
import { routes, type RouteHandle } from './routes';

/** The prefetches of the routes that a path matches, as prefetchFirstPage finds them. */
function prefetchesFor(path: string) {
  return (matchRoutes(routes, path) ?? []).flatMap(({ route, params }) => {
    const prefetch = (route.handle as RouteHandle | undefined)?.prefetch;
    return prefetch ? [(client: QueryClient) => prefetch(client, params)] : [];
  });
}

describe("the first page's prefetch", () => {
  it('asks for what the run page shows first, and who is signed in, once each, under the keys the page reads', async () => {
    setToken('demo-viewer');
    const client = new QueryClient();
    const requests = recordRequests(server);
    await Promise.all(prefetchesFor('/pipelines/pipe_001/runs/run_001').map((prefetch) => prefetch(client)));
    await vi.waitFor(() => expect(client.isFetching()).toBe(0));
    requests.stop();

    expect(requests.seen.map((r) => `${r.method} ${r.path}`).sort()).toEqual(
      [
        'GET /api/v1/me',
        'GET /api/v1/pipelines/pipe_001',
        'GET /api/v1/pipelines/pipe_001/runs/run_001',
        'GET /api/v1/pipelines/pipe_001/runs/run_001/errors/summary',
        'GET /api/v1/pipelines/pipe_001/runs/run_001/errors?offset=0&limit=1000',
        'GET /api/v1/pipelines/pipe_001/runs/run_001/progress',
        'GET /v1/pipelines/run_001/progress',
      ].sort(),
    );
    expect(client.getQueryData(runKeys.progress('pipe_001', 'run_001'))).toMatchObject({ status: 'failed' });
    expect(client.getQueryData(runKeys.run('pipe_001', 'run_001'))).toMatchObject({ id: 'run_001' });
    expect(client.getQueryData(['me'])).toMatchObject({ role: 'viewer' });
    expect(client.getQueryData(runKeys.errorsPage('pipe_001', 'run_001', { offset: 0, limit: 1_000 }))).toMatchObject({
      offset: 0,
    });
  });

  it("is the first page's to ask for as the app starts, signed in only; a chunk that fails is the route's to report", async () => {
    const prefetch = vi.fn<NonNullable<RouteHandle['prefetch']>>(async () => {});
    const failing = vi.fn<NonNullable<RouteHandle['prefetch']>>(() => Promise.reject(new Error('chunk')));
    const router = createMemoryRouter(
      [
        {
          path: '/x/:id',
          element: null,
          handle: { prefetch },
          children: [{ index: true, handle: { prefetch: failing } }],
        },
      ],
      { initialEntries: ['/x/7'] },
    );
    prefetchFirstPage(router);
    expect(prefetch).not.toHaveBeenCalled();

    setToken('demo-viewer');
    prefetchFirstPage(router);
    expect(prefetch).toHaveBeenCalledWith(expect.any(QueryClient), { id: '7' });
    expect(failing).toHaveBeenCalledTimes(1);
  });
});
