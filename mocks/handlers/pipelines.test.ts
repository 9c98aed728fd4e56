import { advanceClock } from '../sim/clock';
import { call, callJson, demoIso, freezeClock, seedIso } from '../testing';

type Page = {
  pipelines: { id: string; name: string; lastRunStatus: string | null }[];
  total: number;
  hasMore?: boolean;
  cursor?: string;
  nextCursor?: string | null;
  offset?: number;
  counts?: Record<string, number>;
};

beforeEach(freezeClock);

describe('who am I', () => {
  it.each([
    ['demo-admin', 'admin'],
    ['demo-editor', 'editor'],
    ['demo-viewer', 'viewer'],
  ])('%s signs in as %s', async (token, role) => {
    const { status, body } = await callJson('/api/v1/me', { token });
    expect(status).toBe(200);
    expect(body).toMatchObject({ role, name: expect.any(String) });
  });

  it('answers 401 with the error body without a token or with an unknown one', async () => {
    for (const token of [null, 'demo-root']) {
      const { status, body } = await callJson('/api/v1/me', { token });
      expect(status).toBe(401);
      expect(body).toMatchObject({ error_code: 'Unauthorized', message: expect.any(String), details: {} });
    }
  });
});

describe('pipelines', () => {
  it("lists every pipeline, pipe_001 as in 001's poll example, its last run being its newest (run_001, failed)", async () => {
    const { body } = await callJson<Page>('/api/v1/pipelines');
    expect(body.total).toBe(8);
    expect(body.hasMore).toBeUndefined();
    expect(body.pipelines[0]).toEqual({
      id: 'pipe_001',
      name: 'Daily Customer Import',
      connector: 'Production S3',
      connectorType: 's3',
      polling: {
        enabled: true,
        intervalMinutes: 15,
        touchFile: '_READY.dat',
        prefix: 'data/customers/',
        deleteAfterProcess: true,
      },
      lastRunAt: seedIso('2026-03-30T10:00:00Z'),
      lastRunStatus: 'failed',
    });
  });

  it('pages with limit and cursor until hasMore is false', async () => {
    const ids: string[] = [];
    let cursor: string | undefined = '';
    while (cursor !== undefined) {
      const { body }: { body: Page } = await callJson<Page>(`/api/v1/pipelines?limit=3&cursor=${cursor}`);
      ids.push(...body.pipelines.map((p) => p.id));
      expect(body.hasMore).toBe(body.cursor !== undefined);
      cursor = body.cursor;
    }
    expect(ids).toHaveLength(8);
    expect(new Set(ids).size).toBe(8);
    expect((await call('/api/v1/pipelines?limit=3&cursor=abc')).status).toBe(400);
  });

  it('filters by text and by several statuses, and counts every pipeline whatever the filters', async () => {
    const { body } = await callJson<Page>('/api/v1/pipelines?q=ORDERS&status=running,failed');
    expect(body.pipelines.map((p) => p.id)).toEqual(['pipe_003']);
    expect(body.total).toBe(1);
    const all = await callJson<Page>('/api/v1/pipelines');
    const tally: Record<string, number> = { running: 0, failed: 0, completed_with_errors: 0, completed: 0, pending: 0 };
    tally.none = 0;
    for (const p of all.body.pipelines) tally[p.lastRunStatus ?? 'none'] = (tally[p.lastRunStatus ?? 'none'] ?? 0) + 1;
    expect(body.counts).toEqual(tally);
    expect(tally.running).toBeGreaterThan(0);
    const never = await callJson<Page>('/api/v1/pipelines?status=none');
    expect(never.body.pipelines.map((p) => p.id)).toEqual(
      all.body.pipelines.filter((p) => p.lastRunStatus === null).map((p) => p.id),
    );
    expect(never.body.pipelines.map((p) => p.id)).toContain('pipe_007');
  });

  it('sorts by any column both ways, the same order as the page sorts on its own', async () => {
    const asc = await callJson<Page>('/api/v1/pipelines?sort=name');
    const names = asc.body.pipelines.map((p) => p.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' })));
    const desc = await callJson<Page>('/api/v1/pipelines?sort=name&order=desc');
    expect(desc.body.pipelines.map((p) => p.name)).toEqual([...names].reverse());
    const urgent = await callJson<Page>('/api/v1/pipelines?sort=status');
    const rank = ['failed', 'completed_with_errors', 'running', 'pending', 'completed'];
    const ranks = urgent.body.pipelines.map((p) => (p.lastRunStatus === null ? 9 : rank.indexOf(p.lastRunStatus)));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(urgent.body.pipelines.at(-1)?.lastRunStatus).toBeNull();
  });

  it('jumps to any offset of a sorted, filtered list of 50,000, one page at a time', async () => {
    await callJson('/__demo/scale', { method: 'POST', body: { pipelines: 50_000 }, token: null });
    const everything = await callJson<Page>('/api/v1/pipelines?sort=lastRun&order=desc&status=failed');
    const { body } = await callJson<Page>(
      '/api/v1/pipelines?sort=lastRun&order=desc&status=failed&limit=50&offset=7000',
    );
    expect(body.total).toBe(everything.body.total);
    expect(body.offset).toBe(7000);
    expect(body.pipelines).toEqual(everything.body.pipelines.slice(7000, 7050));
    expect(body.nextCursor).toBe('7050');
    expect(Object.values(body.counts ?? {}).reduce((a, b) => a + b, 0)).toBe(50_000);
    const last = await callJson<Page>(`/api/v1/pipelines?status=failed&limit=50&offset=${body.total - 10}`);
    expect(last.body.pipelines).toHaveLength(10);
    expect(last.body).toMatchObject({ nextCursor: null, hasMore: false });
  });

  it('answers 400 naming the parameter for an unknown sort, order or a bad offset', async () => {
    for (const query of ['sort=colour', 'order=up', 'limit=10&offset=-1']) {
      const { status, body } = await callJson(`/api/v1/pipelines?${query}`);
      expect(status).toBe(400);
      expect(body).toMatchObject({ error_code: 'InvalidParameter' });
    }
  });

  it('answers one pipeline, or 404 with its id', async () => {
    expect((await callJson('/api/v1/pipelines/pipe_003')).body).toMatchObject({
      id: 'pipe_003',
      lastRunStatus: 'running',
    });
    const { status, body } = await callJson('/api/v1/pipelines/pipe_x');
    expect(status).toBe(404);
    expect(body).toEqual({
      message: 'Pipeline not found',
      error_code: 'PipelineNotFound',
      details: { pipelineId: 'pipe_x' },
    });
  });

  it('covers all six ingestion statuses, with error lists for ERROR and PARTIAL_SUCCESS', async () => {
    const ids = ['pipe_001', 'pipe_002', 'pipe_003', 'pipe_004', 'pipe_005', 'pipe_006', 'pipe_007', 'pipe_scale'];
    const statuses = await Promise.all(
      ids.map(
        async (id) =>
          (await callJson<{ status: string; error: { step: string }[] | null }>(`/api/v1/pipelines/${id}/status`)).body,
      ),
    );
    expect(new Set(statuses.map((s) => s.status))).toEqual(
      new Set(['NOT_STARTED', 'IN_PROGRESS', 'SUCCESS', 'ERROR', 'PARTIAL_SUCCESS', 'CANCELLED']),
    );
    for (const s of statuses.filter((x) => x.status === 'ERROR' || x.status === 'PARTIAL_SUCCESS'))
      expect(s.error?.length).toBeGreaterThan(0);
    const short = await callJson<{ error: unknown[] }>('/api/v1/pipelines/pipe_scale/status');
    const full = await callJson<{ error: unknown[] }>('/api/v1/pipelines/pipe_scale/status?full_details=true');
    expect(short.body.error).toHaveLength(5);
    expect(full.body.error).toHaveLength(40);
  });
});

describe("a pipeline's last run is its newest run", () => {
  type Run = { id: string; status: string; startedAt: string };
  type Listed = { id: string; lastRunAt: string | null; lastRunStatus: string | null };

  /** Every pipeline of the list beside its own runs' newest. */
  async function expectConsistent() {
    const { body } = await callJson<{ pipelines: Listed[] }>('/api/v1/pipelines');
    for (const pipeline of body.pipelines) {
      const runs = (await callJson<{ runs: Run[] }>(`/api/v1/pipelines/${pipeline.id}/runs`)).body.runs;
      const newest = runs[0];
      expect({ id: pipeline.id, at: pipeline.lastRunAt, status: pipeline.lastRunStatus }).toEqual({
        id: pipeline.id,
        at: newest?.startedAt ?? null,
        status: newest?.status ?? null,
      });
      const one = (await callJson<Listed>(`/api/v1/pipelines/${pipeline.id}`)).body;
      expect(one).toMatchObject({ lastRunAt: pipeline.lastRunAt, lastRunStatus: pipeline.lastRunStatus });
    }
    return body.pipelines;
  }

  it('at reset: pipe_001 says failed (run_001), and every pipeline matches its runs', async () => {
    const pipelines = await expectConsistent();
    expect(pipelines.find((p) => p.id === 'pipe_001')).toMatchObject({ lastRunStatus: 'failed' });
    expect(pipelines.find((p) => p.id === 'pipe_007')).toMatchObject({ lastRunAt: null, lastRunStatus: null });
  });

  it('after a retry, a polling cycle and as simulated runs end', async () => {
    await callJson('/api/v1/pipelines/pipe_001/runs/run_001/retry', { method: 'POST' });
    await callJson('/api/v1/pipelines/poll', { method: 'POST' });
    expect((await callJson('/api/v1/pipelines/pipe_001')).body).toMatchObject({
      lastRunAt: demoIso(),
      lastRunStatus: 'pending',
    });
    await expectConsistent();
    advanceClock(5 * 60_000); // run_002, run_302 and run_503 have ended
    const pipelines = await expectConsistent();
    expect(pipelines.find((p) => p.id === 'pipe_001')).toMatchObject({ lastRunStatus: 'completed' });
    expect(pipelines.find((p) => p.id === 'pipe_005')).toMatchObject({ lastRunStatus: 'failed' });
  });
});

describe('touch-file polling', () => {
  it('lists the three pipelines with polling enabled', async () => {
    const { body } = await callJson<Page>('/api/v1/pipelines/poll');
    expect(body.pipelines.map((p) => p.id)).toEqual(['pipe_001', 'pipe_003', 'pipe_004']);
    expect(body.total).toBe(3);
  });

  it("answers 001's message on the first cycle, starts a run and updates the pipeline's last run", async () => {
    const first = await callJson('/api/v1/pipelines/poll', { method: 'POST', token: 'demo-editor' });
    expect(first.body).toEqual({
      message: 'Polling cycle complete: checked 3 pipelines, triggered 1 runs',
      checked: 3,
      triggered: 1,
    });
    const pipeline = await callJson('/api/v1/pipelines/pipe_003');
    expect(pipeline.body).toMatchObject({ lastRunAt: demoIso(), lastRunStatus: 'pending' });
    const runs = await callJson<{ runs: { id: string }[] }>('/api/v1/pipelines/pipe_003/runs');
    expect(runs.body.runs[0]?.id).toBe('run_302');
    const second = await callJson('/api/v1/pipelines/poll', { method: 'POST' });
    expect(second.body).toMatchObject({ checked: 3, triggered: 0 });
  });

  it('answers 403 to a viewer', async () => {
    const { status, body } = await callJson('/api/v1/pipelines/poll', { method: 'POST', token: 'demo-viewer' });
    expect(status).toBe(403);
    expect(body).toMatchObject({ error_code: 'Forbidden' });
  });
});
