import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import type { Agrees } from '@/lib/contract';
import type { ApiSchemas } from '@/api';
import { usePollInterval } from '@/hooks/use-poll-interval';
import { apiGet } from '@/lib/api-client';
import { count, tolerantEnum } from '@/lib/schema';
import { isTerminalRunStatus, POLL_MS, subjectPollDelay } from '@/lib/polling';
import { runKeys, runPath } from './run-keys';
import {
  listOf,
  loadStrategySchema,
  logSchema,
  optionalCount,
  orNull,
  orUndefined,
  runStatusSchema,
  validationErrorSchema,
} from './schemas';

export const PARTITION_STATUSES = ['pending', 'running', 'completed', 'failed'] as const;

export const partitionSchema = z.object({
  index: count,
  status: tolerantEnum(PARTITION_STATUSES),
  rows: optionalCount,
  /** 0–100 while running; absent for most states. */
  progress: optionalCount,
});

export type Partition = Agrees<typeof partitionSchema, ApiSchemas['PartitionDetail']>;

/** GET /api/v1/pipelines/{id}/runs/{runId}/progress (001). */
export const runProgressSchema = z.object({
  status: runStatusSchema,
  totalRows: optionalCount,
  processedRows: optionalCount,
  failedRows: optionalCount,
  skippedRows: optionalCount,
  partitions: optionalCount,
  completedPartitions: optionalCount,
  partitionDetails: listOf(partitionSchema),
  validationErrors: listOf(validationErrorSchema),
  eta: orNull(z.string()),
  durationMs: optionalCount,
  loadStrategy: orUndefined(loadStrategySchema),
  log: logSchema,
});

export type RunProgress = Agrees<typeof runProgressSchema, ApiSchemas['RunProgress']>;

export function fetchRunProgress(pipelineId: string, runId: string, signal?: AbortSignal): Promise<RunProgress> {
  return apiGet({ path: `${runPath(pipelineId, runId)}/progress`, schema: runProgressSchema, signal });
}

/**
 * Polls while the run may still change (unknown statuses included), backing off while the
 * API fails, and stops once the run has ended or turns out not to exist.
 */
export const runProgressQuery = (pipelineId: string, runId: string, pollMs: number | false) =>
  queryOptions({
    queryKey: runKeys.progress(pipelineId, runId),
    queryFn: ({ signal }) => fetchRunProgress(pipelineId, runId, signal),
    // Widgets that mount after the first answer (the ETA estimate, the retry dialog) read it, not refetch it.
    staleTime: POLL_MS.run / 2,
    // A run that does not exist (404) is not asked again: the page says so instead.
    refetchInterval: (query) =>
      isTerminalRunStatus(query.state.data?.status) ? false : subjectPollDelay(query, pollMs),
  });

/**
 * The one observer that polls a run's progress: the page that shows it (the run page, each
 * run of the compare page) mounts it once, and its widgets only read (useRunProgress).
 * TanStack Query resets each observer's stale timer and poll interval on every update of
 * its query; with the run page's twenty-odd widgets polling each, that was a hundred timers
 * set and cleared per poll, each with a stack trace copied while DevTools records (as
 * Lighthouse does): 30–50 ms of the main thread while the page loaded.
 */
export function useRunProgressPolling<T>(pipelineId: string, runId: string, select: (progress: RunProgress) => T) {
  const pollMs = usePollInterval('run');
  return useQuery({ ...runProgressQuery(pipelineId, runId, pollMs), select });
}

/**
 * Every widget of the run page reads the progress through its own `select`, so a poll
 * re-renders only the widgets whose slice changed (structural sharing keeps the rest
 * identical). It asks for the progress when nothing has yet, and otherwise reads what
 * the page's useRunProgressPolling keeps fresh.
 */
export function useRunProgress<T>(pipelineId: string, runId: string, select: (progress: RunProgress) => T) {
  return useQuery({
    ...runProgressQuery(pipelineId, runId, false),
    staleTime: Infinity,
    refetchInterval: false,
    select,
  });
}
