import { expect } from 'vitest';
import { callDemo, demoControl, exampleOf, failOnce, field, type ContractCase } from './contract-case';

/** 000 completion status and 004 checkpoints: Feldera-style, addressed by URL-encoded pipeline name. */
const CHECKPOINTS = 'GET /v0/pipelines/{pipeline_name}/checkpoints';
const COMPLETION = 'GET /v0/pipelines/{pipeline_name}/completion_status';

const v0 = (name: string, rest: string) => `/v0/pipelines/${encodeURIComponent(name)}/${rest}`;
const completion = (name: string, token: string) => v0(name, `completion_status?token=${encodeURIComponent(token)}`);
const RUNNING = 'Daily Customer Import';

const errorCode =
  (code: string) =>
  ({ body }: { body: unknown }) =>
    expect(field(body, 'error_code')).toBe(code);

export const seed004Cases: ContractCase[] = [
  {
    name: 'checkpoints keep 64-bit fingerprints exact (above 2^53, up to 2^64 - 1)',
    operation: CHECKPOINTS,
    url: v0(RUNNING, 'checkpoints'),
    status: 200,
    check: ({ body }) => {
      const fingerprints = (body as unknown[]).map((c) => field(c, 'fingerprint'));
      expect(fingerprints).toContain(18446744073709551615n);
      expect(fingerprints).toContain(9007199254740993n);
    },
  },
  {
    name: 'a name that needs URL-encoding; identifier, size, steps and processed_records absent or null',
    operation: CHECKPOINTS,
    url: v0('Finance Ledger #1 (EU)', 'checkpoints'),
    status: 200,
    check: ({ body }) => expect((body as unknown[]).length).toBeGreaterThan(0),
  },
  {
    name: "the seed's 404 body",
    operation: CHECKPOINTS,
    url: v0('non-existent-pipeline', 'checkpoints'),
    status: 404,
    check: ({ body }) => expect(body).toEqual(exampleOf(CHECKPOINTS, 404)),
  },
  {
    name: 'a server error',
    operation: CHECKPOINTS,
    url: v0(RUNNING, 'checkpoints'),
    before: failOnce('/checkpoints', 500),
    status: 500,
  },
  {
    name: 'unavailable',
    operation: CHECKPOINTS,
    url: v0(RUNNING, 'checkpoints'),
    before: failOnce('/checkpoints', 503),
    status: 503,
  },
];

export const seed000Cases: ContractCase[] = [
  {
    name: 'a complete token',
    operation: COMPLETION,
    url: completion(RUNNING, 'ct-complete'),
    status: 200,
    check: ({ body }) => expect(field(body, 'status')).toBe('complete'),
  },
  {
    name: 'a token still in progress',
    operation: COMPLETION,
    url: completion(RUNNING, 'ct-inprogress'),
    status: 202,
    check: ({ body }) => expect(field(body, 'status')).toBe('inprogress'),
  },
  {
    name: 'an in-progress token completes as the pipeline advances',
    operation: COMPLETION,
    url: completion(RUNNING, 'ct-inprogress'),
    before: async () => {
      await callDemo({ url: completion(RUNNING, 'ct-inprogress') });
      await demoControl('/__demo/clock', { advanceMs: 60_000 });
    },
    status: 200,
    check: ({ body }) => expect(field(body, 'status')).toBe('complete'),
  },
  { name: 'a malformed token', operation: COMPLETION, url: completion(RUNNING, 'not a token'), status: 400 },
  {
    name: 'an unknown pipeline',
    operation: COMPLETION,
    url: completion('non-existent-pipeline', 'ct-complete'),
    status: 404,
  },
  {
    name: 'a token from a previous incarnation',
    operation: COMPLETION,
    url: completion(RUNNING, 'ct-previous'),
    status: 410,
  },
  {
    name: 'a server error',
    operation: COMPLETION,
    url: completion(RUNNING, 'ct-complete'),
    before: failOnce('/completion_status', 500),
    status: 500,
  },
  {
    name: 'a pipeline that is not deployed',
    operation: COMPLETION,
    url: completion('Legacy Billing Export', 'ct-complete'),
    status: 503,
    check: errorCode('PipelineInteractionNotDeployed'),
  },
  {
    name: 'a pipeline that cannot be reached',
    operation: COMPLETION,
    url: completion('Product Catalog Refresh', 'ct-complete'),
    status: 503,
    check: errorCode('PipelineInteractionUnreachable'),
  },
];
