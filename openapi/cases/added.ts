import { expect } from 'vitest';
import { callDemo, exampleOf, field, seedShape, type ContractCase } from './contract-case';

/** Endpoints DESIGN.md adds: me, the pipeline list (paged), one pipeline, its runs, one run, its error summary. */
const ME = 'GET /api/v1/me';
const LIST = 'GET /api/v1/pipelines';
const PIPELINE = 'GET /api/v1/pipelines/{id}';
const RUNS = 'GET /api/v1/pipelines/{id}/runs';
const RUN = 'GET /api/v1/pipelines/{id}/runs/{runId}';
const ALL_RUNS = 'GET /api/v1/runs';
const SUMMARY = 'GET /api/v1/pipelines/{id}/runs/{runId}/errors/summary';

/** 001's pipe_001; its last run comes from its newest run in the demo (DESIGN.md: consistency wins). */
const seedPipeline = () =>
  seedShape(field(exampleOf('GET /api/v1/pipelines/poll', 200), 'pipelines', 0), ['lastRunStatus']);
const ids = (body: unknown, key: string) => (field(body, key) as unknown[]).map((item) => field(item, 'id'));

async function walkRunPages(query: string): Promise<unknown[]> {
  const seen: unknown[] = [];
  let cursor: unknown = null;
  do {
    const next = typeof cursor === 'string' ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const { body } = await callDemo({ url: `/api/v1/runs?${query}${next}` });
    seen.push(...ids(body, 'runs'));
    cursor = field(body, 'nextCursor');
  } while (cursor !== null);
  return seen;
}

async function walkPages(limit: number): Promise<unknown[]> {
  const seen: unknown[] = [];
  let cursor: unknown = undefined;
  do {
    const query = `limit=${limit}${typeof cursor === 'string' ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const { body } = await callDemo({ url: `/api/v1/pipelines?${query}` });
    expect((field(body, 'pipelines') as unknown[]).length).toBeLessThanOrEqual(limit);
    seen.push(...ids(body, 'pipelines'));
    cursor = field(body, 'hasMore') === true ? field(body, 'cursor') : undefined;
  } while (cursor !== undefined);
  return seen;
}

export const addedCases: ContractCase[] = [
  ...(['admin', 'editor', 'viewer'] as const).map((role): ContractCase => ({
    name: `demo-${role} signs in as ${role}`,
    operation: ME,
    url: '/api/v1/me',
    token: `demo-${role}`,
    status: 200,
    check: ({ body }) => expect(field(body, 'role')).toBe(role),
  })),
  { name: 'a token the API does not know', operation: ME, url: '/api/v1/me', token: 'not-a-demo-token', status: 401 },
  {
    name: 'every pipeline, pipe_001 as in 001',
    operation: LIST,
    url: '/api/v1/pipelines',
    status: 200,
    check: ({ body }) => {
      expect(field(body, 'pipelines')).toContainEqual(seedPipeline());
      expect(field(body, 'total')).toBe((field(body, 'pipelines') as unknown[]).length);
      expect(field(body, 'hasMore')).not.toBe(true);
    },
  },
  {
    name: 'pages follow the cursor to the same list',
    operation: LIST,
    url: '/api/v1/pipelines?limit=3',
    status: 200,
    check: async ({ body }) => {
      expect(field(body, 'hasMore')).toBe(true);
      const all = await callDemo({ url: '/api/v1/pipelines' });
      expect(await walkPages(3)).toEqual(ids(all.body, 'pipelines'));
    },
  },
  {
    name: 'filtered by text and statuses, sorted, with counts of every pipeline',
    operation: LIST,
    url: '/api/v1/pipelines?q=import&status=completed,failed,none&sort=lastRun&order=desc',
    status: 200,
    check: async ({ body }) => {
      const all = await callDemo({ url: '/api/v1/pipelines' });
      const keep = new Set(['completed', 'failed', null]);
      const expected = (field(all.body, 'pipelines') as unknown[]).filter(
        (p) => keep.has(field(p, 'lastRunStatus') as string | null) && /import/i.test(String(field(p, 'name'))),
      );
      expect(ids(body, 'pipelines').sort()).toEqual(expected.map((p) => field(p, 'id')).sort());
      expect(ids(body, 'pipelines')).toContain('pipe_001');
      expect(field(body, 'total')).toBe(expected.length);
      expect(field(body, 'counts')).toEqual(field(all.body, 'counts'));
    },
  },
  {
    name: 'a page at an offset of 5,000 pipelines, with the cursor of the next',
    operation: LIST,
    url: '/api/v1/pipelines?sort=name&limit=50&offset=4000',
    before: () => callDemo({ method: 'POST', url: '/__demo/scale', token: null }),
    status: 200,
    check: async ({ body }) => {
      const all = await callDemo({ url: '/api/v1/pipelines?sort=name' });
      expect(ids(body, 'pipelines')).toEqual(ids(all.body, 'pipelines').slice(4000, 4050));
      expect(body).toMatchObject({ total: 5000, offset: 4000, nextCursor: '4050', hasMore: true });
    },
  },
  { name: 'an unknown sort column', operation: LIST, url: '/api/v1/pipelines?sort=colour', status: 400 },
  {
    name: 'pipe_001 as in 001',
    operation: PIPELINE,
    url: '/api/v1/pipelines/pipe_001',
    status: 200,
    check: ({ body }) => expect(body).toEqual(seedPipeline()),
  },
  { name: 'unknown pipeline', operation: PIPELINE, url: '/api/v1/pipelines/pipe_nope', status: 404 },
  {
    name: 'runs newest first, run_001 among them',
    operation: RUNS,
    url: '/api/v1/pipelines/pipe_001/runs',
    status: 200,
    check: ({ body }) => {
      expect(ids(body, 'runs')).toContain('run_001');
      const started = (field(body, 'runs') as unknown[]).map((r) => Date.parse(String(field(r, 'startedAt'))));
      expect(started).toEqual([...started].sort((a, b) => b - a));
    },
  },
  { name: 'unknown pipeline', operation: RUNS, url: '/api/v1/pipelines/pipe_nope/runs', status: 404 },
  {
    name: 'run_001 failed after 32,000 of 50,000 rows',
    operation: RUN,
    url: '/api/v1/pipelines/pipe_001/runs/run_001',
    status: 200,
    check: ({ body }) =>
      expect(body).toMatchObject({
        id: 'run_001',
        pipelineId: 'pipe_001',
        status: 'failed',
        loadStrategy: 'upsert',
        totalRows: 50000,
        processedRows: 32000,
        failedRows: 12,
      }),
  },
  {
    name: 'a retried run names the original run and the row it resumed from',
    operation: RUN,
    url: '/api/v1/pipelines/pipe_001/runs/run_002',
    before: () =>
      callDemo({ method: 'POST', url: '/api/v1/pipelines/pipe_001/runs/run_001/retry', token: 'demo-editor' }),
    status: 200,
    check: ({ body }) =>
      expect(field(body, 'metadata')).toEqual({ retryOf: 'run_001', resumeFromRow: 32000, resumable: true }),
  },
  {
    name: 'every run of every pipeline, newest first, each with its pipeline name',
    operation: ALL_RUNS,
    url: '/api/v1/runs',
    status: 200,
    check: async ({ body }) => {
      const runs = field(body, 'runs') as unknown[];
      expect(field(body, 'total')).toBe(runs.length);
      expect(field(body, 'nextCursor')).toBeNull();
      const started = runs.map((r) => Date.parse(String(field(r, 'startedAt'))));
      expect(started).toEqual([...started].sort((a, b) => b - a));
      expect(runs).toContainEqual(
        expect.objectContaining({ id: 'run_001', pipelineId: 'pipe_001', pipelineName: 'Daily Customer Import' }),
      );
      // The same runs as each pipeline's own list, field for field but the log.
      const own = await callDemo({ url: '/api/v1/pipelines/pipe_005/runs' });
      for (const run of field(own.body, 'runs') as Record<string, unknown>[]) {
        const { log: _log, ...rest } = run;
        expect(runs).toContainEqual({ ...rest, pipelineName: 'Marketing Events' });
      }
    },
  },
  {
    name: 'status and since narrow the list; total counts the matches',
    operation: ALL_RUNS,
    url: `/api/v1/runs?status=failed,completed_with_errors&since=${encodeURIComponent('2026-03-30T09:00:00Z')}`,
    status: 200,
    check: ({ body }) => {
      const runs = field(body, 'runs') as unknown[];
      expect(ids(body, 'runs')).toEqual(expect.arrayContaining(['run_001', 'run_501', 'run_401']));
      expect(ids(body, 'runs')).not.toContain('run_502');
      expect(runs.length).toBeGreaterThan(0);
      for (const run of runs) {
        expect(['failed', 'completed_with_errors']).toContain(field(run, 'status'));
        expect(Date.parse(String(field(run, 'startedAt')))).toBeGreaterThanOrEqual(Date.parse('2026-03-30T09:00:00Z'));
      }
      expect(field(body, 'total')).toBe(runs.length);
    },
  },
  {
    name: 'pages follow nextCursor to the same list, also when a run starts between pages',
    operation: ALL_RUNS,
    url: '/api/v1/runs?limit=4',
    status: 200,
    check: async ({ body }) => {
      expect((field(body, 'runs') as unknown[]).length).toBe(4);
      expect(field(body, 'total')).toBeGreaterThan(4);
      const all = await callDemo({ url: '/api/v1/runs' });
      expect(await walkRunPages('limit=4')).toEqual(ids(all.body, 'runs'));
      // A retry adds the newest run: a cursor taken before it still reads the older pages unchanged.
      const second = await callDemo({
        url: `/api/v1/runs?limit=4&cursor=${encodeURIComponent(String(field(body, 'nextCursor')))}`,
      });
      await callDemo({ method: 'POST', url: '/api/v1/pipelines/pipe_001/runs/run_001/retry', token: 'demo-editor' });
      const again = await callDemo({
        url: `/api/v1/runs?limit=4&cursor=${encodeURIComponent(String(field(body, 'nextCursor')))}`,
      });
      expect(field(again.body, 'runs')).toEqual(field(second.body, 'runs'));
    },
  },
  {
    name: 'offset reads any row of the filtered list; counts are the window by status, whatever status says',
    operation: ALL_RUNS,
    url: '/api/v1/runs?q=PIPE_005&status=failed,running&limit=1&offset=1',
    status: 200,
    check: async ({ body }) => {
      const { body: all } = await callDemo({ url: '/api/v1/runs' });
      const ofPipe5 = (field(all, 'runs') as { id: string; pipelineId: string; status: string }[]).filter(
        (run) => run.pipelineId === 'pipe_005',
      );
      const ticked = ofPipe5.filter((run) => run.status === 'failed' || run.status === 'running');
      expect(ticked.length).toBeGreaterThan(1);
      expect(ticked.length).toBeLessThan(ofPipe5.length);
      expect(field(body, 'offset')).toBe(1);
      expect(field(body, 'total')).toBe(ticked.length);
      expect(ids(body, 'runs')).toEqual([ticked[1]?.id]);
      const byStatus: Record<string, number> = {};
      for (const run of ofPipe5) byStatus[run.status] = (byStatus[run.status] ?? 0) + 1;
      expect(field(body, 'counts')).toEqual(byStatus);
      // The text matches the pipeline's name and the run id too, case-insensitively.
      const byName = await callDemo({ url: '/api/v1/runs?q=marketing%20EVENTS' });
      expect(ids(byName.body, 'runs')).toEqual(ofPipe5.map((run) => run.id));
      const byRun = await callDemo({ url: '/api/v1/runs?q=RUN_50' });
      expect(ids(byRun.body, 'runs')).toEqual(ofPipe5.map((run) => run.id));
    },
  },
  {
    name: 'an offset that is not a number',
    operation: ALL_RUNS,
    url: '/api/v1/runs?offset=-1',
    status: 400,
    check: ({ body }) => expect(field(body, 'details')).toEqual({ offset: '-1' }),
  },
  {
    name: 'a since that is not a time',
    operation: ALL_RUNS,
    url: '/api/v1/runs?since=yesterday',
    status: 400,
    check: ({ body }) => expect(field(body, 'error_code')).toBe('InvalidParameter'),
  },
  { name: 'a run of another pipeline', operation: RUN, url: '/api/v1/pipelines/pipe_002/runs/run_001', status: 404 },
  {
    name: 'run_001: its 12 errors by column and error, largest first, the same as the errors endpoint counts',
    operation: SUMMARY,
    url: '/api/v1/pipelines/pipe_001/runs/run_001/errors/summary',
    status: 200,
    check: async ({ body }) => {
      const { body: list } = await callDemo({ url: '/api/v1/pipelines/pipe_001/runs/run_001/errors' });
      const counted = new Map<string, number>();
      for (const e of field(list, 'errors') as { column: string; error: string }[]) {
        const key = `${e.column} / ${e.error}`;
        counted.set(key, (counted.get(key) ?? 0) + 1);
      }
      const groups = field(body, 'groups') as { column: string; error: string; count: number }[];
      expect(field(body, 'total')).toBe(12);
      expect(new Map(groups.map((g) => [`${g.column} / ${g.error}`, g.count]))).toEqual(counted);
      expect(groups.map((g) => g.count)).toEqual(groups.map((g) => g.count).sort((a, b) => b - a));
      expect(groups).toContainEqual(expect.objectContaining({ column: 'email', error: 'Invalid email format' }));
    },
  },
  {
    name: 'a run of another pipeline',
    operation: SUMMARY,
    url: '/api/v1/pipelines/pipe_002/runs/run_001/errors/summary',
    status: 404,
  },
];
