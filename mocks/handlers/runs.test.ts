import { advanceClock } from '../sim/clock';
import { call, callJson, demoIso, freezeClock, seedIso } from '../testing';

const RUNS = '/api/v1/pipelines';
const retry = (pipeline: string, run: string, init: Parameters<typeof call>[1] = {}) =>
  callJson(`${RUNS}/${pipeline}/runs/${run}/retry`, { method: 'POST', token: 'demo-editor', ...init });

beforeEach(freezeClock);

describe('retry', () => {
  it("answers 001's retry example for run_001 (upsert resumes from its last row)", async () => {
    const { status, body } = await retry('pipe_001', 'run_001');
    expect(status).toBe(201);
    expect(body).toEqual({
      id: 'run_002',
      pipelineId: 'pipe_001',
      status: 'pending',
      loadStrategy: 'upsert',
      metadata: { retryOf: 'run_001', resumeFromRow: 32000, resumable: true },
      log: [
        {
          stage: 'retry',
          message: 'Resuming from row 32000 (original run: run_001)',
          timestamp: demoIso(),
        },
      ],
    });
  });

  it('resumes append from the last processed row and replace from zero', async () => {
    const append = await retry('pipe_005', 'run_501');
    expect(append.body).toMatchObject({
      loadStrategy: 'append',
      metadata: { retryOf: 'run_501', resumeFromRow: 7400, resumable: true },
    });
    const replace = await retry('pipe_004', 'run_401');
    expect(replace.body).toMatchObject({
      loadStrategy: 'replace',
      metadata: { retryOf: 'run_401', resumeFromRow: 0, resumable: false },
    });
    expect(JSON.stringify(replace.body)).toContain('Full re-run from row 0');
  });

  it('creates a run that advances with the clock from its resume row to the end', async () => {
    await retry('pipe_001', 'run_001');
    const run = () =>
      callJson<{ status: string; processedRows: number; metadata: unknown }>(`${RUNS}/pipe_001/runs/run_002`);
    expect((await run()).body).toMatchObject({ status: 'pending', processedRows: 32000 });
    advanceClock(10_000);
    const mid = (await run()).body;
    expect(mid.status).toBe('running');
    expect(mid.processedRows).toBeGreaterThan(32000);
    advanceClock(60_000);
    expect((await run()).body).toMatchObject({ status: 'completed', processedRows: 50000 });
    const list = await callJson<{ runs: { id: string }[] }>(`${RUNS}/pipe_001/runs`);
    expect(list.body.runs[0]?.id).toBe('run_002');
  });

  it('makes one run for one Idempotency-Key, however often it is sent', async () => {
    const headers = { 'Idempotency-Key': 'key-1' };
    const first = await retry('pipe_001', 'run_001', { headers });
    const second = await retry('pipe_001', 'run_001', { headers });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
    const list = await callJson<{ runs: { id: string }[]; total: number }>(`${RUNS}/pipe_001/runs`);
    expect(list.body.runs.filter((r) => r.id.startsWith('run_00')).map((r) => r.id)).toEqual(['run_002', 'run_001']);
    expect((await retry('pipe_005', 'run_501', { headers })).status).toBe(409);
    expect((await retry('pipe_001', 'run_001', { headers: { 'Idempotency-Key': 'key-2' } })).body).toMatchObject({
      id: 'run_003',
    });
  });

  it.each([
    ['running', 'pipe_003', 'run_301'],
    ['completed', 'pipe_005', 'run_502'],
  ])('refuses to retry a %s run with 422', async (_status, pipeline, run) => {
    const { status, body } = await retry(pipeline, run);
    expect(status).toBe(422);
    expect(body).toMatchObject({
      message: 'Run status does not allow retry (must be failed or completed_with_errors)',
      error_code: 'RunNotRetryable',
    });
  });

  it('refuses a pending run (a fresh retry) with 422', async () => {
    await retry('pipe_001', 'run_001');
    expect((await retry('pipe_001', 'run_002')).status).toBe(422);
  });

  it('answers 404 "Pipeline or run not found" for an unknown run or a run of another pipeline', async () => {
    for (const [pipeline, run] of [
      ['pipe_001', 'run_999'],
      ['pipe_002', 'run_001'],
      ['nope', 'run_001'],
    ] as const) {
      const { status, body } = await retry(pipeline, run);
      expect(status).toBe(404);
      expect(body).toEqual({
        message: 'Pipeline or run not found',
        error_code: 'RunNotFound',
        details: { pipelineId: pipeline, runId: run },
      });
    }
  });

  it('lets admin and editor retry, answers 403 to a viewer and 401 without a known token', async () => {
    expect((await retry('pipe_001', 'run_001', { token: 'demo-admin' })).status).toBe(201);
    const viewer = await retry('pipe_001', 'run_001', { token: 'demo-viewer' });
    expect(viewer.status).toBe(403);
    expect(viewer.body).toMatchObject({ error_code: 'Forbidden', details: { role: 'viewer' } });
    expect((await retry('pipe_001', 'run_001', { token: null })).status).toBe(401);
    expect((await retry('pipe_001', 'run_001', { token: 'demo-root' })).status).toBe(401);
  });
});

describe('runs, progress and errors', () => {
  it('lists runs newest first with their row counts', async () => {
    const { body } = await callJson<{ runs: Record<string, unknown>[]; total: number }>(`${RUNS}/pipe_001/runs`);
    expect(body.total).toBe(5);
    expect(body.runs[0]).toMatchObject({
      id: 'run_001',
      status: 'failed',
      startedAt: seedIso('2026-03-30T10:00:00Z'),
      durationMs: 45200,
      totalRows: 50000,
      processedRows: 32000,
      failedRows: 12,
    });
    expect(body.runs.map((r) => r.startedAt)).toEqual([...body.runs.map((r) => r.startedAt)].sort().reverse());
  });

  it('pages the errors with offset and limit', async () => {
    const page = await callJson<{ runId: string; total: number; errors: { row: number }[] }>(
      `${RUNS}/pipe_scale/runs/run_scale/errors?offset=99990&limit=20`,
    );
    expect(page.body.total).toBe(100_000);
    expect(page.body.errors).toHaveLength(10);
    const first = await callJson<{ errors: { row: number }[] }>(`${RUNS}/pipe_001/runs/run_001/errors?limit=2`);
    expect(first.body.errors.map((e) => e.row)).toEqual([142, 305]);
    expect((await call(`${RUNS}/pipe_001/runs/run_001/errors?limit=-1`)).status).toBe(400);
  });

  it('sends the errors as CSV for Accept: text/csv, with the file name and neutralised formulas', async () => {
    const res = await call(`${RUNS}/pipe_004/runs/run_401/errors`, { headers: { Accept: 'text/csv' } });
    expect(res.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('Content-Disposition')).toBe('attachment; filename="pipeline-run-run_401-errors.csv"');
    const text = await res.text();
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('Row,Column,Value,Error');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text).not.toMatch(/(^|,)"?[=+@]/m);
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""Click me"")"`);
  });

  it('answers 404 for an unknown pipeline', async () => {
    const { status, body } = await callJson(`${RUNS}/pipe_404/runs`);
    expect(status).toBe(404);
    expect(body).toEqual({
      message: 'Pipeline not found',
      error_code: 'PipelineNotFound',
      details: { pipelineId: 'pipe_404' },
    });
  });
});
