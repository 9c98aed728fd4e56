import { http } from 'msw';
import { ingestionStatusOf } from '../fixtures/ingestion';
import { SCALE_ID } from '../fixtures/pipelines';
import { pollCycle } from '../sim/actions';
import { demoEpoch, demoNow } from '../sim/clock';
import { countByStatus, isSortKey, viewPipelines, type PipelineView } from '../sim/pipeline-view';
import { findPipeline, listPipelines, pipelineParts } from '../sim/state';
import { authorize, errorResponse, intParam, json, userOf } from './respond';

const MAX_PAGE = 1_000;

export function pipelineNotFound(pipelineId: string): Response {
  return errorResponse(404, 'Pipeline not found', 'PipelineNotFound', { pipelineId });
}

/** The list's filters and order from the query, or the 400 answer naming the bad parameter. */
function viewOf(url: URL): PipelineView | Response {
  const params = url.searchParams;
  const sort = params.get('sort') || null;
  if (sort !== null && !isSortKey(sort)) {
    return errorResponse(
      400,
      "Query parameter 'sort' must be one of name, connector, status, lastRun, polling",
      'InvalidParameter',
      { sort },
    );
  }
  const order = params.get('order') || 'asc';
  if (order !== 'asc' && order !== 'desc') {
    return errorResponse(400, "Query parameter 'order' must be asc or desc", 'InvalidParameter', { order });
  }
  const statuses = (params.get('status') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return {
    needle: (params.get('q') ?? '').trim().toLowerCase(),
    statuses: statuses.length > 0 ? new Set(statuses) : null,
    sort,
    order,
  };
}

export const pipelineHandlers = [
  http.get('*/api/v1/me', ({ request }) => {
    const role = authorize(request);
    return role instanceof Response ? role : json(userOf(request));
  }),

  http.get('*/api/v1/pipelines', ({ request }) => {
    const role = authorize(request);
    if (role instanceof Response) return role;
    const url = new URL(request.url);
    const view = viewOf(url);
    if (view instanceof Response) return view;
    const parts = pipelineParts(demoNow());
    const rows = viewPipelines(parts, view);
    const counts = countByStatus(parts);
    const paging = ['limit', 'cursor', 'offset'].some((name) => url.searchParams.has(name));
    if (!paging) return json({ pipelines: rows, total: rows.length, counts, offset: 0, nextCursor: null });
    const limit = intParam(url, 'limit', 100, MAX_PAGE);
    if (limit instanceof Response) return limit;
    // The cursor is an offset; opaque to clients, who only hand it back.
    const offset = url.searchParams.has('cursor') ? intParam(url, 'cursor', 0) : intParam(url, 'offset', 0);
    if (offset instanceof Response) {
      return url.searchParams.has('cursor')
        ? errorResponse(400, 'Invalid cursor', 'InvalidCursor', { cursor: url.searchParams.get('cursor') })
        : offset;
    }
    const page = rows.slice(offset, offset + Math.max(1, limit));
    const next = offset + page.length;
    const hasMore = next < rows.length;
    const cursor = hasMore ? String(next) : null;
    // `cursor` only with more to read, as the first version of this endpoint answered.
    return json({
      pipelines: page,
      total: rows.length,
      counts,
      offset,
      nextCursor: cursor,
      hasMore,
      ...(cursor ? { cursor } : {}),
    });
  }),

  // Before /pipelines/:id, which would otherwise take "poll" for an id.
  http.get('*/api/v1/pipelines/poll', ({ request }) => {
    const role = authorize(request);
    if (role instanceof Response) return role;
    const polled = listPipelines(demoNow()).filter((p) => p.polling.enabled);
    return json({ pipelines: polled, total: polled.length });
  }),

  http.post('*/api/v1/pipelines/poll', ({ request }) => {
    const role = authorize(request, { action: 'trigger a polling cycle' });
    if (role instanceof Response) return role;
    const { checked, triggered } = pollCycle(demoNow());
    return json({
      message: `Polling cycle complete: checked ${checked} pipelines, triggered ${triggered} runs`,
      checked,
      triggered,
    });
  }),

  http.get<{ id: string }>('*/api/v1/pipelines/:id', ({ request, params }) => {
    const role = authorize(request);
    if (role instanceof Response) return role;
    const pipeline = findPipeline(params.id, demoNow());
    return pipeline ? json(pipeline) : pipelineNotFound(params.id);
  }),

  http.get<{ pipeline_id: string }>('*/api/v1/pipelines/:pipeline_id/status', ({ request, params }) => {
    const role = authorize(request);
    if (role instanceof Response) return role;
    if (!findPipeline(params.pipeline_id, demoNow())) return pipelineNotFound(params.pipeline_id);
    const raw = new URL(request.url).searchParams.get('full_details');
    if (raw !== null && !['true', 'false', ''].includes(raw)) {
      return errorResponse(400, "Query parameter 'full_details' must be true or false", 'InvalidParameter', {
        full_details: raw,
      });
    }
    const status = ingestionStatusOf(
      params.pipeline_id,
      demoEpoch(),
      Number(SCALE_ID.exec(params.pipeline_id)?.[1] ?? 0),
    );
    // Without full_details the error list is capped; the full list is opt-in.
    return json(raw === 'true' || !status.error ? status : { ...status, error: status.error.slice(0, 5) });
  }),
];
