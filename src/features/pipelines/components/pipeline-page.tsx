import { Link } from 'react-router';
import { LoadProblem } from '@/components/ui/load-problem';
import { NotFound } from '@/components/ui/not-found';
import { isNotFound } from '@/lib/api-error';
import { formatCount } from '@/lib/format';
import { firstLoadProblem } from '@/lib/query-problem';
import { WidgetBoundary } from '@/components/ui/widget-boundary';
import { usePipeline } from '../api/get-pipeline';
import { usePipelineRuns } from '../api/get-pipeline-runs';
import { IngestionStatusPanel } from './ingestion-status-panel';
import { PipelineHeader } from './pipeline-header';
import { PipelineRunsTable } from './pipeline-runs-table';
import { RecentRunsPanel } from './recent-runs-panel';

const BACK = (
  <Link to="/pipelines" className="text-sm font-medium text-run underline dark:text-info">
    Back to all pipelines
  </Link>
);

/** /pipelines/:pipelineId: who the pipeline is, its ingestion status, its runs. */
export function PipelinePage({ pipelineId }: { pipelineId: string }) {
  const pipeline = usePipeline(pipelineId);
  const problem = firstLoadProblem(pipeline);
  if (!pipeline.data) {
    if (isNotFound(pipeline.error)) {
      return (
        <NotFound
          what="Pipeline"
          id={pipelineId}
          error={pipeline.error}
          back={{ to: '/pipelines', label: 'Back to all pipelines' }}
        >
          The API knows no pipeline with this id: the link may be old or mistyped, or the pipeline was removed.
          Pipewatch has stopped asking for it; reload the page to look again.
        </NotFound>
      );
    }
    return problem ? (
      <div className="flex flex-col gap-3">
        <h1 className="text-lg font-semibold">Pipeline {pipelineId}</h1>
        <LoadProblem error={problem} what="this pipeline" action={BACK} />
      </div>
    ) : (
      <div role="status" aria-busy="true" aria-label="Loading the pipeline" className="flex flex-col gap-3">
        <div className="h-6 w-64 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
        <div className="h-24 animate-pulse rounded bg-slate-100 dark:bg-slate-900" />
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-4">
      <PipelineHeader pipeline={pipeline.data} />
      <WidgetBoundary title="The ingestion status">
        <IngestionStatusPanel pipelineId={pipelineId} />
      </WidgetBoundary>
      <WidgetBoundary title="The runs">
        <PipelineRuns pipelineId={pipelineId} />
      </WidgetBoundary>
    </div>
  );
}

function PipelineRuns({ pipelineId }: { pipelineId: string }) {
  const runs = usePipelineRuns(pipelineId);
  const problem = firstLoadProblem(runs);
  return (
    <>
      {runs.data ? <RecentRunsPanel runs={runs.data} /> : null}
      <section aria-labelledby="runs-heading" className="flex flex-col gap-2">
        <h2 id="runs-heading" className="text-sm font-semibold">
          Runs
          {runs.data ? (
            <span className="ml-1 font-normal text-slate-600 dark:text-slate-400">
              ({formatCount(runs.data.length)})
            </span>
          ) : null}
        </h2>
        {runs.data ? (
          runs.data.length ? (
            <PipelineRunsTable runs={runs.data} />
          ) : (
            <p className="rounded border border-dashed border-slate-300 px-4 py-6 text-center text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
              This pipeline has not run yet. Runs start on schedule, when its touch file appears, or from a polling
              cycle on the pipelines page.
            </p>
          )
        ) : problem ? (
          <LoadProblem error={problem} what="the runs" />
        ) : (
          <div
            role="status"
            aria-busy="true"
            aria-label="Loading the runs"
            className="h-32 animate-pulse rounded bg-slate-100 dark:bg-slate-900"
          />
        )}
      </section>
    </>
  );
}
