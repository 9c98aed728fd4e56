import { Fragment } from 'react';
import { Link } from 'react-router';
import { RunStatusBadge } from '@/components/ui/run-status-badge';
import { MAX_RETRIES_SHOWN } from '@/features/pipelines/components/run-lineage';
import { runPagePath } from '@/lib/app-paths';
import { formatCount } from '@/lib/format';
import { useRunRetries } from '../hooks/use-run-retries';
import { useRunStatus } from '../hooks/use-run-status';

/**
 * "Retried by run_002 (Running)": the original run's half of the retry lineage, each retry a
 * link with its status, so an operator on the failed run sees at once that it was taken care of.
 */
export function RunRetriedBy({ pipelineId, runId }: { pipelineId: string; runId: string }) {
  const { status } = useRunStatus(pipelineId, runId);
  const retries = useRunRetries(pipelineId, runId, status);
  if (retries.length === 0) return null;
  const earlier = retries.length - MAX_RETRIES_SHOWN;
  return (
    <p className="flex flex-wrap items-center gap-x-1.5 gap-y-1 text-sm text-slate-700 dark:text-slate-300">
      {/* The spaces between items keep the copied text and a screen reader's reading apart; flex hides them. */}
      <span>Retried by</span>{' '}
      {retries.slice(-MAX_RETRIES_SHOWN).map((retry, index) => (
        <Fragment key={retry.id}>
          {index > 0 ? <span aria-hidden="true">·</span> : null}{' '}
          <span className="inline-flex min-w-0 items-center gap-1">
            <Link
              to={runPagePath(retry.pipelineId, retry.id)}
              className="font-mono break-all text-run underline dark:text-info"
            >
              {retry.id}
            </Link>{' '}
            <RunStatusBadge status={retry.status} />
          </span>
        </Fragment>
      ))}
      {earlier > 0 ? <span> and {formatCount(earlier)} earlier</span> : null}
    </p>
  );
}
