import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import type { Agrees } from '@/lib/contract';
import type { ApiSchemas } from '@/api';
import { usePollInterval } from '@/hooks/use-poll-interval';
import { apiGet } from '@/lib/api-client';
import { isApiError } from '@/lib/api-error';
import { pollDelay } from '@/lib/polling';
import { count } from '@/lib/schema';
import { runKeys } from './run-keys';
import { listOf, text } from './schemas';

const countOr0 = z.pipe(
  z.nullish(count),
  z.transform((value: number | null | undefined) => value ?? 0),
);

export const phaseSchema = z.object({
  phaseId: z.string(),
  name: text,
  type: text,
  /** "pipeline" for phases that run once for the whole run (assembly); their counters are approximate. */
  scope: text,
  status: text,
  completed: countOr0,
  running: countOr0,
  pending: countOr0,
  errors: countOr0,
});

export type Phase = Agrees<typeof phaseSchema, ApiSchemas['Phase']>;

export const documentErrorSchema = z.object({
  pipelineDocumentId: text,
  documentId: text,
  /** Null or absent: the document failed before reaching any phase. */
  phase: text,
  message: text,
});

export type DocumentError = Agrees<typeof documentErrorSchema, ApiSchemas['DocumentError']>;

/** GET /v1/pipelines/{runId}/progress (003): a run's phases, addressed by run id. */
export const runPhasesSchema = z.object({
  status: text,
  totalDocuments: countOr0,
  completedDocuments: countOr0,
  errorDocuments: countOr0,
  phases: listOf(phaseSchema),
  errors: listOf(documentErrorSchema),
});

/** Asked for by run id, the page has its pipeline already: `pipelineId` is left unread. */
export type RunPhases = Agrees<typeof runPhasesSchema, ApiSchemas['RunPhases'], 'pipelineId'>;

/** null when the API answers 404: the run reports no phases, which is not an error. */
export async function fetchRunPhases(runId: string, signal?: AbortSignal): Promise<RunPhases | null> {
  try {
    return await apiGet({
      path: `/v1/pipelines/${encodeURIComponent(runId)}/progress`,
      schema: runPhasesSchema,
      signal,
    });
  } catch (error) {
    if (isApiError(error) && error.kind === 'http' && error.status === 404) return null;
    throw error;
  }
}

/**
 * Polls with the run's progress: until the run has ended (the caller knows, from 001's
 * status) or the API has said the run has no phases.
 */
export const runPhasesQuery = (pipelineId: string, runId: string, pollMs: number | false, runEnded: boolean) =>
  queryOptions({
    queryKey: runKeys.phases(pipelineId, runId),
    queryFn: ({ signal }) => fetchRunPhases(runId, signal),
    refetchInterval: (query) => (runEnded || query.state.data === null ? false : pollDelay(query, pollMs)),
  });

export function useRunPhases(pipelineId: string, runId: string, runEnded: boolean) {
  const pollMs = usePollInterval('run');
  return useQuery(runPhasesQuery(pipelineId, runId, pollMs, runEnded));
}
