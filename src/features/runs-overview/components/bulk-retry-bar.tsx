import { errorMessage } from '@/lib/api-error';
import { formatCount } from '@/lib/format';
import { retryLabel } from './bulk-retry-dialog';

interface Props {
  /** Why this role cannot retry, or null when it can. */
  roleReason: string | null;
  selectedCount: number;
  retryableInView: number;
  /** "Select all" is reading the runs it selects (from the API when the list is paged). */
  selecting: boolean;
  /** Why the last "select all" could not read them, or null. */
  selectProblem: unknown;
  running: boolean;
  onSelectAll: () => void;
  onClear: () => void;
  onRetry: () => void;
}

const BUTTON =
  'h-8 rounded border border-slate-300 px-3 text-sm font-medium hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-run disabled:cursor-not-allowed disabled:opacity-50 dark:border-slate-700 dark:hover:bg-slate-900';

/** Selection and "Retry N runs" for admins and editors; for viewers, only why there is none. */
export function BulkRetryBar({
  roleReason,
  selectedCount,
  retryableInView,
  selecting,
  selectProblem,
  running,
  onSelectAll,
  onClear,
  onRetry,
}: Props) {
  if (roleReason !== null) {
    return (
      <p className="text-xs text-slate-600 dark:text-slate-400">{roleReason} Retrying runs needs one of those roles.</p>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-2">
      <button
        type="button"
        className={BUTTON}
        onClick={onSelectAll}
        disabled={retryableInView === 0 || selecting}
        aria-busy={selecting}
      >
        Select all retryable in view ({formatCount(retryableInView)})
      </button>
      {selectedCount > 0 ? (
        <button type="button" className={BUTTON} onClick={onClear}>
          Clear selection
        </button>
      ) : null}
      <button
        type="button"
        onClick={onRetry}
        disabled={selectedCount === 0 || running}
        className="h-8 rounded bg-run px-3 text-sm font-medium text-white hover:bg-run/90 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-run disabled:cursor-not-allowed disabled:bg-slate-200 disabled:text-slate-500 dark:disabled:bg-slate-800 dark:disabled:text-slate-400"
      >
        {retryLabel(selectedCount)}
      </button>
      {selecting ? <span className="text-xs text-slate-600 dark:text-slate-400">Selecting…</span> : null}
      {running ? <span className="text-xs text-slate-600 dark:text-slate-400">A retry batch is running…</span> : null}
      {selectProblem && !selecting ? (
        <p role="alert" className="basis-full text-xs text-orange-800 dark:text-fail">
          Could not select the runs: {errorMessage(selectProblem)}
        </p>
      ) : null}
    </div>
  );
}
