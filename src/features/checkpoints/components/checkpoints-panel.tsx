import { Link } from 'react-router';
import { isApiError } from '@/lib/api-error';
import { useCheckpoints } from '../api/checkpoints';
import { sortNewestFirst, summarize } from '../utils/checkpoint-stats';
import { CheckpointSummary } from './checkpoint-summary';
import { CheckpointTable } from './checkpoint-table';
import { CheckpointsEmpty } from './checkpoints-empty';
import { LazyCheckpointChart } from './lazy-checkpoint-chart';
import { LoadProblem } from '@/components/ui/load-problem';

const BACK_LINK = (
  <Link to="/pipelines" className="text-run underline dark:text-info">
    Back to pipelines
  </Link>
);

/**
 * The pipeline's checkpoints (004), polled while the tab is visible. A failed refresh
 * keeps the last good list on screen (the app's stale banner says since when).
 */
export function CheckpointsPanel({ pipelineName }: { pipelineName: string }) {
  const { data, error, failureReason } = useCheckpoints(pipelineName);
  const problem = error ?? (data ? null : failureReason);
  const unknownPipeline = isApiError(problem) && problem.status === 404;
  const checkpoints = data ? sortNewestFirst(data) : null;

  return (
    <section
      id="checkpoints"
      aria-labelledby="checkpoints-heading"
      tabIndex={-1}
      className="scroll-mt-24 space-y-3 focus:outline-none"
    >
      <h2 id="checkpoints-heading" className="text-sm font-semibold">
        Checkpoints
      </h2>
      {problem ? (
        <LoadProblem error={problem} what="the checkpoints" action={unknownPipeline ? BACK_LINK : undefined} />
      ) : null}
      {checkpoints === null ? (
        problem ? null : (
          <p role="status" className="h-32 text-sm text-slate-600 dark:text-slate-400">
            Loading checkpoints…
          </p>
        )
      ) : checkpoints.length === 0 ? (
        <CheckpointsEmpty />
      ) : (
        <>
          <CheckpointSummary summary={summarize(checkpoints)} />
          <LazyCheckpointChart checkpoints={checkpoints} />
          <CheckpointTable checkpoints={checkpoints} />
        </>
      )}
    </section>
  );
}
