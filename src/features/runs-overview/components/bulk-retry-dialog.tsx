import { ModalDialog } from '@/components/ui/modal-dialog';
import { ShowMoreButton, useFirstItems } from '@/components/ui/show-more';
import { countOf } from '@/lib/format';
import type { RunAcross } from '../api/get-all-runs';
import { retryPlan, runKey } from '../lib/selection';

interface Props {
  runs: readonly RunAcross[];
  onConfirm: () => void;
  onClose: () => void;
}

export function retryLabel(count: number): string {
  return `Retry ${countOf(count, 'run')}`;
}

/** Runs listed at first: "Select all" can put thousands in one confirmation. */
export const RUNS_LISTED = 100;

/** One confirmation for the whole selection: each run and what its retry will do. */
export function BulkRetryDialog({ runs, onConfirm, onClose }: Props) {
  const { shown, hidden, showMore } = useFirstItems(runs, RUNS_LISTED);
  return (
    <ModalDialog open title={`${retryLabel(runs.length)}?`} onClose={onClose}>
      <div className="space-y-3 text-sm">
        <p>
          Each run gets its own new run; the runs themselves stay as they are. Append and upsert runs resume where they
          stopped, replace runs load everything again.
        </p>
        <ul
          aria-label="Runs to retry"
          className="max-h-72 divide-y divide-slate-100 overflow-y-auto rounded border border-slate-200 dark:divide-slate-800 dark:border-slate-700"
        >
          {shown.map((run) => (
            <li key={runKey(run)} className="flex flex-wrap items-baseline justify-between gap-x-3 px-2 py-1.5">
              <span className="min-w-0 break-words">
                <code className="font-mono text-xs">{run.id}</code>{' '}
                <span className="text-slate-600 dark:text-slate-400">{run.pipelineName ?? run.pipelineId}</span>
              </span>
              <span className="font-medium">{retryPlan(run)}</span>
            </li>
          ))}
        </ul>
        <ShowMoreButton hidden={hidden} pageSize={RUNS_LISTED} noun="runs" onClick={showMore} />
        <div className="flex flex-wrap justify-end gap-2 pt-1">
          <button
            type="button"
            onClick={onClose}
            className="h-8 rounded border border-slate-300 px-3 font-medium hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
          >
            Cancel
          </button>
          <button
            type="button"
            data-autofocus
            onClick={onConfirm}
            className="h-8 rounded bg-run px-3 font-medium text-white hover:bg-run/90 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-run"
          >
            {`Confirm: ${retryLabel(runs.length).toLowerCase()}`}
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
