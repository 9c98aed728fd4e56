import { useMemo } from 'react';
import { formatCount, formatDuration } from '@/lib/format';
import { useRunProgress, type RunProgress } from '../api/get-run-progress';
import { useThroughput } from '../hooks/use-throughput';
import { ratePoints } from '../lib/throughput';
import { RunPanel } from './run-panel';
import { ThroughputChart } from './throughput-chart';

const CHART_BOX = 'h-28';

const selectAverageFacts = (progress: RunProgress) => ({
  processedRows: progress.processedRows,
  durationMs: progress.durationMs,
});

/**
 * Rows per second, measured between polls while the page is open: a figure and a chart of
 * the last minutes. A run that had already ended when the page opened gets its average only.
 */
export function ThroughputPanel({ pipelineId, runId, live }: { pipelineId: string; runId: string; live: boolean }) {
  const { samples, rowsPerSecond } = useThroughput(pipelineId, runId);
  const average = useRunProgress(pipelineId, runId, selectAverageFacts).data;
  const points = useMemo(() => ratePoints(samples), [samples]);
  const averageRate =
    average?.processedRows !== undefined && average.durationMs
      ? (average.processedRows * 1000) / average.durationMs
      : null;
  return (
    <RunPanel
      title="Throughput"
      actions={
        <span className="text-sm tabular-nums">
          <span className="font-semibold">{rowsPerSecond === null ? '—' : formatCount(rowsPerSecond)}</span>
          <span className="text-slate-600 dark:text-slate-400"> rows/s</span>
        </span>
      }
    >
      {points.length > 1 ? (
        <div className={CHART_BOX} role="img" aria-label="Chart of rows per second over the last minutes">
          <ThroughputChart points={points} />
        </div>
      ) : live ? (
        <p
          className={`${CHART_BOX} flex items-center justify-center rounded border border-dashed border-slate-200 px-3 text-center text-xs text-slate-500 dark:border-slate-700 dark:text-slate-400`}
        >
          Measuring: the chart fills in as polls arrive.
        </p>
      ) : null}
      <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
        {averageRate === null
          ? 'No average yet.'
          : `${live ? '' : 'Run ended. '}Average ${formatCount(averageRate)} rows/s over ${formatDuration(average?.durationMs)} (${formatCount(average?.processedRows)} rows).`}
      </p>
    </RunPanel>
  );
}
