import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import type { Agrees } from '@/lib/contract';
import type { ApiSchemas } from '@/api';
import { usePollInterval } from '@/hooks/use-poll-interval';
import { apiSend } from '@/lib/api-client';
import { int64, tolerantEnum } from '@/lib/schema';

/**
 * 000: GET /v0/pipelines/{pipeline_name}/completion_status?token=. 200 means complete,
 * 202 still in progress; 400 / 404 / 410 / 500 / 503 arrive as ApiError.
 */
export const COMPLETION_STATUSES = ['complete', 'inprogress'] as const;

export const completionBodySchema = z.object({
  status: z.optional(tolerantEnum(COMPLETION_STATUSES)),
  step: z.nullish(int64),
});

export type CompletionBody = Agrees<typeof completionBodySchema, ApiSchemas['CompletionStatus']>;

export interface CompletionStatus {
  status: (typeof COMPLETION_STATUSES)[number] | (string & {});
  /** The last step holding the token's records, once they are all processed. */
  step: bigint | null;
}

export async function fetchCompletionStatus(
  pipelineName: string,
  token: string,
  signal?: AbortSignal,
): Promise<CompletionStatus> {
  const { data, status } = await apiSend({
    path: `/v0/pipelines/${encodeURIComponent(pipelineName)}/completion_status`,
    query: { token },
    schema: completionBodySchema,
    signal,
  });
  // The seed marks the body's status optional; the HTTP status says the same thing.
  return { status: data.status ?? (status === 202 ? 'inprogress' : 'complete'), step: data.step ?? null };
}

export const completionStatusQuery = (pipelineName: string, token: string, pollMs: number | false) =>
  queryOptions({
    queryKey: ['completion', pipelineName, token],
    queryFn: ({ signal }) => fetchCompletionStatus(pipelineName, token, signal),
    enabled: token !== '',
    staleTime: 0,
    // Its 3 s re-check has its own countdown; the page's polling pace (top bar) stays the page's.
    meta: { pagePolling: false },
    // Only an answer of "in progress" can still change; errors that reach here are final (4xx, malformed).
    refetchInterval: (query) =>
      query.state.status === 'success' && query.state.data?.status === 'inprogress' ? pollMs : false,
  });

export function useCompletionStatus(pipelineName: string, token: string) {
  const pollMs = usePollInterval('completion');
  return { query: useQuery(completionStatusQuery(pipelineName, token, pollMs)), pollMs };
}
