import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import type { Agrees } from '@/lib/contract';
import type { ApiSchemas } from '@/api';
import { apiGet } from '@/lib/api-client';
import { runKeys, runPath } from './run-keys';
import {
  loadStrategySchema,
  logSchema,
  optionalCount,
  orUndefined,
  runMetadataSchema,
  runStatusSchema,
} from './schemas';

/** GET /api/v1/pipelines/{id}/runs/{runId} (added by DESIGN.md): where the retry lineage lives. */
export const runSchema = z.object({
  id: z.string(),
  pipelineId: z.string(),
  status: runStatusSchema,
  loadStrategy: orUndefined(loadStrategySchema),
  startedAt: orUndefined(z.string()),
  durationMs: optionalCount,
  totalRows: optionalCount,
  processedRows: optionalCount,
  failedRows: optionalCount,
  metadata: runMetadataSchema,
  log: logSchema,
});

export type Run = Agrees<typeof runSchema, ApiSchemas['Run']>;

export function fetchRun(pipelineId: string, runId: string, signal?: AbortSignal): Promise<Run> {
  return apiGet({ path: runPath(pipelineId, runId), schema: runSchema, signal });
}

/**
 * The run record changes little (its live numbers come from /progress), so it is not
 * polled: the page invalidates it when the run ends.
 */
export const runQuery = (pipelineId: string, runId: string) =>
  queryOptions({
    queryKey: runKeys.run(pipelineId, runId),
    queryFn: ({ signal }) => fetchRun(pipelineId, runId, signal),
    staleTime: 60_000,
  });

export function useRun<T = Run>(pipelineId: string, runId: string, select?: (run: Run) => T) {
  return useQuery({ ...runQuery(pipelineId, runId), select });
}
