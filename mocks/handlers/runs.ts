import { http, HttpResponse } from 'msw';
import type { RunDef } from '../fixtures/types';
import { toCsv } from '../../src/lib/csv';
import { retryRun } from '../sim/actions';
import { demoNow } from '../sim/clock';
import { errorSummary } from '../sim/error-summary';
import { errorsAt, logAt, progressView, runView, statusAt } from '../sim/run-sim';
import { demoState, findPipeline, findRun, runsOf } from '../sim/state';
import { pipelineNotFound } from './pipelines';
import { authorize, errorResponse, intParam, json } from './respond';

type RunParams = { id: string; runId: string };
const RUN = '*/api/v1/pipelines/:id/runs/:runId';

function runNotFound(pipelineId: string, runId: string): Response {
  return errorResponse(404, 'Pipeline or run not found', 'RunNotFound', { pipelineId, runId });
}

/** Authorise, then find the run; the answer to send instead when either fails. */
function withRun(request: Request, params: RunParams, write?: { action: string }): RunDef | Response {
  const role = authorize(request, write);
  if (role instanceof Response) return role;
  return findRun(params.id, params.runId) ?? runNotFound(params.id, params.runId);
}

/** 001's retry answer: the new run's identity, metadata and log. */
function retryBody(run: RunDef, now: number) {
  return {
    id: run.id,
    pipelineId: run.pipelineId,
    status: statusAt(run, now),
    loadStrategy: run.loadStrategy,
    metadata: run.metadata,
    log: logAt(run, now),
  };
}

export const runHandlers = [
  http.get<{ id: string }>('*/api/v1/pipelines/:id/runs', ({ request, params }) => {
    const role = authorize(request);
    if (role instanceof Response) return role;
    const now = demoNow();
    if (!findPipeline(params.id, now)) return pipelineNotFound(params.id);
    const runs = runsOf(params.id).map((run) => runView(run, now));
    return json({ runs, total: runs.length });
  }),

  http.get<RunParams>(RUN, ({ request, params }) => {
    const run = withRun(request, params);
    return run instanceof Response ? run : json(runView(run, demoNow()));
  }),

  http.get<RunParams>(`${RUN}/progress`, ({ request, params }) => {
    const run = withRun(request, params);
    return run instanceof Response ? run : json(progressView(run, demoNow()));
  }),

  http.get<RunParams>(`${RUN}/errors`, ({ request, params }) => {
    const run = withRun(request, params);
    if (run instanceof Response) return run;
    const url = new URL(request.url);
    const errors = errorsAt(run, demoNow());
    const offset = intParam(url, 'offset', 0);
    if (offset instanceof Response) return offset;
    const limit = intParam(url, 'limit', errors.length);
    if (limit instanceof Response) return limit;
    const page = offset === 0 && limit >= errors.length ? errors : errors.slice(offset, offset + limit);
    if ((request.headers.get('Accept') ?? '').includes('text/csv')) {
      const csv = toCsv(
        ['Row', 'Column', 'Value', 'Error'],
        page.map((e) => [e.row, e.column, e.value, e.error]),
      );
      return new HttpResponse(csv, {
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="pipeline-run-${run.id}-errors.csv"`,
        },
      });
    }
    return json({ runId: run.id, total: errors.length, errors: page });
  }),

  http.get<RunParams>(`${RUN}/errors/summary`, ({ request, params }) => {
    const run = withRun(request, params);
    if (run instanceof Response) return run;
    const errors = errorsAt(run, demoNow());
    return json({ total: errors.length, groups: errorSummary(run, errors) });
  }),

  http.post<RunParams>(`${RUN}/retry`, ({ request, params }) => {
    const original = withRun(request, params, { action: 'retry runs' });
    if (original instanceof Response) return original;
    const now = demoNow();
    const state = demoState();
    const key = request.headers.get('Idempotency-Key');
    const seen = key ? state.idempotency.get(key) : undefined;
    if (seen) {
      const earlier = state.runs.get(seen.runId);
      if (seen.request !== original.id || !earlier) {
        return errorResponse(
          409,
          'This Idempotency-Key was already used for a different request',
          'IdempotencyKeyReused',
          { key },
        );
      }
      // The same key again: the run it created, not a second one.
      return json(retryBody(earlier, now), 201);
    }
    const status = statusAt(original, now);
    if (status !== 'failed' && status !== 'completed_with_errors') {
      return errorResponse(
        422,
        'Run status does not allow retry (must be failed or completed_with_errors)',
        'RunNotRetryable',
        { runId: original.id, status },
      );
    }
    const run = retryRun(original, now);
    if (key) state.idempotency.set(key, { request: original.id, runId: run.id });
    return json(retryBody(run, now), 201);
  }),
];
