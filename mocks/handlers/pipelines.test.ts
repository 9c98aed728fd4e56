import { call, callJson, freezeClock } from '../testing';

type Page = { pipelines: { id: string; name: string }[]; total: number; hasMore?: boolean; cursor?: string };

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
  it("lists every pipeline, pipe_001 exactly as in 001's poll example", async () => {
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
      lastRunAt: '2026-03-30T02:00:00Z',
      lastRunStatus: 'completed',
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
    expect(pipeline.body).toMatchObject({ lastRunAt: '2026-03-30T12:00:00Z', lastRunStatus: 'pending' });
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
