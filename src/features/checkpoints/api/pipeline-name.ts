import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { apiGet } from '@/lib/api-client';

/**
 * The Feldera endpoints (000, 004) address a pipeline by name, the route by id: this
 * page only needs the name, so it asks for nothing more and keeps its own cache key
 * (['pipelines', id] belongs to the pipelines feature and holds the whole pipeline).
 */
export const pipelineNameSchema = z.object({ id: z.string(), name: z.string() });

export type PipelineName = z.output<typeof pipelineNameSchema>;

export function fetchPipelineName(pipelineId: string, signal?: AbortSignal): Promise<PipelineName> {
  return apiGet({ path: `/api/v1/pipelines/${encodeURIComponent(pipelineId)}`, schema: pipelineNameSchema, signal });
}

export const pipelineNameQuery = (pipelineId: string) =>
  queryOptions({
    queryKey: ['pipelines', pipelineId, 'name'],
    queryFn: ({ signal }) => fetchPipelineName(pipelineId, signal),
    // A rename is rare; the next visit picks it up.
    staleTime: 5 * 60_000,
  });

export function usePipelineName(pipelineId: string) {
  return useQuery(pipelineNameQuery(pipelineId));
}
