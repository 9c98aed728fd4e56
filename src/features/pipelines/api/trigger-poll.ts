import { useMutation, useQueryClient } from '@tanstack/react-query';
import { showToast } from '@/lib/toast';
import * as z from 'zod/mini';
import type { Agrees } from '@/lib/contract';
import type { ApiSchemas } from '@/api';
import { apiSend } from '@/lib/api-client';
import { countOf } from '@/lib/format';
import { count } from '@/lib/schema';

/** 001: one manual polling cycle. The message is the API's; the counts back it up when it has none. */
export const pollCycleSchema = z.object({
  message: z.nullish(z.string()),
  checked: z.nullish(count),
  triggered: z.nullish(count),
});

export type PollCycle = Agrees<typeof pollCycleSchema, ApiSchemas['PollCycleResult']>;

export async function triggerPollCycle(): Promise<PollCycle> {
  return (await apiSend({ method: 'POST', path: '/api/v1/pipelines/poll', schema: pollCycleSchema })).data;
}

/**
 * With both counts, our own sentence: 001's message reads "triggered 1 runs". Without them,
 * the API's message, which is all there is.
 */
export function pollCycleMessage(result: PollCycle): string {
  const { checked, triggered } = result;
  if (checked !== null && checked !== undefined && triggered !== null && triggered !== undefined)
    return `Polling cycle complete: checked ${countOf(checked, 'pipeline')}, triggered ${countOf(triggered, 'run')}.`;
  return result.message?.trim() || 'Polling cycle complete.';
}

export function useTriggerPollCycle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: triggerPollCycle,
    // The button shows a refusal (a viewer's 403) beside itself, in the API's words; no second toast.
    meta: { toast: false },
    onSuccess: async (result) => {
      showToast('message', pollCycleMessage(result));
      // A cycle can start runs anywhere: every pipeline query (list, one pipeline, its runs) is stale.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['pipelines'] }),
        queryClient.invalidateQueries({ queryKey: ['poll'] }),
      ]);
    },
  });
}
