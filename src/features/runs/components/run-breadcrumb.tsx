import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { CopyableId } from '@/components/ui/copy-button';
import { usePipelineName } from '@/hooks/use-pipeline-name';
import { pipelinePath } from '@/lib/app-paths';

/** Pipelines › Daily Customer Import › run_001 (copyable) */
export function RunBreadcrumb({ pipelineId, runId }: { pipelineId: string; runId: string }) {
  const name = usePipelineName(pipelineId).data?.name;
  return (
    <Breadcrumbs
      crumbs={[
        { label: 'Pipelines', to: '/pipelines' },
        { label: name ?? pipelineId, to: pipelinePath(pipelineId), title: pipelineId },
        { label: <CopyableId value={runId} label="run id" /> },
      ]}
    />
  );
}
