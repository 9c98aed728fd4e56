import { Link } from 'react-router';
import { formatCount, formatExact } from '@/lib/format';
import { useRun, type Run } from '../api/get-run';
import { runPagePath } from '@/lib/app-paths';

const selectMetadata = (run: Run) => run.metadata;

/** "Retry of run_001 · resumed from row 32,000 · resumable": a retried run's origin (metadata). */
export function RunLineage({ pipelineId, runId }: { pipelineId: string; runId: string }) {
  const metadata = useRun(pipelineId, runId, selectMetadata).data;
  if (!metadata?.retryOf) return null;
  const resumed = metadata.resumeFromRow !== undefined && metadata.resumeFromRow > 0;
  return (
    <p className="flex flex-wrap items-center gap-x-2 gap-y-0.5 text-sm text-slate-700 dark:text-slate-300">
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" className="shrink-0 text-slate-500">
        <path
          d="M3 8a5 5 0 109-3M12 2v3H9"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      <span>
        Retry of{' '}
        <Link
          to={runPagePath(pipelineId, metadata.retryOf)}
          className="font-mono break-all text-run underline dark:text-info"
        >
          {metadata.retryOf}
        </Link>
      </span>
      <span aria-hidden="true">·</span>
      {resumed ? (
        <span title={`row ${formatExact(metadata.resumeFromRow)}`}>
          resumed from row {formatCount(metadata.resumeFromRow)}
        </span>
      ) : (
        <span>full re-run from the beginning</span>
      )}
      {metadata.resumable !== undefined ? (
        <>
          <span aria-hidden="true">·</span>
          <span>{metadata.resumable ? 'resumable' : 'not resumable'}</span>
        </>
      ) : null}
    </p>
  );
}
