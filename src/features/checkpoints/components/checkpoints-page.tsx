import { Link } from 'react-router';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { CopyableId } from '@/components/ui/copy-button';
import { WidgetBoundary } from '@/components/ui/widget-boundary';
import { usePipelineName } from '@/hooks/use-pipeline-name';
import { CheckpointsPanel } from './checkpoints-panel';
import { CompletionCheck } from './completion-check';
import { LoadProblem } from '@/components/ui/load-problem';
import { NotFound } from '@/components/ui/not-found';
import { isNotFound } from '@/lib/api-error';
import { pipelinePath } from '@/lib/app-paths';

/** /pipelines/:pipelineId/checkpoints: learns the pipeline's name (the Feldera endpoints want it), then shows both panels. */
export function CheckpointsPage({ pipelineId }: { pipelineId: string }) {
  const { data: pipeline, error, failureReason } = usePipelineName(pipelineId);
  const problem = error ?? failureReason;
  const displayName = pipeline?.name || pipelineId;
  if (!pipeline && isNotFound(error)) {
    return (
      <NotFound what="Pipeline" id={pipelineId} error={error} back={{ to: '/pipelines', label: 'Back to pipelines' }}>
        The API knows no pipeline with this id, so it has no checkpoints to show: the link may be old or mistyped, or
        the pipeline was removed.
      </NotFound>
    );
  }
  return (
    <div className="space-y-4">
      <header className="space-y-1">
        <Breadcrumbs
          crumbs={[
            { label: 'Pipelines', to: '/pipelines' },
            { label: displayName, to: pipelinePath(pipelineId), title: pipeline?.name },
            { label: 'Checkpoints' },
          ]}
        />
        <h1 className="text-lg font-semibold break-words">
          {pipeline ? `${displayName}: checkpoints` : 'Checkpoints'}
        </h1>
        <CopyableId value={pipelineId} label="pipeline id" />
      </header>
      {pipeline ? (
        <>
          <WidgetBoundary title="Checkpoints">
            <CheckpointsPanel pipelineName={pipeline.name} />
          </WidgetBoundary>
          <WidgetBoundary title="Completion status">
            <CompletionCheck pipelineName={pipeline.name} />
          </WidgetBoundary>
        </>
      ) : problem ? (
        <LoadProblem
          error={problem}
          what="this pipeline"
          action={
            <Link to="/pipelines" className="text-run underline dark:text-info">
              Back to pipelines
            </Link>
          }
        />
      ) : (
        <p role="status" className="h-32 text-sm text-slate-600 dark:text-slate-400">
          Loading pipeline…
        </p>
      )}
    </div>
  );
}
