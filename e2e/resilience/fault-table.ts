import type { Locator, Page } from '@playwright/test';
import type { DemoFault } from '../support';

/**
 * The fault matrix as data: every page the operator watches, every way the API can fail,
 * and what the operator must then see. e2e/fault-matrix.spec.ts turns page × fault into
 * one test each; docs/resilience.md shows the same table to people.
 */
export interface MatrixPage {
  name: string;
  path: string;
  /** The page's own endpoints (a path substring for the demo API's fault switch); the session check (/me) stays healthy. */
  match: string;
  /** How the page asks again by itself: its polling interval, or only when the tab regains focus (an ended run). */
  refresh: { pollMs: number } | 'focus';
  /** Something only good data from the API can show. */
  goodData: (page: Page) => Locator;
}

const runProgressAt = (page: Page, percent: number) =>
  page
    .getByRole('progressbar', { name: 'Run progress', exact: true })
    .and(page.locator(`[aria-valuenow="${percent}"]`));

// The run page stops polling once a run has ended; run_301 is live while the demo clock is frozen.
export const MATRIX_PAGES: readonly MatrixPage[] = [
  {
    name: 'pipelines list',
    path: '/pipelines',
    match: '/api/v1/pipelines',
    refresh: { pollMs: 5_000 },
    goodData: (page) =>
      page.getByRole('table', { name: 'Pipelines' }).getByRole('link', { name: 'Daily Customer Import', exact: true }),
  },
  {
    name: 'pipeline',
    path: '/pipelines/pipe_001',
    match: '/api/v1/pipelines/pipe_001',
    refresh: { pollMs: 5_000 },
    goodData: (page) => page.getByRole('main').getByRole('link', { name: 'run_001', exact: true }).first(),
  },
  {
    name: 'ended run',
    path: '/pipelines/pipe_001/runs/run_001',
    match: 'run_001',
    refresh: 'focus',
    // 001's failed run: 32,000 of 50,000 rows.
    goodData: (page) => runProgressAt(page, 64),
  },
  {
    name: 'live run',
    path: '/pipelines/pipe_003/runs/run_301',
    match: 'run_301',
    refresh: { pollMs: 2_000 },
    // Frozen at the demo's start: 30,000 of 120,000 rows.
    goodData: (page) => runProgressAt(page, 25),
  },
  {
    name: 'checkpoints',
    path: '/pipelines/pipe_001/checkpoints',
    match: '/v0/pipelines/',
    refresh: { pollMs: 10_000 },
    goodData: (page) =>
      page.getByRole('table', { name: 'Checkpoints' }).getByText('18446744073709551615', { exact: true }),
  },
];

/** What the operator sees while the fault lasts. */
export type Expectation =
  /** The stale banner over the kept data names the problem; `transient`: the client retries it with backoff. */
  | { kind: 'stale'; message: RegExp; transient: boolean }
  /** The session is over: back to sign-in, which returns to the same page. */
  | { kind: 'sign-in' }
  /**
   * No answer yet: while it is pending the page keeps its data and says it is waiting; once
   * the client's own timeout (20 s) passes, it names the timeout and retries.
   */
  | { kind: 'slow'; waiting: RegExp; timedOut: RegExp };

export interface MatrixFault {
  name: string;
  fault: Omit<DemoFault, 'match'>;
  expect: Expectation;
  /** What the user sees, in words, for the docs table. */
  summary: string;
}

// The demo API's own messages for its status faults (mocks/handlers/control.ts): the page must show the API's words.
const status = (code: number, message: string, transient = false): MatrixFault => ({
  name: String(code),
  fault: { mode: 'status', status: code },
  expect: { kind: 'stale', message: new RegExp(escape(message)), transient },
  summary: `"${message}"${transient ? ', retrying with backoff' : ''}`,
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export const MATRIX_FAULTS: readonly MatrixFault[] = [
  status(400, 'The request was not valid (demo fault)'),
  {
    name: '401',
    fault: { mode: 'status', status: 401 },
    expect: { kind: 'sign-in' },
    summary: 'back to sign-in, then to the same page',
  },
  status(403, 'You are not allowed to do this (demo fault)'),
  status(404, 'Not found (demo fault)'),
  status(410, 'This resource is gone (demo fault)'),
  status(422, 'The request cannot be processed in this state (demo fault)'),
  status(500, 'Internal server error: the demo API was told to fail', true),
  status(503, 'Service unavailable: the demo API is overloaded, try again shortly', true),
  {
    name: 'slow (15 s)',
    fault: { mode: 'slow', delayMs: 15_000 },
    expect: { kind: 'slow', waiting: /waiting/i, timedOut: /The API did not answer GET \S+ in time/ },
    summary: 'data kept, "waiting…"; past the 20 s client timeout "The API did not answer … in time", retrying',
  },
  {
    name: 'malformed JSON',
    fault: { mode: 'malformed' },
    expect: {
      kind: 'stale',
      message: /The API sent a malformed answer to GET \S+: the body is not JSON/,
      transient: false,
    },
    summary: '"The API sent a malformed answer to GET …: the body is not JSON"',
  },
  {
    name: 'schema break',
    fault: { mode: 'schema' },
    expect: { kind: 'stale', message: /The API sent a malformed answer to GET \S+: field "/, transient: false },
    summary: '"The API sent a malformed answer to GET …: field "…": …"',
  },
  {
    name: 'dropped connection',
    fault: { mode: 'drop' },
    expect: {
      kind: 'stale',
      message: /No answer from the API for GET \S+: the connection failed or was dropped/,
      transient: true,
    },
    summary: '"No answer from the API … the connection failed or was dropped", retrying with backoff',
  },
];
