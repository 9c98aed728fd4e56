import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import type { Agrees } from '@/lib/contract';
import type { ApiSchemas } from '@/api';
import { usePollInterval } from '@/hooks/use-poll-interval';
import { apiGet } from '@/lib/api-client';
import { pollDelay } from '@/lib/polling';
import { tolerantEnum } from '@/lib/schema';

export const INGESTION_STATUSES = [
  'NOT_STARTED',
  'IN_PROGRESS',
  'SUCCESS',
  'ERROR',
  'PARTIAL_SUCCESS',
  'CANCELLED',
] as const;
export const INGESTION_STEPS = [
  'MANAGED_INGESTION',
  'DATA_SOURCE',
  'FILE_UPDATER',
  'PARSE',
  'TRANSFORM',
  'INGESTION',
  'METADATA_UPDATE',
] as const;

/** 002's ManagedIngestionStatusResponse; an error entry is worth showing even when it lacks a step or job. */
export const ingestionStatusSchema = z.object({
  status: tolerantEnum(INGESTION_STATUSES),
  deployment_date: z.nullish(z.string()),
  effective_at: z.nullish(z.string()),
  job_id: z.nullish(z.string()),
  error: z.nullish(
    z.array(
      z.object({
        step: z.nullish(tolerantEnum(INGESTION_STEPS)),
        job_id: z.nullish(z.string()),
        message: z.string(),
      }),
    ),
  ),
});

export type IngestionStatus = Agrees<typeof ingestionStatusSchema, ApiSchemas['IngestionStatus']>;
export type IngestionError = NonNullable<IngestionStatus['error']>[number];

export function fetchIngestionStatus(pipelineId: string, signal?: AbortSignal): Promise<IngestionStatus> {
  // full_details: the page lists every step error, not the API's short default list.
  return apiGet({
    path: `/api/v1/pipelines/${encodeURIComponent(pipelineId)}/status`,
    query: { full_details: 'true' },
    schema: ingestionStatusSchema,
    signal,
  });
}

export const ingestionStatusQuery = (pipelineId: string, pollMs: number | false) =>
  queryOptions({
    queryKey: ['pipelines', pipelineId, 'status'],
    queryFn: ({ signal }) => fetchIngestionStatus(pipelineId, signal),
    refetchInterval: (query) => pollDelay(query, pollMs),
  });

export function useIngestionStatus(pipelineId: string) {
  return useQuery(ingestionStatusQuery(pipelineId, usePollInterval('slow')));
}
