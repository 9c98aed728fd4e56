import { Link } from 'react-router';
import { comparePath } from '@/lib/app-paths';
import type { RunSummary } from '../api/get-pipeline-runs';

/**
 * The way from the runs table to the compare page: two runs chosen, the older one is the
 * base. With fewer, it says what to do.
 */
export function CompareChosenRuns({
  pipelineId,
  runs,
  chosen,
}: {
  pipelineId: string | undefined;
  /** Newest first, as the table shows them. */
  runs: readonly RunSummary[];
  chosen: readonly string[];
}) {
  const picked = runs.filter((run) => chosen.includes(run.id));
  const [head, base] = picked;
  return (
    <div className="mb-2 flex min-h-8 flex-wrap items-center gap-3 text-sm" aria-live="polite">
      {pipelineId && head && base ? (
        <Link
          to={comparePath(pipelineId, { base: base.id, head: head.id })}
          className="inline-flex h-8 items-center rounded border border-run px-3 font-medium text-run hover:bg-run/10 dark:text-info"
        >
          Compare {base.id} with {head.id}
        </Link>
      ) : (
        <span className="text-slate-600 dark:text-slate-400">
          {picked.length === 1 ? 'Choose one more run to compare.' : 'Choose two runs to compare them side by side.'}
        </span>
      )}
    </div>
  );
}
