import { Link } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { LoadProblem } from '@/components/ui/load-problem';
import { WidgetBoundary } from '@/components/ui/widget-boundary';
import { isApiError } from '@/lib/api-error';
import { firstLoadProblem } from '@/lib/query-problem';
import { useRun } from '../api/get-run';
import { useRunProgress } from '../api/get-run-progress';
import { useRunStatus } from '../hooks/use-run-status';
import { useRunWatch } from '../hooks/use-run-watch';
import { PartitionsPanel } from './partitions-panel';
import { PhasesPanel } from './phases-panel';
import { RunHeader } from './run-header';
import { RunLog } from './run-log';
import { RunProgressSummary } from './run-progress-summary';
import { ThroughputPanel } from './throughput-panel';
import { ValidationErrorsPanel } from './validation-errors-panel';
import { pipelinePath } from '@/lib/app-paths';

const selectNothing = () => null;

/** One run, live: header, overall progress, partitions, phases, throughput, log and errors. */
export function RunPage({ pipelineId, runId }: { pipelineId: string; runId: string }) {
  useRunWatch(pipelineId, runId);
  const { status, live } = useRunStatus(pipelineId, runId);
  const progress = useRunProgress(pipelineId, runId, selectNothing);
  const progressError = progress.error;
  const runError = useRun(pipelineId, runId, selectNothing).error;
  const problem = status === undefined ? firstLoadProblem(progress) : null;

  if (status === undefined && isNotFound(progressError) && isNotFound(runError)) {
    return <RunNotFound pipelineId={pipelineId} runId={runId} error={progressError} />;
  }
  const runEnded = status !== undefined && !live;
  return (
    <div className="mx-auto max-w-screen-2xl space-y-4">
      <RunHeader pipelineId={pipelineId} runId={runId} live={live} />
      {problem ? <LoadProblem error={problem} what="the run's progress" /> : null}
      <RunProgressSummary pipelineId={pipelineId} runId={runId} />
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="min-w-0 space-y-4">
          <WidgetBoundary title="Partitions">
            <PartitionsPanel pipelineId={pipelineId} runId={runId} />
          </WidgetBoundary>
          <WidgetBoundary title="Phases">
            <PhasesPanel pipelineId={pipelineId} runId={runId} runEnded={runEnded} />
          </WidgetBoundary>
        </div>
        <div className="min-w-0 space-y-4">
          <WidgetBoundary title="Throughput">
            <ThroughputPanel pipelineId={pipelineId} runId={runId} live={live} />
          </WidgetBoundary>
          <WidgetBoundary title="Log">
            <RunLog pipelineId={pipelineId} runId={runId} live={live} />
          </WidgetBoundary>
        </div>
      </div>
      <WidgetBoundary title="Validation errors">
        <ValidationErrorsPanel pipelineId={pipelineId} runId={runId} live={live} />
      </WidgetBoundary>
    </div>
  );
}

function isNotFound(error: unknown): boolean {
  return isApiError(error) && error.kind === 'http' && error.status === 404;
}

function RunNotFound({ pipelineId, runId, error }: { pipelineId: string; runId: string; error: unknown }) {
  return (
    <div className="mx-auto max-w-xl space-y-3 py-8">
      <h1 className="text-xl font-semibold">
        Run <span className="font-mono">{runId}</span> not found
      </h1>
      <ErrorAlert
        error={error}
        action={
          <Link to={pipelinePath(pipelineId)} className="text-sm font-medium text-run underline dark:text-info">
            See the runs of {pipelineId}
          </Link>
        }
      />
    </div>
  );
}
