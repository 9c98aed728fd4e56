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

/** The text filter of /runs: pipeline name, pipeline id or run id contains it, case-insensitively. */
function matchesText(needle: string, run: RunDef, pipelineName: string): boolean {
  return (
    run.id.toLowerCase().includes(needle) ||
    run.pipelineId.toLowerCase().includes(needle) ||
    pipelineName.toLowerCase().includes(needle)
  );
}

/**
 * GET /api/v1/runs (added): every run of every pipeline, newest first, filtered by text,
 * status and start; read by cursor or at any offset, with the window's counts by status.
 */
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
  const offset = intParam(url, 'offset', 0);
  if (offset instanceof Response) return offset;
  const cursorParam = url.searchParams.get('cursor');
  const after = cursorParam ? afterCursor(cursorParam) : null;
  if (cursorParam && !after) return badParameter('cursor', cursorParam, 'Invalid cursor');
  const needle = (url.searchParams.get('q') ?? '').trim().toLowerCase();

  const pipelines = demoState().pipelines;
  const nameOf = (run: RunDef) => pipelines.get(run.pipelineId)?.name ?? run.pipelineId;
  // The window: the runs that started since `since` and match the text, whatever their status.
  const inWindow = allRuns().filter(
    (run) => (since === null || run.createdAt >= since) && (!needle || matchesText(needle, run, nameOf(run))),
  );
  const counts: Record<string, number> = {};
  const matching: RunDef[] = [];
  for (const run of inWindow) {
    const status = statusAt(run, now);
    counts[status] = (counts[status] ?? 0) + 1;
    if (!statuses || statuses.has(status)) matching.push(run);
  }
  // A cursor wins over an offset; either way the answer says where it starts.
  const start = after ? matching.length - matching.filter(after).length : offset;
  const rest = matching.slice(start);
  const page = rest.slice(0, Math.min(Math.max(1, limit), MAX_PAGE));
  const last = page[page.length - 1];
  return json({
    runs: page.map((run) => ({ ...runListView(run, now), pipelineName: nameOf(run) })),
    total: matching.length,
    counts,
    offset: start,
    nextCursor: last && rest.length > page.length ? encodeCursor(last) : null,
  });
});
