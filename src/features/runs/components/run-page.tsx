import { LoadProblem } from '@/components/ui/load-problem';
import { NotFound } from '@/components/ui/not-found';
import { WidgetBoundary } from '@/components/ui/widget-boundary';
import { isNotFound } from '@/lib/api-error';
import { firstLoadProblem } from '@/lib/query-problem';
import { useRun } from '../api/get-run';
import { useRunProgress, useRunProgressPolling } from '../api/get-run-progress';
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

/**
 * One run, live: header, overall progress, partitions, phases, throughput, log and errors;
 * or, when the API answers 404 for both its progress and its record, that it does not exist
 * (its widgets are gone, and with them every poll but the progress, which stops on a 404).
 */
export function RunPage({ pipelineId, runId }: { pipelineId: string; runId: string }) {
  const progress = useRunProgressPolling(pipelineId, runId, selectNothing);
  const runError = useRun(pipelineId, runId, selectNothing).error;
  if (progress.data === undefined && isNotFound(progress.error) && isNotFound(runError)) {
    return <RunNotFound pipelineId={pipelineId} runId={runId} error={progress.error} />;
  }
  return <RunDetails pipelineId={pipelineId} runId={runId} />;
}

function RunDetails({ pipelineId, runId }: { pipelineId: string; runId: string }) {
  useRunWatch(pipelineId, runId);
  const { status, live } = useRunStatus(pipelineId, runId);
  const progress = useRunProgress(pipelineId, runId, selectNothing);
  const problem = status === undefined ? firstLoadProblem(progress) : null;
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

function RunNotFound({ pipelineId, runId, error }: { pipelineId: string; runId: string; error: unknown }) {
  return (
    <NotFound
      what="Run"
      id={runId}
      error={error}
      back={{ to: pipelinePath(pipelineId), label: `See the runs of ${pipelineId}` }}
    >
      The API knows no run {runId} of pipeline {pipelineId}: the link may be old or mistyped. Pipewatch has stopped
      asking for it; reload the page to look again.
    </NotFound>
  );
}
