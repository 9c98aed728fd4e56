import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import type { ApiSchemas } from '@/api';
import { usePollInterval } from '@/hooks/use-poll-interval';
import { apiGet } from '@/lib/api-client';
import type { Agrees } from '@/lib/contract';
import { ApiError, isApiError } from '@/lib/api-error';
import { listTotal } from '@/lib/list-total';
import { pollDelay, type PolledQuery } from '@/lib/polling';
import { count } from '@/lib/schema';
import { formatStatusList } from '@/lib/status-list';
import { isPageAt, type PageAnswer } from '@/hooks/use-paged-list';
import { runSummarySchema } from '@/features/pipelines/api/get-pipeline-runs';

const PATH = '/api/v1/runs';

/** A run across pipelines: a pipeline's run (its list's schema) plus the pipeline's name. */
export const runAcrossSchema = z.extend(runSummarySchema, { pipelineName: z.nullish(z.string()) });

const runsPageSchema = z.object({
  runs: z.array(runAcrossSchema),
  total: z.nullish(count),
  counts: z.optional(z.record(z.string(), count)),
  offset: z.optional(count),
  nextCursor: z.nullish(z.string()),
});

/** Tied to the document (lib/contract); a list does not read each run's log. */
export type RunAcross = Agrees<typeof runAcrossSchema, ApiSchemas['RunAcrossPipelines'], 'log'>;
type RunsListBody = Agrees<typeof runsPageSchema, ApiSchemas['RunAcrossPipelinesList'], 'log'>;

/** Pages of this size keep one answer under about 0.5 MB; the demo API caps a page at 1,000. */
export const RUNS_PAGE_LIMIT = 1_000;
/** A runaway cursor must not keep the tab fetching forever: 100 pages are 100,000 runs. */
export const MAX_RUN_PAGES = 100;

export interface RunsQuery {
  /** ISO start of the window, or undefined for all. The API may ignore it: the page filters again. */
  since?: string;
  /** Comma-separated statuses; the API may ignore it too. */
  status?: string;
  /** Text over pipeline name, pipeline id and run id; the API may ignore it too. */
  q?: string;
}

export interface AllRuns {
  runs: RunAcross[];
  /** The API's count of runs matching the query (when it says), else the number read. */
  total: number;
}

/** Every run matching the query, following nextCursor to the end. */
export async function fetchAllRuns(query: RunsQuery, signal?: AbortSignal): Promise<AllRuns> {
  const runs: RunAcross[] = [];
  const seen = new Set<string>();
  let cursor: string | undefined;
  let total: number | undefined;
  for (let page = 0; page < MAX_RUN_PAGES; page += 1) {
    const body: RunsListBody = await apiGet({
      path: PATH,
      query: { q: query.q, status: query.status, since: query.since, limit: RUNS_PAGE_LIMIT, cursor },
      schema: runsPageSchema,
      signal,
    });
    runs.push(...body.runs);
    total ??= body.total ?? undefined;
    if (!body.nextCursor) return { runs, total: listTotal(total, runs.length) };
    if (seen.has(body.nextCursor)) throw malformed('nextCursor repeats an earlier one');
    seen.add(body.nextCursor);
    cursor = body.nextCursor;
  }
  throw malformed(`the list did not end after ${MAX_RUN_PAGES} pages`);
}

/** The newest runs across pipelines, one page: what the watcher reads, one request per look. */
export async function fetchNewestRuns(limit: number, signal?: AbortSignal): Promise<RunAcross[]> {
  const body: RunsListBody = await apiGet({ path: PATH, query: { limit }, schema: runsPageSchema, signal });
  return body.runs;
}

/**
 * Rows per request of the paged list. A page of 50 runs (about 20 kB) covers a tall screen in
 * one or two requests, so a poll re-reads little more than what is on screen.
 */
export const RUNS_VIEW_PAGE = 50;

/** What the paged list asks the API for: the page's filter with the window as a time. */
export interface RunsView {
  q: string;
  statuses: readonly string[];
  since: string | undefined;
}

/** A page of the filtered list; its counts are the window by status (whatever the status filter). */
export type RunsViewPage = PageAnswer<RunAcross>;

/**
 * One page of the view at row `index * RUNS_VIEW_PAGE`. An API that pages by offset says where
 * its answer starts and counts the window; any other answer (an older API that only knows
 * cursors, or ignores the parameters) is 'unpaged', and the page reads the list whole.
 */
export async function fetchRunsPage(view: RunsView, index: number, signal?: AbortSignal): Promise<RunsViewPage> {
  const offset = index * RUNS_VIEW_PAGE;
  const body = await apiGet({
    path: PATH,
    query: {
      q: view.q || undefined,
      status: formatStatusList(view.statuses) ?? undefined,
      since: view.since,
      limit: RUNS_VIEW_PAGE,
      offset,
    },
    schema: runsPageSchema,
    signal,
  });
  // The page's summary is the API's `counts`: an answer without them is read whole too.
  if (!isPageAt(body, body.runs.length, offset, RUNS_VIEW_PAGE) || body.counts === undefined)
    return { kind: 'unpaged' };
  return {
    kind: 'page',
    offset,
    rows: body.runs,
    total: listTotal(body.total, offset + body.runs.length),
    counts: body.counts,
  };
}

function malformed(problem: string): ApiError {
  return new ApiError({ kind: 'malformed', endpoint: `GET ${PATH}`, problem });
}

/** An API without the endpoint (older servers): the page says so instead of retrying. */
export function isMissingEndpoint(error: unknown): boolean {
  return isApiError(error) && error.kind === 'http' && error.status === 404;
}

export const allRunsKeys = {
  all: ['all-runs'] as const,
  query: (query: RunsQuery) => ['all-runs', query] as const,
  page: (view: RunsView, index: number) => ['all-runs', 'page', { ...view, page: index }] as const,
};

/** A 404 will not turn into the endpoint by asking again every few seconds. */
const pollUnlessMissing = (pollMs: number | false) => (query: PolledQuery & { state: { error: unknown } }) =>
  isMissingEndpoint(query.state.error) ? false : pollDelay(query, pollMs);

export const allRunsQuery = (query: RunsQuery, pollMs: number | false) =>
  queryOptions({
    queryKey: allRunsKeys.query(query),
    queryFn: ({ signal }) => fetchAllRuns(query, signal),
    refetchInterval: pollUnlessMissing(pollMs),
  });

/**
 * One query per page of one view, so polling re-reads only the pages on screen. Pages
 * scrolled past leave the cache soon: 100,000 runs must not pile up because someone scrolled.
 */
export const runsPageQuery = (view: RunsView, index: number, pollMs: number | false, enabled: boolean) =>
  queryOptions({
    queryKey: allRunsKeys.page(view, index),
    queryFn: ({ signal }) => fetchRunsPage(view, index, signal),
    refetchInterval: pollUnlessMissing(pollMs),
    gcTime: 30_000,
    enabled,
  });

export function useAllRuns(query: RunsQuery) {
  return useQuery(allRunsQuery(query, usePollInterval('list')));
}
