import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useRunProgress, type RunProgress } from '../api/get-run-progress';
import { addSample, currentRate, type ProgressSample } from '../lib/throughput';

const selectCounts = (progress: RunProgress) => ({
  processedRows: progress.processedRows,
  durationMs: progress.durationMs,
});

/**
 * One history per run, outside React, so the header's ETA estimate and the throughput
 * chart read the same samples however many components ask. A sample is taken when the
 * counts change (a poll that changed nothing re-renders nothing); recording the same
 * counts again is a no-op. Only the last few runs are kept. The histories belong to the
 * QueryClient whose answers they sample: the app has one; each test renders with its own,
 * and so starts with no samples left by another.
 */
const historiesByClient = new WeakMap<QueryClient, Map<string, ProgressSample[]>>();
const MAX_RUNS = 10;

function historiesOf(client: QueryClient): Map<string, ProgressSample[]> {
  let histories = historiesByClient.get(client);
  if (!histories) historiesByClient.set(client, (histories = new Map()));
  return histories;
}

function record(
  histories: Map<string, ProgressSample[]>,
  key: string,
  processedRows: number,
  elapsedMs: number | undefined,
): ProgressSample[] {
  const samples = histories.get(key) ?? [];
  const last = samples[samples.length - 1];
  if (last && last.processedRows === processedRows && last.elapsedMs === elapsedMs) return samples;
  const next = addSample(samples, { at: Date.now(), elapsedMs, processedRows });
  histories.delete(key);
  histories.set(key, next);
  if (histories.size > MAX_RUNS) histories.delete(histories.keys().next().value as string);
  return next;
}

export function useThroughput(
  pipelineId: string,
  runId: string,
): { samples: ProgressSample[]; rowsPerSecond: number | null } {
  const histories = historiesOf(useQueryClient());
  const counts = useRunProgress(pipelineId, runId, selectCounts).data;
  const key = `${pipelineId}/${runId}`;
  const processedRows = counts?.processedRows;
  const durationMs = counts?.durationMs;
  return useMemo(() => {
    if (processedRows === undefined) return { samples: [], rowsPerSecond: null };
    const samples = record(histories, key, processedRows, durationMs);
    return { samples, rowsPerSecond: currentRate(samples) };
  }, [histories, key, processedRows, durationMs]);
}
