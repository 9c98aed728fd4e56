import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import type { Agrees } from '@/lib/contract';
import type { ApiSchemas } from '@/api';
import { usePollInterval } from '@/hooks/use-poll-interval';
import { apiGet } from '@/lib/api-client';
import { pollDelay } from '@/lib/polling';
import { count, tolerantEnum } from '@/lib/schema';
import { LOAD_STRATEGIES, RUN_STATUSES } from '@/features/runs/api/schemas';

/** A run in a pipeline's list: 001's retry shape plus times and row counts, all optional but the identity. */
export const runSummarySchema = z.object({
  id: z.string(),
  pipelineId: z.string(),
  status: tolerantEnum(RUN_STATUSES),
  loadStrategy: tolerantEnum(LOAD_STRATEGIES),
  startedAt: z.string(),
  durationMs: z.nullish(count),
  totalRows: z.nullish(count),
  processedRows: z.nullish(count),
  failedRows: z.nullish(count),
  metadata: z.nullish(
    z.object({
      retryOf: z.nullish(z.string()),
      resumeFromRow: z.nullish(count),
      resumable: z.nullish(z.boolean()),
    }),
  ),
});

const runsSchema = z.object({
  runs: z.array(runSummarySchema),
  total: z.nullish(count),
});

/** A run as the list sends it (startedAt always there). The list does not read each run's log: the run page does. */
export type RunSummary = Agrees<typeof runSummarySchema, ApiSchemas['RunList']['runs'][number], 'log'>;
export type RunList = Agrees<typeof runsSchema, ApiSchemas['RunList'], 'log'>;

export async function fetchPipelineRuns(pipelineId: string, signal?: AbortSignal): Promise<RunSummary[]> {
  const body = await apiGet({
    path: `/api/v1/pipelines/${encodeURIComponent(pipelineId)}/runs`,
    schema: runsSchema,
    signal,
  });
  return body.runs;
}

export const pipelineRunsQuery = (pipelineId: string, pollMs: number | false) =>
  queryOptions({
    queryKey: ['pipelines', pipelineId, 'runs'],
    queryFn: ({ signal }) => fetchPipelineRuns(pipelineId, signal),
    refetchInterval: (query) => pollDelay(query, pollMs),
  });

export function usePipelineRuns(pipelineId: string) {
  return useQuery(pipelineRunsQuery(pipelineId, usePollInterval('list')));
}
