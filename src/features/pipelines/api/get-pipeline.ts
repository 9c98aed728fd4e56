import { queryOptions, useQuery } from '@tanstack/react-query';
import { usePollInterval } from '@/hooks/use-poll-interval';
import { apiGet } from '@/lib/api-client';
import { subjectPollDelay } from '@/lib/polling';
import { pipelineSchema, type Pipeline } from './pipeline-schema';

export function fetchPipeline(pipelineId: string, signal?: AbortSignal): Promise<Pipeline> {
  return apiGet({ path: `/api/v1/pipelines/${encodeURIComponent(pipelineId)}`, schema: pipelineSchema, signal });
}

export const pipelineQuery = (pipelineId: string, pollMs: number | false) =>
  queryOptions({
    queryKey: ['pipelines', pipelineId],
    queryFn: ({ signal }) => fetchPipeline(pipelineId, signal),
    // An unknown pipeline (404) is not asked again: the page says so instead.
    refetchInterval: (query) => subjectPollDelay(query, pollMs),
  });

export function usePipeline(pipelineId: string) {
  return useQuery(pipelineQuery(pipelineId, usePollInterval('list')));
}
