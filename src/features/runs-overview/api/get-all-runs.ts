import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import type { ApiSchemas } from '@/api';
import { usePollInterval } from '@/hooks/use-poll-interval';
import { apiGet } from '@/lib/api-client';
import type { Agrees } from '@/lib/contract';
import { ApiError, isApiError } from '@/lib/api-error';
import { pollDelay } from '@/lib/polling';
import { count } from '@/lib/schema';
import { runSummarySchema } from '@/features/pipelines/api/get-pipeline-runs';

const PATH = '/api/v1/runs';

/** A run across pipelines: a pipeline's run (its list's schema) plus the pipeline's name. */
export const runAcrossSchema = z.extend(runSummarySchema, { pipelineName: z.nullish(z.string()) });

const runsPageSchema = z.object({
  runs: z.array(runAcrossSchema),
  total: z.nullish(count),
  nextCursor: z.nullish(z.string()),
});

/** Tied to the document (lib/contract); a list does not read each run's log. */
export type RunAcross = Agrees<typeof runAcrossSchema, ApiSchemas['RunAcrossPipelines'], 'log'>;
type RunsPage = Agrees<typeof runsPageSchema, ApiSchemas['RunAcrossPipelinesList'], 'log'>;

/** Pages of this size keep one answer under about 0.5 MB; the demo API caps a page at 1,000. */
export const RUNS_PAGE_LIMIT = 1_000;
/** A runaway cursor must not keep the tab fetching forever: 100 pages are 100,000 runs. */
export const MAX_RUN_PAGES = 100;

export interface RunsQuery {
  /** ISO start of the window, or undefined for all. The API may ignore it: the page filters again. */
  since?: string;
  /** Comma-separated statuses; the API may ignore it too. */
  status?: string;
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
    const body: RunsPage = await apiGet({
      path: PATH,
      query: { status: query.status, since: query.since, limit: RUNS_PAGE_LIMIT, cursor },
      schema: runsPageSchema,
      signal,
    });
    runs.push(...body.runs);
    total ??= body.total ?? undefined;
    if (!body.nextCursor) return { runs, total: Math.max(total ?? 0, runs.length) };
    if (seen.has(body.nextCursor)) throw malformed('nextCursor repeats an earlier one');
    seen.add(body.nextCursor);
    cursor = body.nextCursor;
  }
  throw malformed(`the list did not end after ${MAX_RUN_PAGES} pages`);
}

/** The newest runs across pipelines, one page: what the watcher reads, one request per look. */
export async function fetchNewestRuns(limit: number, signal?: AbortSignal): Promise<RunAcross[]> {
  const body: RunsPage = await apiGet({ path: PATH, query: { limit }, schema: runsPageSchema, signal });
  return body.runs;
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
};

export const allRunsQuery = (query: RunsQuery, pollMs: number | false) =>
  queryOptions({
    queryKey: allRunsKeys.query(query),
    queryFn: ({ signal }) => fetchAllRuns(query, signal),
    // A 404 will not turn into the endpoint by asking again every few seconds.
    refetchInterval: (q) => (isMissingEndpoint(q.state.error) ? false : pollDelay(q, pollMs)),
  });

export function useAllRuns(query: RunsQuery) {
  return useQuery(allRunsQuery(query, usePollInterval('list')));
}
