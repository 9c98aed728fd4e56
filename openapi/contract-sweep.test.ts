import { beforeEach, describe, expect, it } from 'vitest';
import { resetDemo } from '@mocks/node';
import { callDemo, demoControl } from './cases/contract-case';
import { operations, validateBody } from './contract-doc';

/**
 * Beyond the seeds' examples: every pipeline and every run the demo knows, read at several
 * demo times (runs pending, running, ended; retries of each load strategy; a polling cycle),
 * and every answer checked against the OpenAPI document.
 */
type Problem = string;

async function readAndValidate(
  operation: string,
  url: string,
  accept = 'application/json',
): Promise<{ body: unknown; problem: Problem | null }> {
  const op = operations.find((o) => o.key === operation);
  if (!op) return { body: null, problem: `no operation ${operation}` };
  const res = await callDemo({ method: op.method, url, accept, token: 'demo-editor' });
  if (!op.responses.some((r) => r.status === String(res.status)))
    return { body: res.body, problem: `${url} answered undocumented ${res.status}` };
  const problem = validateBody(op, res.status, res.mediaType, res.body);
  return { body: res.body, problem: problem && `${operation} ${url} → ${res.status}: ${problem}` };
}

async function sweep(): Promise<Problem[]> {
  const problems: Problem[] = [];
  const read = async (operation: string, url: string, accept?: string) => {
    const { body, problem } = await readAndValidate(operation, url, accept);
    if (problem) problems.push(problem);
    return body;
  };
  const list = await read('GET /api/v1/pipelines', '/api/v1/pipelines');
  await read('GET /api/v1/pipelines/poll', '/api/v1/pipelines/poll');
  await read('GET /api/v1/runs', '/api/v1/runs');
  for (const pipeline of (list as { pipelines: { id: string; name: string }[] }).pipelines) {
    const id = encodeURIComponent(pipeline.id);
    const name = encodeURIComponent(pipeline.name);
    await read('GET /api/v1/pipelines/{id}', `/api/v1/pipelines/${id}`);
    await read('GET /api/v1/pipelines/{pipeline_id}/status', `/api/v1/pipelines/${id}/status?full_details=true`);
    await read('GET /v0/pipelines/{pipeline_name}/checkpoints', `/v0/pipelines/${name}/checkpoints`);
    const runs = await read('GET /api/v1/pipelines/{id}/runs', `/api/v1/pipelines/${id}/runs`);
    for (const run of (runs as { runs: { id: string }[] }).runs) {
      const base = `/api/v1/pipelines/${id}/runs/${encodeURIComponent(run.id)}`;
      await read('GET /api/v1/pipelines/{id}/runs/{runId}', base);
      await read('GET /api/v1/pipelines/{id}/runs/{runId}/progress', `${base}/progress`);
      await read('GET /api/v1/pipelines/{id}/runs/{runId}/errors', `${base}/errors?offset=0&limit=200`);
      await read('GET /api/v1/pipelines/{id}/runs/{runId}/errors', `${base}/errors?offset=0&limit=200`, 'text/csv');
      await read('GET /api/v1/pipelines/{id}/runs/{runId}/errors/summary', `${base}/errors/summary`);
      await read('GET /v1/pipelines/{id}/progress', `/v1/pipelines/${encodeURIComponent(run.id)}/progress`);
    }
  }
  return problems;
}

beforeEach(async () => {
  resetDemo();
  await demoControl('/__demo/clock', { speed: 0 });
});

describe('every demo answer validates against the OpenAPI document', () => {
  it('the list across pipelines at scale: 10,000 extra runs, paged', async () => {
    await demoControl('/__demo/scale', { runs: 10_000 });
    const { body, problem } = await readAndValidate('GET /api/v1/runs', '/api/v1/runs?limit=1000');
    expect(problem).toBeNull();
    expect((body as { total: number }).total).toBeGreaterThan(10_000);
    expect((body as { runs: unknown[] }).runs).toHaveLength(1000);
  });

  it.each([0, 30_000, 150_000, 3_600_000])(
    'at demo time +%i ms, after retries of each load strategy and a polling cycle',
    async (advanceMs) => {
      const retried = ['pipe_001/runs/run_001', 'pipe_004/runs/run_401', 'pipe_005/runs/run_501'];
      for (const run of retried) {
        const { problem } = await readAndValidate(
          'POST /api/v1/pipelines/{id}/runs/{runId}/retry',
          `/api/v1/pipelines/${run}/retry`,
        );
        expect(problem).toBeNull();
      }
      expect((await readAndValidate('POST /api/v1/pipelines/poll', '/api/v1/pipelines/poll')).problem).toBeNull();
      await demoControl('/__demo/clock', { advanceMs });
      expect(await sweep()).toEqual([]);
    },
  );
});
