import { expect } from 'vitest';
import { callDemo, exampleOf, field, seedShape, type ContractCase } from './contract-case';

/** 001: progress, errors (JSON and CSV), retry, polling: the seed's examples and error codes. */
const RUN = '/api/v1/pipelines/pipe_001/runs/run_001';
const PROGRESS = 'GET /api/v1/pipelines/{id}/runs/{runId}/progress';
const ERRORS = 'GET /api/v1/pipelines/{id}/runs/{runId}/errors';
const RETRY = 'POST /api/v1/pipelines/{id}/runs/{runId}/retry';
const POLL_GET = 'GET /api/v1/pipelines/poll';
const POLL_POST = 'POST /api/v1/pipelines/poll';

const retryRun001 = (headers: Record<string, string> = {}) =>
  callDemo({ method: 'POST', url: `${RUN}/retry`, token: 'demo-editor', headers });

export const seed001Cases: ContractCase[] = [
  {
    name: 'run_001 failed at 32,000 of 50,000 rows: 4 partitions of 12,500, the seed partition 2 at 7,000 rows (56%)',
    operation: PROGRESS,
    url: `${RUN}/progress`,
    status: 200,
    check: ({ body }) => {
      const seed = exampleOf(PROGRESS, 200);
      expect(body).toMatchObject({
        status: 'failed',
        totalRows: 50000,
        processedRows: 32000,
        failedRows: 12,
        skippedRows: 3,
        partitions: 4,
        completedPartitions: 2,
        durationMs: 45200,
        loadStrategy: 'upsert',
        eta: null,
      });
      const partitions = field(body, 'partitionDetails') as {
        index: number;
        status: string;
        rows: number;
        progress?: number;
      }[];
      expect(partitions.map((p) => p.status)).toEqual(['completed', 'completed', 'failed', 'pending']);
      expect(partitions.map(({ index, rows, progress }) => ({ index, rows, progress }))).toEqual(
        (seed.partitionDetails as typeof partitions).map(({ index, rows, progress }) => ({ index, rows, progress })),
      );
      expect(field(body, 'validationErrors', 0)).toEqual(field(seed, 'validationErrors', 0));
      expect(field(body, 'log', 0)).toEqual(seedShape(field(seed, 'log', 0)));
    },
  },
  { name: 'unknown run', operation: PROGRESS, url: '/api/v1/pipelines/pipe_001/runs/run_999/progress', status: 404 },
  {
    name: 'all 12 errors of run_001, rows 142 and 305 first as in the seed',
    operation: ERRORS,
    url: `${RUN}/errors`,
    status: 200,
    check: ({ body }) => {
      const seed = exampleOf(ERRORS, 200);
      expect(field(body, 'runId')).toBe(seed.runId);
      expect(field(body, 'total')).toBe(seed.total);
      expect(field(body, 'errors')).toHaveLength(12);
      expect((field(body, 'errors') as unknown[]).slice(0, 2)).toEqual(seed.errors);
    },
  },
  {
    name: 'a page of errors (offset, limit) still counts them all',
    operation: ERRORS,
    url: `${RUN}/errors?offset=1&limit=1`,
    status: 200,
    check: ({ body }) => {
      expect(field(body, 'total')).toBe(12);
      expect(field(body, 'errors')).toEqual([field(exampleOf(ERRORS, 200), 'errors', 1)]);
    },
  },
  {
    name: 'CSV download: headers Row, Column, Value, Error and the seed filename',
    operation: ERRORS,
    url: `${RUN}/errors`,
    accept: 'text/csv',
    status: 200,
    check: ({ headers, text }) => {
      expect(headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(headers.get('content-disposition')).toBe('attachment; filename="pipeline-run-run_001-errors.csv"');
      const lines = text.trimEnd().split(/\r?\n/);
      expect(lines[0]).toBe('Row,Column,Value,Error');
      expect(lines.slice(1, 3)).toEqual([
        '142,email,not-an-email,Invalid email format',
        '305,age,abc,Expected integer',
      ]);
    },
  },
  { name: 'unknown run', operation: ERRORS, url: '/api/v1/pipelines/pipe_001/runs/run_999/errors', status: 404 },
  {
    name: "retrying run_001 answers the seed's run_002, resuming from row 32000",
    operation: RETRY,
    url: `${RUN}/retry`,
    token: 'demo-editor',
    status: 201,
    check: ({ body }) => expect(body).toEqual(seedShape(exampleOf(RETRY, 201))),
  },
  {
    name: 'the same Idempotency-Key again answers the run it created, not a second one',
    operation: RETRY,
    url: `${RUN}/retry`,
    token: 'demo-admin',
    headers: { 'Idempotency-Key': 'contract-key-1' },
    before: () => retryRun001({ 'Idempotency-Key': 'contract-key-1' }),
    status: 201,
    check: async ({ body }) => {
      expect(field(body, 'id')).toBe('run_002');
      const runs = await callDemo({ url: '/api/v1/pipelines/pipe_001/runs' });
      expect(
        (field(runs.body, 'runs') as { id: string }[]).filter((r) => field(r, 'metadata', 'retryOf') === 'run_001'),
      ).toHaveLength(1);
    },
  },
  { name: 'a viewer may not retry', operation: RETRY, url: `${RUN}/retry`, token: 'demo-viewer', status: 403 },
  {
    name: 'unknown run',
    operation: RETRY,
    url: '/api/v1/pipelines/pipe_001/runs/run_999/retry',
    token: 'demo-editor',
    status: 404,
  },
  ...[
    ['a completed run', '/api/v1/pipelines/pipe_001/runs/run_20260330/retry'],
    ['a running run', '/api/v1/pipelines/pipe_003/runs/run_301/retry'],
  ].map(([what, url]): ContractCase => ({
    name: `${what} cannot be retried`,
    operation: RETRY,
    url: url ?? '',
    token: 'demo-editor',
    status: 422,
    check: ({ body }) =>
      expect(field(body, 'message')).toBe('Run status does not allow retry (must be failed or completed_with_errors)'),
  })),
  {
    name: "lists pipe_001 with the seed's fields and polling config (its last run: its newest), and only pipelines with polling enabled",
    operation: POLL_GET,
    url: '/api/v1/pipelines/poll',
    status: 200,
    check: ({ body }) => {
      const pipelines = field(body, 'pipelines') as unknown[];
      expect(pipelines).toContainEqual(seedShape(field(exampleOf(POLL_GET, 200), 'pipelines', 0), ['lastRunStatus']));
      expect(pipelines.every((p) => field(p, 'polling', 'enabled') === true)).toBe(true);
      expect(field(body, 'total')).toBe(pipelines.length);
    },
  },
  {
    name: "one polling cycle answers the seed's message",
    operation: POLL_POST,
    url: '/api/v1/pipelines/poll',
    token: 'demo-editor',
    status: 200,
    check: ({ body }) => expect(body).toEqual(exampleOf(POLL_POST, 200)),
  },
  {
    name: 'a viewer may not trigger a polling cycle',
    operation: POLL_POST,
    url: '/api/v1/pipelines/poll',
    token: 'demo-viewer',
    status: 403,
  },
];
