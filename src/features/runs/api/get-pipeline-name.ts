import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { apiGet } from '@/lib/api-client';

const pipelineNameSchema = z.object({ id: z.string(), name: z.string() });

/**
 * The pipeline's name for the breadcrumb. Its own key under ['pipelines', id] so that it
 * never overwrites the pipelines page's fuller record of the same pipeline.
 */
export const pipelineNameQuery = (pipelineId: string) =>
  queryOptions({
    queryKey: ['pipelines', pipelineId, 'name'],
    queryFn: ({ signal }) =>
      apiGet({ path: `/api/v1/pipelines/${encodeURIComponent(pipelineId)}`, schema: pipelineNameSchema, signal }),
    staleTime: 5 * 60_000,
    select: (pipeline) => pipeline.name,
  });

export function usePipelineName(pipelineId: string): string | undefined {
  return useQuery(pipelineNameQuery(pipelineId)).data;
}
