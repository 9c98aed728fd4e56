import { beforeEach, describe, expect, it } from 'vitest';
import { resetDemo } from '@mocks/node';
import { addedCases } from './cases/added';
import { callDemo, demoControl, type ContractCase } from './cases/contract-case';
import { seed000Cases, seed004Cases } from './cases/seed-000-004';
import { seed001Cases } from './cases/seed-001';
import { seed002Cases, seed003Cases } from './cases/seed-002-003';
import { operations, pathMatches, validateBody, type DocOperation } from './contract-doc';

/**
 * The demo API against the OpenAPI document: every case's answer has the documented
 * status, media type and schema, plus the seed's own example where the seed gives one;
 * and every documented response of every operation has a case, so a new endpoint or
 * status without a contract check fails here.
 */
const seedCases: Record<string, ContractCase[]> = {
  '000 completion status': seed000Cases,
  '001 runs, progress, errors, retry, polling': seed001Cases,
  '002 ingestion status': seed002Cases,
  '003 phases': seed003Cases,
  '004 checkpoints': seed004Cases,
  'added by DESIGN.md': addedCases,
};

/** Every endpoint documents 401: the first successful case of each operation, without a token. */
const unauthorizedCases: ContractCase[] = operations.flatMap((op) => {
  const ok = Object.values(seedCases)
    .flat()
    .find((c) => c.operation === op.key && c.status < 300);
  return ok ? [{ name: 'without a token', operation: op.key, url: ok.url, status: 401, token: null }] : [];
});

const allCases = [...Object.values(seedCases).flat(), ...unauthorizedCases];

function operationOf(key: string): DocOperation {
  const op = operations.find((o) => o.key === key);
  if (!op) throw new Error(`the OpenAPI document has no operation ${key}`);
  return op;
}

async function runCase(c: ContractCase): Promise<void> {
  const op = operationOf(c.operation);
  expect(
    pathMatches(op.path, new URL(c.url, 'http://localhost').pathname),
    `${c.url} is not an instance of ${op.path}`,
  ).toBe(true);
  await c.before?.();
  const res = await callDemo({ method: op.method, url: c.url, token: c.token, accept: c.accept, headers: c.headers });
  expect(res.status, res.text.slice(0, 300)).toBe(c.status);
  expect(res.mediaType).toBe(c.status < 300 ? (c.accept ?? 'application/json') : 'application/json');
  expect(validateBody(op, res.status, res.mediaType, res.body)).toBeNull();
  await c.check?.(res);
}

beforeEach(async () => {
  resetDemo();
  // A frozen clock: the seeds' examples are the demo's state at its epoch.
  await demoControl('/__demo/clock', { speed: 0 });
});

for (const [seed, cases] of Object.entries(seedCases)) {
  describe(`contract ${seed}`, () => {
    it.each(cases.map((c) => [`${c.operation} → ${c.status}: ${c.name}`, c] as const))('%s', (_, c) => runCase(c));
  });
}

describe('contract 401 on every endpoint', () => {
  it.each(unauthorizedCases.map((c) => [c.operation, c] as const))('%s without a token', (_, c) => runCase(c));
});

describe('the contract itself', () => {
  it('every documented status and media type of every operation has a contract case', () => {
    const covered = new Set(
      allCases.map(
        (c) => `${c.operation} ${c.status} ${c.status < 300 ? (c.accept ?? 'application/json') : 'application/json'}`,
      ),
    );
    const documented = operations.flatMap((op) =>
      op.responses.flatMap((r) => r.contentTypes.map((type) => `${op.key} ${r.status} ${type}`)),
    );
    expect(documented.filter((key) => !covered.has(key))).toEqual([]);
    expect([...covered].filter((key) => !documented.includes(key))).toEqual([]);
  });

  it('every example in the document validates against its own schema', () => {
    const examples = operations.flatMap((op) =>
      op.responses.flatMap((r) => r.examples.map((e) => ({ op, status: Number(r.status), ...e }))),
    );
    expect(examples.length).toBeGreaterThanOrEqual(8);
    for (const { op, status, contentType, example } of examples) {
      expect(validateBody(op, status, contentType, example), `${op.key} ${status} example`).toBeNull();
    }
  });

  it('rejects a 64-bit field beyond its range, and a plain integer field above 2^53', () => {
    const checkpoints = operationOf('GET /v0/pipelines/{pipeline_name}/checkpoints');
    const checkpoint = (fingerprint: unknown) => [{ uuid: '5f0e7c2a-3b1d-4c8e-9a6f-2d4b8e1c7a90', fingerprint }];
    expect(validateBody(checkpoints, 200, 'application/json', checkpoint(2n ** 64n - 1n))).toBeNull();
    expect(validateBody(checkpoints, 200, 'application/json', checkpoint(2n ** 64n))).not.toBeNull();
    expect(validateBody(checkpoints, 200, 'application/json', checkpoint(-1))).not.toBeNull();
    expect(validateBody(checkpoints, 200, 'application/json', checkpoint(null))).not.toBeNull();
    const poll = operationOf('POST /api/v1/pipelines/poll');
    expect(
      validateBody(poll, 200, 'application/json', { message: 'm', checked: 2n ** 60n, triggered: 0 }),
    ).not.toBeNull();
  });

  it('rejects a body without a required field or with a status the seeds do not list', () => {
    const run = operationOf('GET /api/v1/pipelines/{id}/runs/{runId}');
    const body = { id: 'run_1', pipelineId: 'pipe_1', status: 'failed', loadStrategy: 'append' };
    expect(validateBody(run, 200, 'application/json', body)).toBeNull();
    expect(validateBody(run, 200, 'application/json', { ...body, status: 'exploded' })).not.toBeNull();
    expect(validateBody(run, 200, 'application/json', { ...body, id: undefined })).not.toBeNull();
    expect(validateBody(run, 404, 'application/json', { message: 'gone' })).not.toBeNull();
  });
});
