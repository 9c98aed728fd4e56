import { Link } from 'react-router';
import { comparePath } from '@/lib/app-paths';
import { useRun, type Run } from '../api/get-run';

const selectRetryOf = (run: Run) => run.metadata?.retryOf ?? null;

/**
 * "Compare with run_001" on a retried run (its original), else "Compare with previous run"
 * (the compare page picks the run before this one).
 */
export function CompareWithLink({ pipelineId, runId }: { pipelineId: string; runId: string }) {
  const retryOf = useRun(pipelineId, runId, selectRetryOf).data;
  if (retryOf === undefined) return null;
  return (
    <Link
      to={comparePath(pipelineId, { base: retryOf, head: runId })}
      className="inline-flex items-center gap-1 text-sm font-medium text-run underline dark:text-info"
    >
      {retryOf ? (
        <>
          Compare with <span className="font-mono">{retryOf}</span>
        </>
      ) : (
        'Compare with previous run'
      )}
    </Link>
  );
}
