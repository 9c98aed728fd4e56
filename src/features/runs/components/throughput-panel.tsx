import { useMemo } from 'react';
import { useRunAverage, useThroughputFigure } from '../hooks/use-run-throughput';
import { useThroughput } from '../hooks/use-throughput';
import { averageText, ratePoints } from '../lib/throughput';
import { RunPanel } from './run-panel';
import { ThroughputChart } from './throughput-chart';

const CHART_BOX = 'h-28';

/**
 * Rows per second, measured between polls while the page is open: a figure (the header's
 * too) and a chart of the last minutes, and the run's average over its own rows and time.
 * A run that had already ended when the page opened gets its average only.
 */
export function ThroughputPanel({ pipelineId, runId, live }: { pipelineId: string; runId: string; live: boolean }) {
  const { samples } = useThroughput(pipelineId, runId);
  const figure = useThroughputFigure(pipelineId, runId, live);
  const average = useRunAverage(pipelineId, runId);
  const points = useMemo(() => ratePoints(samples), [samples]);
  return (
    <RunPanel
      title="Throughput"
      actions={
        <span className="text-sm font-semibold tabular-nums" title={figure.meaning}>
          {figure.value}
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
      <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">{averageText(average, live)}</p>
    </RunPanel>
  );
}
