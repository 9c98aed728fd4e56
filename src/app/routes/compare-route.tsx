import { Link, Navigate, useParams, useSearchParams } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { usePipelineRuns } from '@/features/pipelines/api/get-pipeline-runs';
import { newestFirst } from '@/features/pipelines/utils/run-history';
import { RunComparePage } from '@/features/runs/components/run-compare-page';
import { comparePath, pipelinePath } from '@/lib/app-paths';

/**
 * /pipelines/:pipelineId/compare?base=&head=. Without head: the newest run; without base:
 * the run before head (by start time) of the same pipeline.
 */
export function CompareRoute() {
  const { pipelineId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const base = params.get('base');
  const head = params.get('head');

  if (!base || !head) return <DefaultRuns pipelineId={pipelineId} base={base} head={head} />;
  if (base === head) {
    return (
      <CompareProblem
        pipelineId={pipelineId}
        error={new Error(`Base and head are both ${base}: choose two different runs of ${pipelineId}.`)}
        title="The same run twice"
      />
    );
  }
  return (
    <RunComparePage
      key={`${pipelineId}/${base}/${head}`}
      pipelineId={pipelineId}
      base={base}
      head={head}
      onSwap={() => setParams({ base: head, head: base }, { replace: true, preventScrollReset: true })}
    />
  );
}

function DefaultRuns({ pipelineId, base, head }: { pipelineId: string; base: string | null; head: string | null }) {
  const runs = usePipelineRuns(pipelineId);
  if (runs.error && !runs.data) {
    return <CompareProblem pipelineId={pipelineId} error={runs.error} title="The runs to compare could not be found" />;
  }
  if (!runs.data) return <p className="text-sm text-slate-600 dark:text-slate-400">Finding the runs to compare…</p>;
  const ordered = newestFirst(runs.data).map((run) => run.id);
  const headId = head ?? ordered[0];
  const at = headId === undefined ? -1 : ordered.indexOf(headId);
  const baseId = base ?? (at >= 0 ? ordered[at + 1] : undefined);
  if (headId === undefined || baseId === undefined) {
    const why =
      headId === undefined
        ? `${pipelineId} has no runs yet.`
        : at < 0
          ? `${headId} is not a run of ${pipelineId}.`
          : `${headId} is the first run of ${pipelineId}: there is no run before it.`;
    return <CompareProblem pipelineId={pipelineId} error={new Error(why)} title="Nothing to compare with" />;
  }
  return <Navigate replace to={comparePath(pipelineId, { base: baseId, head: headId })} />;
}

function CompareProblem({ pipelineId, error, title }: { pipelineId: string; error: unknown; title: string }) {
  return (
    <div className="mx-auto max-w-xl space-y-3 py-8">
      <h1 className="text-xl font-semibold">Compare runs of {pipelineId}</h1>
      <ErrorAlert
        error={error}
        title={title}
        action={
          <Link to={pipelinePath(pipelineId)} className="text-sm font-medium text-run underline dark:text-info">
            Choose two runs of {pipelineId}
          </Link>
        }
      />
    </div>
  );
}
