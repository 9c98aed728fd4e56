import { queryOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';
import type { ApiSchemas } from '@/api';
import { apiGet } from '@/lib/api-client';
import { isApiError } from '@/lib/api-error';
import { pollDelay, polledStaleTime } from '@/lib/polling';
import { count } from '@/lib/schema';
import { runKeys, runPath } from './run-keys';

/**
 * GET /api/v1/pipelines/{id}/runs/{runId}/errors/summary (added by DESIGN.md): the run's
 * errors counted by column and message. A group without its column or message could not
 * filter the table, so those two are required; everything else about the body is read
 * tolerantly (unknown fields dropped).
 */
export const errorGroupSchema = z.object({ column: z.string(), error: z.string(), count });
export const errorSummarySchema = z.object({ total: count, groups: z.array(errorGroupSchema) });

/** Fails to compile when the schema and the OpenAPI document (src/api) disagree. */
type Agrees<Ours extends Contract, Contract> = Ours;

export type ErrorGroup = Agrees<z.output<typeof errorGroupSchema>, ApiSchemas['ValidationErrorGroup']>;
export type ErrorSummary = Agrees<z.output<typeof errorSummarySchema>, ApiSchemas['ValidationErrorSummary']>;

/** The API's summary, or null when it answers 404: an API without the endpoint, so the browser counts. */
export async function fetchRunErrorSummary(
  pipelineId: string,
  runId: string,
  signal?: AbortSignal,
): Promise<ErrorSummary | null> {
  try {
    return await apiGet({ path: `${runPath(pipelineId, runId)}/errors/summary`, schema: errorSummarySchema, signal });
  } catch (error) {
    if (isApiError(error) && error.kind === 'http' && error.status === 404) return null;
    throw error;
  }
}

/** Refreshes with the errors while the run is live; after a 404 it is not asked again. */
export const runErrorSummaryQuery = (pipelineId: string, runId: string, pollMs: number | false) =>
  queryOptions({
    queryKey: runKeys.errorSummary(pipelineId, runId),
    queryFn: ({ signal }) => fetchRunErrorSummary(pipelineId, runId, signal),
    refetchInterval: (query) => (query.state.data === null ? false : pollDelay(query, pollMs)),
    staleTime: polledStaleTime(pollMs),
  });
