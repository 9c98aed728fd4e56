import { useMemo } from 'react';
import { Link } from 'react-router';
import { ShowMoreButton, useFirstItems } from '@/components/ui/show-more';
import { isApiError } from '@/lib/api-error';
import { countOf, formatCount } from '@/lib/format';
import { runPagePath } from '@/lib/app-paths';
import type { BulkOutcome } from '../hooks/use-bulk-retry';

interface Props {
  outcomes: readonly BulkOutcome[];
  running: boolean;
  onDismiss: () => void;
}

/** "HTTP 422 · the API's own message", or what went wrong on the way. */
function failureText(error: unknown): string {
  const message = error instanceof Error ? error.message : 'Something went wrong.';
  return isApiError(error) && error.status ? `HTTP ${error.status}: ${message}` : message;
}

/** Results listed at first: a batch can retry thousands of runs. */
export const RESULTS_SHOWN = 100;

const notRetried = (o: BulkOutcome) => o.state === 'failed' || o.state === 'skipped';

/**
 * Per run of the last bulk retry: the new run (a link named by its id), or why there is none.
 * The runs that were not retried come first: they are what the first screen of a long list shows.
 */
export function BulkRetryResults({ outcomes, running, onDismiss }: Props) {
  const done = outcomes.filter((o) => o.state !== 'queued' && o.state !== 'sending').length;
  const created = outcomes.filter((o) => o.state === 'created').length;
  const ordered = useMemo(
    () => [...outcomes.filter(notRetried), ...outcomes.filter((o) => !notRetried(o))],
    [outcomes],
  );
  const { shown, hidden, showMore } = useFirstItems(ordered, RESULTS_SHOWN);
  return (
    <section
      aria-label="Retry results"
      className="rounded border border-slate-200 p-3 text-sm dark:border-slate-800"
      aria-busy={running}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="font-semibold">Retry results</h2>
        <p className="text-xs text-slate-600 dark:text-slate-400" aria-live="polite">
          {running
            ? `${formatCount(done)} of ${formatCount(outcomes.length)} done…`
            : `${formatCount(created)} of ${countOf(outcomes.length, 'run')} retried`}
        </p>
        {running ? null : (
          <button
            type="button"
            onClick={onDismiss}
            className="h-7 rounded px-2 text-xs text-run hover:bg-run/10 focus-visible:outline-2 focus-visible:outline-run dark:text-info"
          >
            Dismiss results
          </button>
        )}
      </div>
      <ul className="mt-2 divide-y divide-slate-100 dark:divide-slate-800">
        {shown.map((outcome) => (
          <li
            key={`${outcome.job.pipelineId}/${outcome.job.runId}`}
            className="flex flex-wrap items-baseline gap-x-2 py-1.5"
          >
            <code className="font-mono text-xs">{outcome.job.runId}</code>
            <OutcomeText outcome={outcome} />
          </li>
        ))}
      </ul>
      <ShowMoreButton hidden={hidden} pageSize={RESULTS_SHOWN} noun="results" onClick={showMore} />
    </section>
  );
}

function OutcomeText({ outcome }: { outcome: BulkOutcome }) {
  switch (outcome.state) {
    case 'queued':
      return <span className="text-slate-600 dark:text-slate-400">waiting…</span>;
    case 'sending':
      return <span className="text-slate-600 dark:text-slate-400">sending…</span>;
    case 'created':
      return (
        <span>
          → new run{' '}
          <Link
            to={runPagePath(outcome.run.pipelineId, outcome.run.id)}
            className="font-mono text-xs text-run hover:underline dark:text-info"
          >
            {outcome.run.id}
          </Link>
        </span>
      );
    case 'skipped':
      return <span className="text-amber-700 dark:text-warn">skipped: {outcome.reason}</span>;
    case 'failed':
      return (
        <span className="break-words text-orange-800 dark:text-fail">not retried: {failureText(outcome.error)}</span>
      );
  }
}
