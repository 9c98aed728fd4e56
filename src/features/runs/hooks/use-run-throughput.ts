import { useRun, type Run } from '../api/get-run';
import { useRunProgress, type RunProgress } from '../api/get-run-progress';
import { runAverage, throughputFigure, type RunAverage, type ThroughputFigure } from '../lib/throughput';
import { useThroughput } from './use-throughput';

const selectAverageFacts = (progress: RunProgress) => ({
  processedRows: progress.processedRows,
  durationMs: progress.durationMs,
});
const selectResumeRow = (run: Run) => run.metadata?.resumeFromRow ?? 0;

/** The run's average over its own rows and time (lib/throughput's runAverage). */
export function useRunAverage(pipelineId: string, runId: string): RunAverage {
  const facts = useRunProgress(pipelineId, runId, selectAverageFacts).data;
  const run = useRun(pipelineId, runId, selectResumeRow);
  // Until the run record says whether rows were carried over, an average could count them.
  // Without a record (its GET failed), the progress is all there is: no resume is assumed.
  const resumeFromRow = run.data ?? (run.isError ? 0 : undefined);
  if (!facts || resumeFromRow === undefined) return { kind: 'unknown' };
  return runAverage({ ...facts, resumeFromRow });
}

/** The run's throughput figure: the same for the header and the throughput panel. */
export function useThroughputFigure(pipelineId: string, runId: string, live: boolean): ThroughputFigure {
  const { rowsPerSecond } = useThroughput(pipelineId, runId);
  const average = useRunAverage(pipelineId, runId);
  return throughputFigure({ live, currentRate: rowsPerSecond, average });
}
