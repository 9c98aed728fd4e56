import { lazy, Suspense, useId } from 'react';
import { WidgetBoundary } from '@/components/ui/widget-boundary';
import type { Checkpoint } from '../api/checkpoints';
import { chartPoints, describeTrend, needsLogScale } from '../utils/checkpoint-stats';

const CheckpointChart = lazy(async () => ({ default: (await import('./checkpoint-chart')).CheckpointChart }));

/** The chart with its text alternative; the text is there before (and without) the chart. */
export function LazyCheckpointChart({ checkpoints }: { checkpoints: readonly Checkpoint[] }) {
  const captionId = useId();
  const descriptionId = useId();
  const points = chartPoints(checkpoints);
  if (points.length < 2) return null;
  const scales = {
    sizeLog: needsLogScale(points.map((p) => p.size)),
    recordsLog: needsLogScale(points.map((p) => p.records)),
  };
  const description = describeTrend(checkpoints);
  return (
    <figure className="rounded border border-slate-200 p-3 dark:border-slate-800">
      <figcaption id={captionId} className="text-xs font-medium text-slate-700 dark:text-slate-300">
        Size and processed records by step
      </figcaption>
      {/* Outside the img role, whose content is hidden from screen readers: a failure must be heard. */}
      <WidgetBoundary title="The chart">
        <div
          role="img"
          aria-labelledby={captionId}
          aria-describedby={descriptionId}
          className="h-48 text-slate-500 dark:text-slate-400"
        >
          <Suspense fallback={null}>
            <CheckpointChart points={points} scales={scales} />
          </Suspense>
        </div>
      </WidgetBoundary>
      <p id={descriptionId} className="mt-1 text-xs text-slate-600 dark:text-slate-400">
        {description}
      </p>
      {scales.sizeLog || scales.recordsLog ? (
        <p className="text-xs text-slate-500 dark:text-slate-400">
          {scales.sizeLog && scales.recordsLog
            ? 'Both scales are'
            : scales.sizeLog
              ? 'The size scale is'
              : 'The records scale is'}{' '}
          logarithmic: the values span many orders of magnitude.
        </p>
      ) : null}
    </figure>
  );
}
