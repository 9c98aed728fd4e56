// @vitest-environment jsdom
import { http, HttpResponse } from 'msw';
import { server } from '@mocks/node';
import { ApiError } from '@/lib/api-error';
import { setToken } from '@/lib/session';
import { allRunsQuery, fetchAllRuns } from './get-all-runs';

const page = (ids: string[], nextCursor: string | null) => ({
  runs: ids.map((id) => ({
    id,
    pipelineId: 'p',
    status: 'failed',
    loadStrategy: 'append',
    startedAt: '2026-03-30T10:00:00Z',
  })),
  total: 5,
  nextCursor,
});

beforeEach(() => setToken('demo-viewer'));

describe('fetchAllRuns', () => {
  it('follows nextCursor to the end, with the page limit and the query on every page', async () => {
    const asked: URLSearchParams[] = [];
    server.use(
      http.get('*/api/v1/runs', ({ request }) => {
        const params = new URL(request.url).searchParams;
        asked.push(params);
        return HttpResponse.json(
          params.get('cursor') === 'c1' ? page(['r4', 'r5'], null) : page(['r1', 'r2', 'r3'], 'c1'),
        );
      }),
    );
    const all = await fetchAllRuns({ since: '2026-03-29T12:00:00.000Z' });
    expect(all.runs.map((r) => r.id)).toEqual(['r1', 'r2', 'r3', 'r4', 'r5']);
    expect(all.total).toBe(5);
    expect(asked.map((p) => [p.get('limit'), p.get('since'), p.get('cursor')])).toEqual([
      ['1000', '2026-03-29T12:00:00.000Z', null],
      ['1000', '2026-03-29T12:00:00.000Z', 'c1'],
    ]);
  });

  it('names a cursor that repeats as a malformed answer instead of looping', async () => {
    server.use(http.get('*/api/v1/runs', () => HttpResponse.json(page(['r1'], 'same'))));
    await expect(fetchAllRuns({})).rejects.toMatchObject({ kind: 'malformed' });
  });
});

describe('polling of the runs list', () => {
  const interval = (error: unknown) => {
    const options = allRunsQuery({}, 5_000);
    const refetch = options.refetchInterval as (q: unknown) => number | false;
    return refetch({
      state: { status: 'error', error, dataUpdatedAt: 0, errorUpdatedAt: 1, errorUpdateCount: 1, fetchFailureCount: 0 },
    });
  };

  it('stops for good when the endpoint does not exist (404), and backs off on other failures', () => {
    expect(interval(new ApiError({ kind: 'http', endpoint: 'GET /api/v1/runs', status: 404 }))).toBe(false);
    expect(interval(new ApiError({ kind: 'http', endpoint: 'GET /api/v1/runs', status: 500 }))).toBeGreaterThanOrEqual(
      5_000,
    );
  });
});
