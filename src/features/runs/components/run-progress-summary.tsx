import { ProgressBar } from '@/components/ui/progress-bar';
import { formatCount } from '@/lib/format';
import { runStatusLook } from '@/lib/status-tone';
import { useRunProgress, type RunProgress } from '../api/get-run-progress';
import { runPercent } from '../lib/run-summary';

const selectOverall = (progress: RunProgress) => ({
  status: progress.status,
  totalRows: progress.totalRows,
  processedRows: progress.processedRows,
});

/** The overall "Run progress" bar: processed of total rows. */
export function RunProgressSummary({ pipelineId, runId }: { pipelineId: string; runId: string }) {
  const facts = useRunProgress(pipelineId, runId, selectOverall).data;
  // Until the first answer the progress is unknown, not 0 %: no value for a screen reader or a screenshot.
  const value = facts ? runPercent(facts.processedRows, facts.totalRows) : null;
  const rowsText = `${formatCount(facts?.processedRows)} of ${formatCount(facts?.totalRows)} rows`;
  const percentText = value === null ? '—' : `${value}%`;
  const tone = facts ? runStatusLook(facts.status).tone : 'wait';
  return (
    <div className="space-y-1.5">
      <div className="flex items-baseline justify-between gap-3 text-sm">
        <span className="font-medium">Run progress</span>
        <span className="tabular-nums text-slate-600 dark:text-slate-300">
          {rowsText} · <span className="font-semibold text-slate-900 dark:text-slate-100">{percentText}</span>
        </span>
      </div>
      <ProgressBar
        label="Run progress"
        value={value}
        tone={tone === 'unknown' ? 'run' : tone}
        valueText={value === null ? 'Loading the run’s progress' : `${value}%, ${rowsText}`}
        className="h-3"
      />
    </div>
  );
}
