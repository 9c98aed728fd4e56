import { expect } from 'vitest';
import { exampleOf, field, type ContractCase } from './contract-case';

/** 002 ingestion status of a pipeline and 003 phases of a document run. */
const STATUS = 'GET /api/v1/pipelines/{pipeline_id}/status';
const PHASES = 'GET /v1/pipelines/{id}/progress';
const DOCUMENT_RUN = 'a1b2c3d4-e5f6-7890-abcd-ef1234567890';

export const seed002Cases: ContractCase[] = [
  {
    name: 'a failed ingestion lists its per-step errors',
    operation: STATUS,
    url: '/api/v1/pipelines/pipe_001/status?full_details=true',
    status: 200,
    check: ({ body }) => {
      expect(field(body, 'status')).toBe('ERROR');
      expect((field(body, 'error') as unknown[]).length).toBeGreaterThan(0);
    },
  },
  {
    name: 'without full_details',
    operation: STATUS,
    url: '/api/v1/pipelines/pipe_007/status',
    status: 200,
    check: ({ body }) => expect(field(body, 'status')).toBe('NOT_STARTED'),
  },
  { name: 'unknown pipeline', operation: STATUS, url: '/api/v1/pipelines/pipe_nope/status', status: 404 },
];

export const seed003Cases: ContractCase[] = [
  {
    name: "the document run answers the seed's example",
    operation: PHASES,
    url: `/v1/pipelines/${DOCUMENT_RUN}/progress`,
    status: 200,
    check: ({ body }) => expect(body).toEqual(exampleOf(PHASES, 200)),
  },
  {
    name: 'a finished run without a transfer phase, and a document that failed before any phase',
    operation: PHASES,
    url: '/v1/pipelines/5f0e7c2a-3b1d-4c8e-9a6f-2d4b8e1c7a90/progress',
    status: 200,
    check: ({ body }) => {
      expect((field(body, 'phases') as unknown[]).map((p) => field(p, 'phaseId'))).not.toContain('transfer');
      expect((field(body, 'errors') as unknown[]).map((e) => field(e, 'phase'))).toContain(null);
    },
  },
  { name: 'a run that has no phases', operation: PHASES, url: '/v1/pipelines/run_001/progress', status: 404 },
  { name: 'an unknown run', operation: PHASES, url: '/v1/pipelines/no-such-run/progress', status: 404 },
];
