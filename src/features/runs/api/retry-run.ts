import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiSchemas } from '@/api';
import { apiSend } from '@/lib/api-client';
import type { Agrees } from '@/lib/contract';
import { runSchema } from './get-run';
import { runKeys, runPath } from './run-keys';

/** POST …/runs/{runId}/retry (001) answers 201 with the new run (startedAt may be absent). */
export const retryResponseSchema = runSchema;

export type RetriedRun = Agrees<typeof retryResponseSchema, ApiSchemas['Run']>;

/**
 * `idempotencyKey` is made once per confirmation: should the request be sent twice (a
 * flaky network, a double submit), the API makes one run.
 */
export async function retryRun(pipelineId: string, runId: string, idempotencyKey: string): Promise<RetriedRun> {
  const { data } = await apiSend({
    method: 'POST',
    path: `${runPath(pipelineId, runId)}/retry`,
    schema: retryResponseSchema,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
  return data;
}

export function useRetryRun(pipelineId: string, runId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (idempotencyKey: string) => retryRun(pipelineId, runId, idempotencyKey),
    // 403 / 404 / 422 are shown in the confirmation dialog in the API's words.
    meta: { toast: false },
    onSuccess: (run) => {
      // Not awaited: the page moves to the new run at once; lists refresh behind it.
      void queryClient.invalidateQueries({ queryKey: runKeys.all(pipelineId) });
      void queryClient.invalidateQueries({ queryKey: ['pipelines'] });
      // The new run's page shows its lineage at once, before its own GET answers. Marked stale
      // (updatedAt 0) so that GET is still made: the retry answer has no startedAt (001).
      queryClient.setQueryData(runKeys.run(pipelineId, run.id), run, { updatedAt: 0 });
    },
  });
}
