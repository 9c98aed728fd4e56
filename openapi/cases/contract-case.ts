import { expect } from 'vitest';
import { parseJson } from '@/lib/json';
import { operations } from '../contract-doc';

/**
 * One call to the demo API and what the contract says must come back. The runner
 * (openapi/contract.test.ts) checks the status, the media type and the body against the
 * OpenAPI document; `check` adds what the seed page documents for this call.
 */
export interface ContractCase {
  name: string;
  /** `METHOD /templated/path`, as the OpenAPI document spells it. */
  operation: string;
  /** Concrete path and query. */
  url: string;
  status: number;
  /** Bearer token; `null` sends none. Reads default to the least role, demo-viewer. */
  token?: string | null;
  /** Also the media type the answer must have. */
  accept?: string;
  headers?: Record<string, string>;
  /** Calls to make first (demo switches, an earlier retry). */
  before?: () => Promise<unknown>;
  check?: (res: DemoResponse) => void | Promise<void>;
}

export interface DemoResponse {
  status: number;
  /** Content-Type without parameters, lower case. */
  mediaType: string;
  headers: Headers;
  text: string;
  /** JSON parsed losslessly (int64 above 2^53 as bigint); the text for other media types. */
  body: unknown;
}

/**
 * The demo handlers match API paths on any origin (msw/node intercepts `fetch`); an
 * absolute URL is needed because Node's fetch has no base for relative ones.
 */
export const DEMO_ORIGIN = 'http://localhost';

export async function callDemo(req: {
  method?: string;
  url: string;
  token?: string | null;
  accept?: string;
  headers?: Record<string, string>;
}): Promise<DemoResponse> {
  const token = req.token === undefined ? 'demo-viewer' : req.token;
  const res = await fetch(`${DEMO_ORIGIN}${req.url}`, {
    method: req.method ?? 'GET',
    headers: {
      Accept: req.accept ?? 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...req.headers,
    },
  });
  const text = await res.text();
  const mediaType = (res.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return {
    status: res.status,
    mediaType,
    headers: res.headers,
    text,
    body: mediaType === 'application/json' ? parseJson(text) : text,
  };
}

/** A switch of the demo API (`/__demo/faults`, `/__demo/clock`, …). */
export async function demoControl(path: string, body: Record<string, unknown>): Promise<void> {
  const res = await fetch(`${DEMO_ORIGIN}${path}`, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'Content-Type': 'application/json' },
  });
  if (!res.ok) throw new Error(`demo switch ${path} answered ${res.status}: ${await res.text()}`);
}

/** The next call whose path contains `match` answers with this status (demo fault). */
export function failOnce(match: string, status: number): () => Promise<void> {
  return () => demoControl('/__demo/faults', { mode: 'status', status, match, times: 1 });
}

/** The document's example for a response: the seed's example, verbatim. */
export function exampleOf(operation: string, status: number, mediaType = 'application/json'): Record<string, unknown> {
  const example = operations
    .find((op) => op.key === operation)
    ?.responses.find((r) => r.status === String(status))
    ?.examples.find((e) => e.contentType === mediaType)?.example;
  if (example === undefined)
    throw new Error(`the OpenAPI document has no example for ${operation} ${status} ${mediaType}`);
  return example as Record<string, unknown>;
}

/** A field of a JSON body, for checks that read nested values. */
export function field(body: unknown, ...keys: (string | number)[]): unknown {
  return keys.reduce<unknown>(
    (at, key) => (at !== null && typeof at === 'object' ? (at as Record<string | number, unknown>)[key] : undefined),
    body,
  );
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * A seed's example as the demo must answer it: every value that matters verbatim, every
 * date-time still a date-time but not the seed's (the demo lives in the present, so its
 * March 2026 dates move), and the fields named in `derived` only of the same type (the demo
 * computes them for consistency: a pipeline's last run status is its newest run's).
 */
export function seedShape(example: unknown, derived: readonly string[] = []): unknown {
  if (typeof example === 'string' && ISO_TIME.test(example)) return expect.stringMatching(ISO_TIME);
  if (Array.isArray(example)) return example.map((item) => seedShape(item, derived));
  if (example === null || typeof example !== 'object') return example;
  return Object.fromEntries(
    Object.entries(example).map(([key, value]) => [
      key,
      derived.includes(key) && typeof value === 'string' ? expect.any(String) : seedShape(value, derived),
    ]),
  );
}
