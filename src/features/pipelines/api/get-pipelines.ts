import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import type { Agrees } from '@/lib/contract';
import type { ApiSchemas } from '@/api';
import { isPageAt, type ListPage } from '@/hooks/use-paged-list';
import { usePollInterval } from '@/hooks/use-poll-interval';
import { apiGet } from '@/lib/api-client';
import { pollDelay } from '@/lib/polling';
import { ApiError } from '@/lib/api-error';
import { listTotal } from '@/lib/list-total';
import { count } from '@/lib/schema';
import { NO_RUNS, type ListState } from '../utils/list-url-state';
import { formatStatusList } from '@/lib/status-list';
import { pipelineSchema, type Pipeline } from './pipeline-schema';

const PATH = '/api/v1/pipelines';

/** What the list answer says about the list beyond its rows. Every field may be missing: an older API sends none. */
const listFieldsSchema = z.object({
  total: z.nullish(count),
  counts: z.optional(z.record(z.string(), count)),
  offset: z.optional(count),
  nextCursor: z.nullish(z.string()),
  hasMore: z.optional(z.boolean()),
  cursor: z.nullish(z.string()),
});

const pipelinePageSchema = z.object({ pipelines: z.array(pipelineSchema), ...listFieldsSchema.def.shape });

type PipelineListBody = Agrees<typeof pipelinePageSchema, ApiSchemas['PipelineList']>;

/**
 * A runaway cursor (a server bug, or a list growing as fast as we read it) must not
 * keep the tab fetching forever; 200 pages is far beyond any installation we know.
 */
export const MAX_PIPELINE_PAGES = 200;

/** Every pipeline: the page filters and sorts on the client, so it follows the cursor to the end. */
export async function fetchAllPipelines(signal?: AbortSignal): Promise<Pipeline[]> {
  const pipelines: Pipeline[] = [];
  const seen = new Set<string>();
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PIPELINE_PAGES; page += 1) {
    const body = await apiGet({ path: PATH, query: { cursor }, schema: pipelinePageSchema, signal });
    pipelines.push(...body.pipelines);
    if (body.hasMore !== true) return pipelines;
    if (!body.cursor || seen.has(body.cursor)) {
      throw new ApiError({
        kind: 'malformed',
        endpoint: `GET ${PATH}`,
        problem: 'hasMore is true but the cursor is missing or repeats',
      });
    }
    seen.add(body.cursor);
    cursor = body.cursor;
  }
  throw new ApiError({
    kind: 'malformed',
    endpoint: `GET ${PATH}`,
    problem: `the list did not end after ${MAX_PIPELINE_PAGES} pages`,
  });
}

export const pipelinesQuery = (pollMs: number | false) =>
  queryOptions({
    queryKey: ['pipelines'],
    queryFn: ({ signal }) => fetchAllPipelines(signal),
    refetchInterval: (query) => pollDelay(query, pollMs),
  });

export function usePipelines(enabled = true) {
  return useQuery({ ...pipelinesQuery(usePollInterval('list')), enabled });
}

/**
 * Rows per request. A page of 50 (about 15 kB) covers a tall screen in one or two
 * requests, so a poll re-reads little more than what is on screen.
 */
export const PAGE_SIZE = 50;

/** One page of the filtered, sorted list; its counts cover every pipeline ('none': never ran). */
export type PipelinePage = ListPage<Pipeline>;

/**
 * The API did not page: it ignored offset / filters and sent the whole list (`pipelines`),
 * or pages only by cursor (`pipelines` undefined: read them all with fetchAllPipelines).
 * Either way the page filters and sorts on its own, as before the API could.
 */
export interface UnpagedList {
  kind: 'unpaged';
  pipelines: Pipeline[] | undefined;
}

export type PipelineView = Pick<ListState, 'q' | 'statuses' | 'sort' | 'dir'>;

function pageQuery(view: PipelineView, offset: number) {
  return {
    q: view.q.trim() || undefined,
    // The URL says "no-runs" (a word people read); the API says "none".
    status: formatStatusList(view.statuses.map((status) => (status === NO_RUNS ? 'none' : status))) ?? undefined,
    sort: view.sort,
    order: view.dir,
    limit: PAGE_SIZE,
    offset,
  };
}

export async function fetchPipelinePage(
  view: PipelineView,
  index: number,
  signal?: AbortSignal,
  client?: QueryClient,
): Promise<PipelinePage | UnpagedList> {
  const offset = index * PAGE_SIZE;
  const body: PipelineListBody = await apiGet({
    path: PATH,
    query: pageQuery(view, offset),
    schema: pipelinePageSchema,
    signal,
  });
  if (!isPageAt(body, body.pipelines.length, offset, PAGE_SIZE)) {
    const pipelines = body.hasMore === true ? undefined : body.pipelines;
    // The whole list is here already: the client-side path starts from it instead of asking again.
    if (pipelines) client?.setQueryData(pipelinesQuery(false).queryKey, pipelines);
    return { kind: 'unpaged', pipelines };
  }
  return {
    kind: 'page',
    offset,
    rows: body.pipelines,
    total: listTotal(body.total, offset + body.pipelines.length),
    counts: body.counts ?? {},
  };
}

/**
 * One query per page of one view, so polling re-reads only the pages on screen (each with
 * its own ETag, so an unchanged page costs a 304). Pages scrolled past leave the cache soon:
 * 50,000 pipelines must not pile up in memory because someone scrolled through them.
 */
export const pipelinePageQuery = (view: PipelineView, index: number, pollMs: number | false, enabled: boolean) =>
  queryOptions({
    queryKey: ['pipelines', { ...view, q: view.q.trim(), page: index }],
    queryFn: ({ signal, client }) => fetchPipelinePage(view, index, signal, client),
    refetchInterval: (query) => pollDelay(query, pollMs),
    gcTime: 30_000,
    enabled,
  });
