import { lazy, Suspense, useId, useMemo } from 'react';
import { Link } from 'react-router';
import { WidgetBoundary } from '@/components/ui/widget-boundary';
import { runPagePath } from '@/lib/app-paths';
import { formatCount, formatDuration } from '@/lib/format';
import type { RunSummary } from '../api/get-pipeline-runs';
import { recentRunsChartData, type RunChartPoint } from '../utils/run-history';

const RecentRunsChart = lazy(async () => ({ default: (await import('./recent-runs-chart')).RecentRunsChart }));

const CHART_RUNS = 20;

/** One sentence a screen reader (or a glance) can take instead of the picture. */
export function describeRecentRuns(points: readonly RunChartPoint[]): string {
  if (points.length === 0) return 'No runs yet.';
  const failed = points.reduce((sum, p) => sum + p.failed, 0);
  const busiest = points.reduce((a, b) => (b.processed > a.processed ? b : a));
  // A live run's duration is still growing: it cannot be the longest yet.
  const durations = points.filter((p) => p.durationS !== null && !p.live);
  const longest = durations.length
    ? durations.reduce((a, b) => ((b.durationS ?? 0) > (a.durationS ?? 0) ? b : a))
    : null;
  return [
    `Last ${points.length === 1 ? 'run' : `${points.length} runs`}: ${formatCount(failed)} failed rows in all.`,
    `Most rows processed: ${formatCount(busiest.processed)} (${busiest.id}).`,
    longest ? `Longest: ${formatDuration((longest.durationS ?? 0) * 1000)} (${longest.id}).` : null,
  ]
    .filter(Boolean)
    .join(' ');
}

/** Recent runs as a chart, with its text alternative: a sentence for everyone, the numbers as a table for screen readers. */
export function RecentRunsPanel({ runs }: { runs: readonly RunSummary[] }) {
  const headingId = useId();
  const descriptionId = useId();
  const points = useMemo(() => recentRunsChartData(runs, CHART_RUNS), [runs]);
  if (points.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="rounded border border-slate-200 p-3 dark:border-slate-800">
      <h2 id={headingId} className="text-sm font-semibold">
        Recent runs
      </h2>
      <p id={descriptionId} className="mt-0.5 text-xs text-slate-600 dark:text-slate-400">
        {describeRecentRuns(points)}
      </p>
      <div
        role="img"
        aria-label="Chart of processed rows, failed rows and duration per run"
        aria-describedby={descriptionId}
        className="mt-2 min-h-48 text-slate-500 dark:text-slate-400"
      >
        <WidgetBoundary title="The chart">
          <Suspense
            fallback={
              // The same two boxes the charts fill, so nothing moves when recharts arrives.
              <div className="grid gap-3 md:grid-cols-[3fr_2fr]">
                <div className="h-48" />
                <div className="h-48" />
              </div>
            }
          >
            <RecentRunsChart points={points} />
          </Suspense>
        </WidgetBoundary>
      </div>
      {/* The wrapper hides it: a table will not shrink to sr-only's 1px and would widen the page. */}
      <div className="sr-only">
        <table>
          <caption>Recent runs, oldest first</caption>
          <thead>
            <tr>
              <th scope="col">Run</th>
              <th scope="col">Processed rows</th>
              <th scope="col">Failed rows</th>
              <th scope="col">Duration</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.id}>
                <th scope="row">
                  <Link to={runPagePath(p.pipelineId, p.id)}>{p.id}</Link>
                </th>
                <td>{formatCount(p.processed)}</td>
                <td>{formatCount(p.failed)}</td>
                <td>{p.durationS === null ? '—' : formatDuration(p.durationS * 1000)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
