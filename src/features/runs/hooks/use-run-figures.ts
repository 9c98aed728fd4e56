import { parseTime } from '@/lib/format';
import { isTerminalRunStatus } from '@/lib/polling';
import { useRun, type Run } from '../api/get-run';
import { useRunProgressPolling, type RunProgress } from '../api/get-run-progress';

export interface RunFigures {
  status: string | undefined;
  loadStrategy: string | undefined;
  startedAt: string | undefined;
  durationMs: number | undefined;
  processedRows: number | undefined;
  totalRows: number | undefined;
  failedRows: number | undefined;
  skippedRows: number | undefined;
  eta: string | null;
  /** ISO time the run ended, once it has. */
  endedAt: string | undefined;
  resumeFromRow: number | undefined;
  retryOf: string | null;
}

const selectProgress = (p: RunProgress) => ({
  status: p.status,
  loadStrategy: p.loadStrategy,
  durationMs: p.durationMs,
  processedRows: p.processedRows,
  totalRows: p.totalRows,
  failedRows: p.failedRows,
  skippedRows: p.skippedRows,
  eta: p.eta,
  partitions: p.partitionDetails,
});

const selectRun = (r: Run) => r;

/**
 * One run's figures for the compare page: the progress answer (polled while the run is
 * live), filled in from the run record where progress does not say (start, lineage).
 */
export function useRunFigures(pipelineId: string, runId: string) {
  const progress = useRunProgressPolling(pipelineId, runId, selectProgress);
  const run = useRun(pipelineId, runId, selectRun);
  const p = progress.data;
  const r = run.data;
  const status = p?.status || r?.status || undefined;
  const startedAt = r?.startedAt;
  const durationMs = p?.durationMs ?? r?.durationMs;
  const start = parseTime(startedAt);
  const figures: RunFigures | undefined =
    p || r
      ? {
          status,
          loadStrategy: p?.loadStrategy ?? r?.loadStrategy,
          startedAt,
          durationMs,
          processedRows: p?.processedRows ?? r?.processedRows,
          totalRows: p?.totalRows ?? r?.totalRows,
          failedRows: p?.failedRows ?? r?.failedRows,
          skippedRows: p?.skippedRows,
          eta: p?.eta ?? null,
          endedAt:
            isTerminalRunStatus(status) && start !== null && durationMs !== undefined
              ? new Date(start + durationMs).toISOString()
              : undefined,
          resumeFromRow: r?.metadata?.resumeFromRow,
          retryOf: r?.metadata?.retryOf ?? null,
        }
      : undefined;
  return {
    figures,
    partitions: p?.partitions,
    live: status !== undefined && !isTerminalRunStatus(status),
    run: r,
    error: run.error ?? progress.error,
    loading: !p && !r && !run.error && !progress.error,
  };
}
