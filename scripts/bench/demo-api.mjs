/**
 * The demo API's control endpoints (mocks/README.md) and the few reads the bench needs
 * to know what the pages should show.
 */
export function demoApi(apiUrl) {
  async function control(method, path, body) {
    const res = await fetch(`${apiUrl}${path}`, {
      method,
      headers: body ? { 'Content-Type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!res.ok) throw new Error(`demo API ${method} ${path} answered ${res.status}: ${await res.text()}`);
  }

  async function get(path, token = 'demo-admin') {
    const res = await fetch(`${apiUrl}${path}`, {
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
    });
    if (!res.ok) throw new Error(`demo API GET ${path} answered ${res.status}`);
    return res.json();
  }

  return {
    url: apiUrl,
    origin: new URL(apiUrl).origin,
    /** Fixtures, demo clock at its start and speed 1, no faults, no extra pipelines. */
    reset: () => control('POST', '/__demo/reset'),
    scale: (pipelines) => control('POST', '/__demo/scale', { pipelines }),
    scaleRuns: (runs) => control('POST', '/__demo/scale', { runs }),
    fault: (fault) => control('POST', '/__demo/faults', fault),
    clock: (change) => control('POST', '/__demo/clock', change),
    clearFaults: () => control('DELETE', '/__demo/faults'),
    get,
  };
}

/** The scale fixtures of mocks/README.md: one run with 1,000 partitions and 100,000 errors. */
export const SCALE_RUN = { pipelineId: 'pipe_scale', runId: 'run_scale', partitions: 1_000, errors: 100_000 };
/** 001's failed run: it has ended before the bench opens it. */
export const ENDED_RUN = { pipelineId: 'pipe_001', runId: 'run_001' };
/** A live run that ends a minute (demo time) after reset. */
export const ENDING_RUN = { pipelineId: 'pipe_003', runId: 'run_301' };

export function runPath({ pipelineId, runId }) {
  return `/pipelines/${encodeURIComponent(pipelineId)}/runs/${encodeURIComponent(runId)}`;
}
