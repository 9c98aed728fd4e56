import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import type { ApiSchemas } from '@/api';
import { usePollInterval } from '@/hooks/use-poll-interval';
import { apiGet } from '@/lib/api-client';
import type { Agrees } from '@/lib/contract';
import { pollDelay } from '@/lib/polling';
import { int64 } from '@/lib/schema';

/**
 * 004: GET /v0/pipelines/{pipeline_name}/checkpoints. As Feldera types it, only uuid
 * and fingerprint (u64) are required; the rest may be absent or null, and every
 * integer may exceed 2^53, so all of them stay bigint.
 */
export const checkpointSchema = z.object({
  uuid: z.string(),
  fingerprint: int64,
  identifier: z.nullish(z.string()),
  size: z.nullish(int64),
  steps: z.nullish(int64),
  processed_records: z.nullish(int64),
});

export const checkpointsSchema = z.array(checkpointSchema);

export type Checkpoint = Agrees<typeof checkpointSchema, ApiSchemas['Checkpoint']>;

export function checkpointsPath(pipelineName: string): string {
  return `/v0/pipelines/${encodeURIComponent(pipelineName)}/checkpoints`;
}

export function fetchCheckpoints(pipelineName: string, signal?: AbortSignal): Promise<Checkpoint[]> {
  return apiGet({ path: checkpointsPath(pipelineName), schema: checkpointsSchema, signal });
}

export const checkpointsQuery = (pipelineName: string, pollMs: number | false) =>
  queryOptions({
    queryKey: ['checkpoints', pipelineName],
    queryFn: ({ signal }) => fetchCheckpoints(pipelineName, signal),
    refetchInterval: (query) => pollDelay(query, pollMs),
  });

export function useCheckpoints(pipelineName: string) {
  const pollMs = usePollInterval('slow');
  return useQuery(checkpointsQuery(pipelineName, pollMs));
}
