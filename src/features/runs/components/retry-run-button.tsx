import { useId, useState } from 'react';
import { useCurrentUser } from '@/hooks/use-current-user';
import { canRetry } from '@/lib/auth/policy';
import { useRun, type Run } from '../api/get-run';
import { useRunProgress, type RunProgress } from '../api/get-run-progress';
import { RetryRunDialog } from './retry-run-dialog';

const selectRetryFacts = (progress: RunProgress) => ({
  status: progress.status,
  loadStrategy: progress.loadStrategy,
  processedRows: progress.processedRows,
  totalRows: progress.totalRows,
});
const selectRunStatus = (run: Run) => ({ status: run.status, loadStrategy: run.loadStrategy });

/**
 * "Retry run" for admins and editors on a failed run or one completed with errors; for
 * everyone else it is unavailable (aria-disabled, still focusable) and says why (lib/auth/policy).
 * Until the run's status arrives it is unavailable without a reason (a read-only user is told
 * at once). It opens a confirmation that says what the retry will do.
 */
export function RetryRunButton({ pipelineId, runId }: { pipelineId: string; runId: string }) {
  const user = useCurrentUser();
  const progress = useRunProgress(pipelineId, runId, selectRetryFacts).data;
  const run = useRun(pipelineId, runId, selectRunStatus).data;
  const [open, setOpen] = useState(false);
  const reasonId = useId();
  const permission = canRetry(user, { status: progress?.status ?? run?.status });
  return (
    <div className="flex max-w-sm flex-col items-end gap-1">
      <button
        type="button"
        // aria-disabled, not disabled: it keeps keyboard focus, so the reason (its description) is reached.
        aria-disabled={!permission.allowed || undefined}
        aria-describedby={permission.reason ? reasonId : undefined}
        onClick={() => {
          if (permission.allowed) setOpen(true);
        }}
        className="inline-flex h-8 items-center gap-1.5 rounded bg-run px-3 text-sm font-medium text-white hover:bg-run/90 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-run aria-disabled:cursor-not-allowed aria-disabled:bg-slate-200 aria-disabled:text-slate-600 dark:aria-disabled:bg-slate-800 dark:aria-disabled:text-slate-400"
      >
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
          <path
            d="M3 8a5 5 0 109-3M12 2v3H9"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.6"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        Retry run
      </button>
      {permission.reason ? (
        <p
          id={reasonId}
          className="line-clamp-3 text-right text-xs break-words text-slate-600 dark:text-slate-400"
          title={permission.reason}
        >
          {permission.reason}
        </p>
      ) : null}
      {open ? (
        <RetryRunDialog
          pipelineId={pipelineId}
          runId={runId}
          loadStrategy={progress?.loadStrategy ?? run?.loadStrategy}
          processedRows={progress?.processedRows}
          totalRows={progress?.totalRows}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </div>
  );
}
