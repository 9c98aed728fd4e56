import { Link } from 'react-router';
import { CopyableId } from '@/components/ui/copy-button';
import { usePipelineName } from '@/hooks/use-pipeline-name';
import { pipelinePath } from '@/lib/app-paths';

/** Pipelines › Daily Customer Import › run_001 (copyable) */
export function RunBreadcrumb({ pipelineId, runId }: { pipelineId: string; runId: string }) {
  const name = usePipelineName(pipelineId).data?.name;
  return (
    <nav aria-label="Breadcrumb" className="min-w-0 text-sm">
      <ol className="flex min-w-0 flex-wrap items-center gap-x-1.5 gap-y-0.5 text-slate-600 dark:text-slate-400">
        <li>
          <Link to="/pipelines" className="hover:underline">
            Pipelines
          </Link>
        </li>
        <li aria-hidden="true">›</li>
        <li className="min-w-0 truncate">
          <Link to={pipelinePath(pipelineId)} className="hover:underline" title={pipelineId}>
            {name ?? pipelineId}
          </Link>
        </li>
        <li aria-hidden="true">›</li>
        <li className="min-w-0 text-slate-900 dark:text-slate-100" aria-current="page">
          <CopyableId value={runId} label="run id" />
        </li>
      </ol>
    </nav>
  );
}
