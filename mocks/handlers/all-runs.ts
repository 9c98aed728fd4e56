import { http } from 'msw';
import type { RunDef } from '../fixtures/types';
import { demoNow } from '../sim/clock';
import { runListView, statusAt } from '../sim/run-sim';
import { allRuns, demoState } from '../sim/state';
import { authorize, errorResponse, intParam, json } from './respond';

const MAX_PAGE = 1_000;

/**
 * The cursor names the last run of the page (its start and id), not an offset: a run that
 * starts meanwhile does not shift the pages after the first, so they stay byte-identical
 * and a poll revalidates them with 304.
 */
function encodeCursor(run: RunDef): string {
  return `${run.createdAt}.${run.id}`;
}

function afterCursor(cursor: string): ((run: RunDef) => boolean) | null {
  const match = /^(\d+)\.(.+)$/.exec(cursor);
  if (!match?.[1] || !match[2]) return null;
  const at = Number(match[1]);
  const id = match[2];
  return (run) => run.createdAt < at || (run.createdAt === at && run.id < id);
}

function badParameter(name: string, value: string, message: string): Response {
  return errorResponse(400, message, 'InvalidParameter', { [name]: value });
}

/** GET /api/v1/runs (added): every run of every pipeline, newest first, filtered by status and start. */
export const allRunsHandler = http.get('*/api/v1/runs', ({ request }) => {
  const role = authorize(request);
  if (role instanceof Response) return role;
  const url = new URL(request.url);
  const now = demoNow();
  const statusParam = url.searchParams.get('status');
  const statuses = statusParam ? new Set(statusParam.split(',').map((s) => s.trim())) : null;
  const sinceParam = url.searchParams.get('since');
  const since = sinceParam ? Date.parse(sinceParam) : null;
  if (sinceParam && Number.isNaN(since))
    return badParameter('since', sinceParam, "Query parameter 'since' must be an ISO 8601 time");
  const limit = intParam(url, 'limit', Number.MAX_SAFE_INTEGER);
  if (limit instanceof Response) return limit;
  const cursorParam = url.searchParams.get('cursor');
  const after = cursorParam ? afterCursor(cursorParam) : null;
  if (cursorParam && !after) return badParameter('cursor', cursorParam, 'Invalid cursor');

  const matching = allRuns().filter(
    (run) => (since === null || run.createdAt >= since) && (!statuses || statuses.has(statusAt(run, now))),
  );
  const rest = after ? matching.filter(after) : matching;
  const page = rest.slice(0, Math.min(Math.max(1, limit), MAX_PAGE));
  const last = page[page.length - 1];
  const pipelines = demoState().pipelines;
  return json({
    runs: page.map((run) => ({
      ...runListView(run, now),
      pipelineName: pipelines.get(run.pipelineId)?.name ?? run.pipelineId,
    })),
    total: matching.length,
    nextCursor: last && rest.length > page.length ? encodeCursor(last) : null,
  });
});
