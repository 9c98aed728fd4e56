import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import type { Agrees } from '@/lib/contract';
import type { ApiSchemas } from '@/api';
import { usePollInterval } from '@/hooks/use-poll-interval';
import { apiGet } from '@/lib/api-client';
import { pollDelay } from '@/lib/polling';
import { count } from '@/lib/schema';
import { pipelineSchema } from './pipeline-schema';

/** 001: the touch-file polling state of every pipeline with polling enabled. */
export const pollStatusSchema = z.object({
  pipelines: z.array(pipelineSchema),
  total: z.nullish(count),
});

export type PollStatus = Agrees<typeof pollStatusSchema, ApiSchemas['PollStatus']>;

export function fetchPollStatus(signal?: AbortSignal): Promise<PollStatus> {
  return apiGet({ path: '/api/v1/pipelines/poll', schema: pollStatusSchema, signal });
}

export const pollStatusQuery = (pollMs: number | false) =>
  queryOptions({
    queryKey: ['poll'],
    queryFn: ({ signal }) => fetchPollStatus(signal),
    refetchInterval: (query) => pollDelay(query, pollMs),
  });

export function usePollStatus(enabled = true) {
  return useQuery({ ...pollStatusQuery(usePollInterval('list')), enabled });
}
