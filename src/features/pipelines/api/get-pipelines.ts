import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { usePollInterval } from '@/hooks/use-poll-interval';
import { apiGet } from '@/lib/api-client';
import { pollDelay } from '@/lib/polling';
import { ApiError } from '@/lib/api-error';
import { count } from '@/lib/schema';
import { pipelineSchema, type Pipeline } from './pipeline-schema';

const PATH = '/api/v1/pipelines';

const pipelinePageSchema = z.object({
  pipelines: z.array(pipelineSchema),
  total: z.nullish(count),
  hasMore: z.nullish(z.boolean()),
  cursor: z.nullish(z.string()),
});

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

export function usePipelines() {
  return useQuery(pipelinesQuery(usePollInterval('list')));
}
