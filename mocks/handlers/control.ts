import { delay, http, HttpResponse } from 'msw';
import { advanceClock, clockSpeed, demoNow, isoSeconds, setClockSpeed } from '../sim/clock';
import { demoState, resetDemo, setScaleRuns, type Fault, type FaultMode } from '../sim/state';
import { errorResponse, json } from './respond';

const API_PATH = /^\/(api|v0|v1)\//;
const isApiRequest = ({ request }: { request: Request }) => API_PATH.test(new URL(request.url).pathname);
const FAULT_MODES: readonly FaultMode[] = ['status', 'slow', 'malformed', 'schema', 'drop'];

const STATUS_MESSAGES: Record<number, string> = {
  400: 'The request was not valid (demo fault)',
  401: 'Missing or unknown API token (demo fault)',
  403: 'You are not allowed to do this (demo fault)',
  404: 'Not found (demo fault)',
  410: 'This resource is gone (demo fault)',
  422: 'The request cannot be processed in this state (demo fault)',
  429: 'Too many requests: slow down and try again (demo fault)',
  500: 'Internal server error: the demo API was told to fail',
  502: 'Bad gateway: the upstream service did not answer (demo fault)',
  503: 'Service unavailable: the demo API is overloaded, try again shortly',
  504: 'Gateway timeout: the upstream service took too long (demo fault)',
};

/** Takes one use of the first fault matching this path, if any. */
function takeFault(path: string): Fault | undefined {
  const fault = demoState().faults.find((f) => path.includes(f.match) && f.remaining !== 0);
  if (fault && fault.remaining !== null) fault.remaining--;
  return fault;
}

/** Enough for a test's few minutes of polling; older entries drop off so a long demo does not grow. */
const REQUEST_LOG_SIZE = 2_000;

function logRequest(request: Request, url: URL): void {
  const { requests } = demoState();
  requests.push(`${request.method} ${url.pathname}${url.search}`);
  if (requests.length > REQUEST_LOG_SIZE) requests.splice(0, requests.length - REQUEST_LOG_SIZE);
}

/** Runs first: logs the request, then answers with the switched-on fault or lets the real handler answer. */
export const faultHandler = http.all(isApiRequest, async ({ request }) => {
  const url = new URL(request.url);
  logRequest(request, url);
  const fault = takeFault(url.pathname);
  switch (fault?.mode) {
    case undefined:
      return undefined;
    case 'slow':
      await delay(fault.delayMs);
      return undefined;
    case 'drop':
      return HttpResponse.error();
    case 'malformed':
      return new HttpResponse('{"pipelines": [{"id": "pipe_0', { headers: { 'Content-Type': 'application/json' } });
    case 'schema':
      return HttpResponse.json('This JSON string is valid JSON, but no endpoint answers with a string');
    case 'status':
      return errorResponse(
        fault.status,
        STATUS_MESSAGES[fault.status] ?? `HTTP ${fault.status} (demo fault)`,
        'DemoFault',
        { status: fault.status },
      );
  }
});

/** Last: any other API path gets a 404 error body rather than falling through to the app. */
export const notFoundHandler = http.all(isApiRequest, ({ request }) => {
  const path = new URL(request.url).pathname;
  return errorResponse(404, `No such endpoint: ${request.method} ${path}`, 'NotFound', {
    method: request.method,
    path,
  });
});

async function readBody(request: Request): Promise<Record<string, unknown> | Response> {
  const text = await request.text();
  try {
    const body: unknown = text.trim() ? JSON.parse(text) : {};
    if (body && typeof body === 'object' && !Array.isArray(body)) return body as Record<string, unknown>;
  } catch {
    /* answered below */
  }
  return errorResponse(400, 'The body must be a JSON object', 'InvalidBody');
}

const optionalNumber = (value: unknown, min: number): number | undefined | null =>
  value === undefined ? undefined : typeof value === 'number' && Number.isFinite(value) && value >= min ? value : null;

function stateView() {
  const { faults, scaleTotal } = demoState();
  return { now: isoSeconds(demoNow()), speed: clockSpeed(), faults, scaleTotal };
}

/** The demo's switches; no token needed, so tests and benchmarks can flip them. */
export const controlHandlers = [
  http.get('*/__demo/state', () => json(stateView())),

  // Which API requests the app made (method, path, query), e.g. to prove a list asked for one page at a time.
  http.get('*/__demo/requests', () => json({ requests: demoState().requests })),

  http.delete('*/__demo/requests', () => {
    demoState().requests = [];
    return json({ requests: [] });
  }),

  http.post('*/__demo/reset', () => {
    resetDemo();
    return json(stateView());
  }),

  http.post('*/__demo/clock', async ({ request }) => {
    const body = await readBody(request);
    if (body instanceof Response) return body;
    const speed = optionalNumber(body.speed, 0);
    const advanceMs = optionalNumber(body.advanceMs, 0);
    if (speed === null || advanceMs === null)
      return errorResponse(400, 'speed and advanceMs must be numbers ≥ 0', 'InvalidBody');
    if (speed !== undefined) setClockSpeed(speed);
    if (advanceMs !== undefined) advanceClock(advanceMs);
    return json(stateView());
  }),

  http.post('*/__demo/faults', async ({ request }) => {
    const body = await readBody(request);
    if (body instanceof Response) return body;
    const mode = FAULT_MODES.find((m) => m === body.mode);
    const status = optionalNumber(body.status, 100) ?? (body.status === undefined ? 500 : null);
    const delayMs = optionalNumber(body.delayMs, 0) ?? (body.delayMs === undefined ? 15_000 : null);
    const times = optionalNumber(body.times, 1);
    if (
      !mode ||
      status === null ||
      status > 599 ||
      delayMs === null ||
      times === null ||
      (body.match !== undefined && typeof body.match !== 'string')
    ) {
      return errorResponse(
        400,
        `Invalid fault: mode is one of ${FAULT_MODES.join(', ')}; status 100-599, delayMs ≥ 0, times ≥ 1, match a string`,
        'InvalidBody',
        body,
      );
    }
    demoState().faults.push({
      mode,
      status,
      delayMs,
      match: (body.match as string | undefined) ?? '',
      remaining: times === undefined ? null : Math.floor(times),
    });
    return json(stateView(), 201);
  }),

  http.delete('*/__demo/faults', () => {
    demoState().faults = [];
    return json(stateView());
  }),

  http.post('*/__demo/scale', async ({ request }) => {
    const body = await readBody(request);
    if (body instanceof Response) return body;
    const pipelines = optionalNumber(body.pipelines, 0);
    const runs = optionalNumber(body.runs, 0);
    if (pipelines === null || (pipelines ?? 0) > 100_000 || runs === null || (runs ?? 0) > 100_000)
      return errorResponse(400, 'pipelines and runs must be numbers from 0 to 100000', 'InvalidBody');
    // Either switch alone leaves the other as it was; an empty body still means 5,000 pipelines.
    if (pipelines !== undefined || runs === undefined) demoState().scaleTotal = Math.floor(pipelines ?? 5_000);
    if (runs !== undefined) setScaleRuns(Math.floor(runs));
    return json(stateView());
  }),
];
