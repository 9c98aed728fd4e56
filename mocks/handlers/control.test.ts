import { call, callJson, demoIso, freezeClock } from '../testing';

const demo = (path: string, body?: unknown, method = 'POST') =>
  callJson(`/__demo/${path}`, { method, body, token: null });
const pipelines = () => call('/api/v1/pipelines');

beforeEach(freezeClock);

describe('fault switches', () => {
  it('"status" answers that status with an error body a person can read', async () => {
    await demo('faults', { mode: 'status', status: 503 });
    const res = await pipelines();
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ message: expect.stringMatching(/unavailable/i), error_code: 'DemoFault' });
  });

  it('"slow" delays the real answer', async () => {
    await demo('faults', { mode: 'slow', delayMs: 120 });
    const started = performance.now();
    const res = await pipelines();
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ total: 8 });
  });

  it('"malformed" answers 200 JSON content that is not JSON', async () => {
    await demo('faults', { mode: 'malformed' });
    const res = await pipelines();
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toContain('application/json');
    const text = await res.text();
    expect(() => JSON.parse(text)).toThrow();
  });

  it('"schema" answers valid JSON of the wrong shape', async () => {
    await demo('faults', { mode: 'schema' });
    const res = await call('/v0/pipelines/Daily%20Customer%20Import/checkpoints');
    expect(res.status).toBe(200);
    expect(typeof (await res.json())).toBe('string');
  });

  it('"drop" fails the request at the network level', async () => {
    await demo('faults', { mode: 'drop' });
    await expect(pipelines()).rejects.toThrow();
  });

  it('honours match and times, and DELETE clears', async () => {
    await demo('faults', { mode: 'status', status: 500, match: '/checkpoints', times: 1 });
    expect((await pipelines()).status).toBe(200);
    expect((await call('/v0/pipelines/Marketing%20Events/checkpoints')).status).toBe(500);
    expect((await call('/v0/pipelines/Marketing%20Events/checkpoints')).status).toBe(200);
    await demo('faults', { mode: 'status', status: 500 });
    expect((await pipelines()).status).toBe(500);
    await demo('faults', undefined, 'DELETE');
    expect((await pipelines()).status).toBe(200);
  });

  it('rejects an unknown mode with 400 and leaves the control endpoints themselves alone', async () => {
    expect((await demo('faults', { mode: 'explode' })).status).toBe(400);
    await demo('faults', { mode: 'status', status: 500 });
    expect((await demo('state', undefined, 'GET')).status).toBe(200);
  });
});

describe('reset, clock and scale', () => {
  it('reset restores fixtures, clears faults and scale', async () => {
    await callJson('/api/v1/pipelines/pipe_001/runs/run_001/retry', { method: 'POST' });
    await demo('faults', { mode: 'status', status: 500 });
    await demo('scale', { pipelines: 50 });
    await demo('reset');
    const runs = await callJson<{ total: number }>('/api/v1/pipelines/pipe_001/runs');
    expect(runs).toMatchObject({ status: 200, body: { total: 5 } });
    expect((await callJson<{ total: number }>('/api/v1/pipelines')).body.total).toBe(8);
  });

  it('jumps and speeds up the demo clock', async () => {
    const state = await demo('clock', { advanceMs: 60_000, speed: 0 });
    expect(state.body).toMatchObject({ now: demoIso(60_000), speed: 0 });
    const run = await callJson('/api/v1/pipelines/pipe_003/runs/run_301');
    expect(run.body).toMatchObject({ status: 'completed_with_errors' });
    expect((await demo('clock', { speed: -1 })).status).toBe(400);
  });

  it('lists 5,000 deterministic pipelines when scaled, each reachable by id', async () => {
    await demo('scale', { pipelines: 5000 });
    const all = await callJson<{ pipelines: { id: string; name: string }[]; total: number }>('/api/v1/pipelines');
    expect(all.body.total).toBe(5000);
    expect(all.body.pipelines).toHaveLength(5000);
    const last = all.body.pipelines.at(-1);
    expect(last?.id).toBe('pipe_s04992');
    expect((await callJson(`/api/v1/pipelines/${last?.id}`)).body).toEqual(last);
    const page = await callJson<{ pipelines: { id: string }[]; cursor: string; hasMore: boolean }>(
      '/api/v1/pipelines?limit=1000&cursor=4500',
    );
    expect(page.body).toMatchObject({ hasMore: false });
    expect(page.body.pipelines).toHaveLength(500);
    expect((await callJson('/api/v1/pipelines/pipe_s04993')).status).toBe(404);
  });
});

describe('request log', () => {
  it('lists the API requests made since the last reset, with their query', async () => {
    await call('/api/v1/pipelines?limit=50&offset=100');
    await call('/api/v1/me');
    await demo('state', undefined, 'GET');
    const { body } = await demo('requests', undefined, 'GET');
    expect(body).toEqual({ requests: ['GET /api/v1/pipelines?limit=50&offset=100', 'GET /api/v1/me'] });
    await demo('requests', undefined, 'DELETE');
    expect((await demo('requests', undefined, 'GET')).body).toEqual({ requests: [] });
  });
});

describe('runs at scale', () => {
  it('adds n ended runs of pipe_scale, older than its last run, reachable by id and retryable when failed', async () => {
    await demo('scale', { runs: 2_000 });
    const list = await callJson<{ total: number; runs: { id: string; status: string }[] }>('/api/v1/runs?limit=5');
    expect(list.body.total).toBe(2_000 + 16);
    const own = await callJson<{ runs: { id: string }[] }>('/api/v1/pipelines/pipe_scale/runs');
    expect(own.body.runs[0]?.id).toBe('run_scale');
    expect(own.body.runs).toHaveLength(2_001);
    expect((await callJson('/api/v1/pipelines/pipe_scale/runs/run_s00002')).body).toMatchObject({ status: 'failed' });
    const retried = await callJson('/api/v1/pipelines/pipe_scale/runs/run_s00002/retry', { method: 'POST' });
    expect(retried.status).toBe(201);
    await demo('scale', { runs: 10 });
    expect((await callJson<{ total: number }>('/api/v1/runs?limit=1')).body.total).toBe(10 + 16 + 1);
    expect((await callJson<{ total: number }>('/api/v1/pipelines')).body.total).toBe(8);
  });
});
