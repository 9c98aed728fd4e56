import { parseJson } from '../../src/lib/json';
import { advanceClock } from '../sim/clock';
import { call, callJson, freezeClock } from '../testing';
import { COMPLETION_TOKENS } from './feldera';

const completion = (name: string, token: string) =>
  callJson(`/v0/pipelines/${encodeURIComponent(name)}/completion_status?token=${encodeURIComponent(token)}`);

beforeEach(freezeClock);

describe('checkpoints', () => {
  it('keeps 64-bit integers exact on the wire', async () => {
    const res = await call('/v0/pipelines/Daily%20Customer%20Import/checkpoints');
    expect(res.headers.get('Content-Type')).toContain('application/json');
    const text = await res.text();
    expect(text).toContain('"fingerprint":18446744073709551615');
    expect(text).toContain('"fingerprint":9007199254740993');
    expect(text).toContain('"processed_records":9007199254740993');
    expect(text).toContain('"size":9223372036854775807');
    const parsed = parseJson(text) as { fingerprint: unknown }[];
    expect(parsed.map((c) => c.fingerprint)).toContain(18446744073709551615n);
  });

  it('finds a pipeline by its URL-encoded name, absent and null fields included', async () => {
    const res = await call(`/v0/pipelines/${encodeURIComponent('Finance Ledger #1 (EU)')}/checkpoints`);
    const body = parseJson(await res.text()) as Record<string, unknown>[];
    expect(body[0]).toEqual({ uuid: expect.any(String), fingerprint: 12345678901234567890n });
    expect(body[1]).toMatchObject({ identifier: null, size: null, processed_records: null });
  });

  it('answers an empty list for a pipeline without checkpoints', async () => {
    expect((await callJson('/v0/pipelines/Marketing%20Events/checkpoints')).body).toEqual([]);
  });

  it("answers 004's 404 body for an unknown name", async () => {
    const { status, body } = await callJson('/v0/pipelines/non-existent-pipeline/checkpoints', {
      token: 'demo-viewer',
    });
    expect(status).toBe(404);
    expect(body).toEqual({
      message: "Unknown pipeline name 'non-existent-pipeline'",
      error_code: 'UnknownPipelineName',
      details: { pipeline_name: 'non-existent-pipeline' },
    });
  });
});

describe('completion status', () => {
  const name = 'Daily Customer Import';

  it('answers complete with its step, and 400 / 410 / 404 as 000 documents them', async () => {
    expect(await completion(name, COMPLETION_TOKENS.complete)).toEqual({
      status: 200,
      body: { status: 'complete', step: 1284 },
    });
    expect(await completion(name, 'not a token')).toMatchObject({
      status: 400,
      body: { error_code: 'InvalidCompletionToken' },
    });
    expect(await completion(name, '')).toMatchObject({ status: 400 });
    expect(await completion(name, COMPLETION_TOKENS.previousIncarnation)).toMatchObject({
      status: 410,
      body: { message: expect.stringContaining('previous incarnation') },
    });
    expect(await completion('nope', COMPLETION_TOKENS.complete)).toMatchObject({
      status: 404,
      body: { message: "Unknown pipeline name 'nope'" },
    });
  });

  it('turns an in-progress token complete 10 demo seconds after its first check', async () => {
    expect(await completion(name, COMPLETION_TOKENS.inProgress)).toEqual({
      status: 202,
      body: { status: 'inprogress', step: null },
    });
    advanceClock(9_000);
    expect((await completion(name, COMPLETION_TOKENS.inProgress)).status).toBe(202);
    advanceClock(1_000);
    expect(await completion(name, COMPLETION_TOKENS.inProgress)).toEqual({
      status: 200,
      body: { status: 'complete', step: 1290 },
    });
  });

  it('answers 503 for a pipeline that is not deployed or cannot be reached', async () => {
    expect(await completion('Legacy Billing Export', COMPLETION_TOKENS.complete)).toMatchObject({
      status: 503,
      body: { error_code: 'PipelineInteractionNotDeployed' },
    });
    expect(await completion('Product Catalog Refresh', COMPLETION_TOKENS.complete)).toMatchObject({
      status: 503,
      body: { error_code: 'PipelineInteractionUnreachable' },
    });
  });
});

describe('phases', () => {
  const phases = (id: string) => callJson<Record<string, unknown>>(`/v1/pipelines/${id}/progress`);

  it("answers 003's example verbatim for the document run at reset, then advances to the end", async () => {
    const { status, body } = await phases('a1b2c3d4-e5f6-7890-abcd-ef1234567890');
    expect(status).toBe(200);
    expect(body).toEqual({
      pipelineId: 'a1b2c3d4-e5f6-7890-abcd-ef1234567890',
      status: 'active',
      totalDocuments: 24,
      completedDocuments: 15,
      errorDocuments: 1,
      phases: [
        { phaseId: 'transfer', name: 'Transfer', type: 'transfer', completed: 24, running: 0, pending: 0, errors: 0 },
        {
          phaseId: 'extraction',
          name: 'Extraction',
          type: 'extraction',
          completed: 23,
          running: 6,
          pending: 0,
          errors: 1,
        },
        {
          phaseId: 'resolution',
          name: 'Resolution',
          type: 'resolution',
          completed: 16,
          running: 7,
          pending: 1,
          errors: 0,
        },
        {
          phaseId: 'validation',
          name: 'Validation',
          type: 'validation',
          completed: 15,
          running: 2,
          pending: 7,
          errors: 0,
        },
        {
          phaseId: 'assembly',
          name: 'Assembly',
          type: 'assembly',
          scope: 'pipeline',
          status: null,
          completed: 0,
          running: 0,
          pending: 24,
          errors: 0,
        },
      ],
      errors: [
        {
          pipelineDocumentId: 'pd_uuid_9',
          documentId: 'doc_uuid_9',
          phase: 'extraction',
          message: 'Extraction failed after 3 attempts.',
        },
      ],
    });
    advanceClock(200_000);
    expect((await phases('a1b2c3d4-e5f6-7890-abcd-ef1234567890')).body).toMatchObject({
      status: 'completed',
      completedDocuments: 23,
      errorDocuments: 1,
    });
    const run = await callJson('/api/v1/pipelines/pipe_002/runs/a1b2c3d4-e5f6-7890-abcd-ef1234567890');
    expect(run.body).toMatchObject({ status: 'completed_with_errors', processedRows: 24, failedRows: 1 });
  });

  it('reports a document that failed before any phase', async () => {
    const { body } = await callJson<{ errors: { phase: string | null }[]; phases: { phaseId: string }[] }>(
      '/v1/pipelines/5f0e7c2a-3b1d-4c8e-9a6f-2d4b8e1c7a90/progress',
    );
    expect(body.errors.map((e) => e.phase)).toContain(null);
    expect(body.phases.map((p) => p.phaseId)).not.toContain('transfer');
  });

  it('answers 404 with the error body for a run without phases and for an unknown run', async () => {
    expect(await phases('run_001')).toMatchObject({ status: 404, body: { error_code: 'NoPhases' } });
    expect(await phases('run_nope')).toMatchObject({ status: 404, body: { error_code: 'RunNotFound' } });
  });
});
