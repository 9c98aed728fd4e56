import { useRef, useState, type MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { ModalDialog } from '@/components/ui/modal-dialog';
import { WarnNote } from '@/components/ui/warn-note';
import { formatCount } from '@/lib/format';
import { useRetryRun } from '../api/retry-run';
import { useRunRetries } from '../hooks/use-run-retries';
import { useRunStatus } from '../hooks/use-run-status';
import { alreadyRetriedNote, resumeRowForRetry } from '../lib/run-summary';
import { runPagePath } from '@/lib/app-paths';

interface Props {
  pipelineId: string;
  runId: string;
  loadStrategy: string | undefined;
  processedRows: number | undefined;
  totalRows: number | undefined;
  onClose: () => void;
}

/**
 * Says what the retry will do and sends it once. Mounted per confirmation, so each
 * confirmation has its own Idempotency-Key; clicking again after a failure reuses it,
 * so the API cannot make two runs of one intention.
 */
export function RetryRunDialog({ pipelineId, runId, loadStrategy, processedRows, totalRows, onClose }: Props) {
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const sent = useRef(false);
  const retry = useRetryRun(pipelineId, runId);
  const navigate = useNavigate();
  // Mounting asks for the run list again, so a retry someone else made meanwhile is told too.
  const retries = useRunRetries(pipelineId, runId, useRunStatus(pipelineId, runId).status);
  const retriedNote = alreadyRetriedNote(runId, retries);
  const resumeRow = resumeRowForRetry(loadStrategy, processedRows);
  const confirmLabel = resumeRow === null ? 'Re-run from the beginning' : `Resume from row ${formatCount(resumeRow)}`;

  function confirm(event: MouseEvent<HTMLButtonElement>) {
    // The second press of the double click that opened this dialog is no confirmation.
    if (event.detail > 1) return;
    // A second click before React has re-rendered the disabled button must not send again.
    if (sent.current) return;
    sent.current = true;
    retry.mutate(idempotencyKey, {
      onSuccess: (run) => navigate(runPagePath(run.pipelineId, run.id)),
      onError: () => {
        sent.current = false;
      },
    });
  }

  return (
    <ModalDialog open title={`Retry run ${runId}?`} onClose={() => !retry.isPending && onClose()}>
      <div className="space-y-3 text-sm break-words">
        {retriedNote ? <WarnNote look="block">{retriedNote}</WarnNote> : null}
        {resumeRow === null ? (
          <p>
            A new run starts a <strong>full re-run from the beginning</strong>: the {loadStrategy ?? 'unknown'} load
            strategy cannot resume, so all {formatCount(totalRows)} rows are loaded again.
          </p>
        ) : (
          <p>
            A new run <strong>resumes from row {formatCount(resumeRow)}</strong>: with {loadStrategy}, the{' '}
            {formatCount(resumeRow)} rows already processed are kept and the remaining{' '}
            {formatCount(totalRows === undefined ? undefined : Math.max(0, totalRows - resumeRow))} are loaded.
          </p>
        )}
        <p className="text-slate-600 dark:text-slate-400">This run stays as it is; the new run links back to it.</p>
        {retry.isError ? <ErrorAlert error={retry.error} title="The retry was not started" /> : null}
        <div className="flex flex-wrap justify-end gap-2 pt-1">
          <button
            type="button"
            onClick={onClose}
            disabled={retry.isPending}
            className="h-8 rounded border border-slate-300 px-3 font-medium hover:bg-slate-100 disabled:opacity-50 dark:border-slate-700 dark:hover:bg-slate-800"
          >
            Cancel
          </button>
          <button
            type="button"
            data-autofocus
            onClick={confirm}
            disabled={retry.isPending || retry.isSuccess}
            aria-busy={retry.isPending}
            className="h-8 rounded bg-run px-3 font-medium text-white hover:bg-run/90 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-run disabled:opacity-60"
          >
            {retry.isPending ? 'Starting…' : confirmLabel}
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
