import { Link } from 'react-router';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { CopyableId } from '@/components/ui/copy-button';
import { RelativeTime } from '@/components/ui/relative-time';
import { RunStatusBadge } from '@/components/ui/run-status-badge';
import { WatchToggle } from '@/features/watch/components/watch-toggle';
import type { Pipeline } from '../api/pipeline-schema';
import { PollingDetails } from './polling-summary';
import { checkpointsPath } from '@/lib/app-paths';

/** Who the pipeline is: name, id, connector, last run, touch-file polling, and where its checkpoints are. */
export function PipelineHeader({ pipeline }: { pipeline: Pipeline }) {
  return (
    <header className="flex flex-col gap-3">
      <Breadcrumbs
        crumbs={[
          { label: 'Pipelines', to: '/pipelines' },
          { label: pipeline.name, title: pipeline.name },
        ]}
      />
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h1 className="text-lg font-semibold break-words">{pipeline.name}</h1>
          <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600 dark:text-slate-400">
            <CopyableId value={pipeline.id} label="pipeline id" />
            <span className="min-w-0 break-words">
              {pipeline.connector ?? 'No connector'}
              {pipeline.connectorType ? (
                <span className="ml-1 font-mono text-xs">({pipeline.connectorType})</span>
              ) : null}
            </span>
            <span className="inline-flex items-center gap-1.5">
              Last run <RunStatusBadge status={pipeline.lastRunStatus} /> <RelativeTime iso={pipeline.lastRunAt} />
            </span>
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <WatchToggle pipelineId={pipeline.id} />
          <Link
            to={checkpointsPath(pipeline.id)}
            className="inline-flex h-8 items-center rounded border border-slate-300 px-3 text-sm font-medium hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-run dark:border-slate-700 dark:hover:bg-slate-900"
          >
            View checkpoints
          </Link>
        </div>
      </div>
      <section aria-labelledby="polling-heading" className="rounded border border-slate-200 p-3 dark:border-slate-800">
        <h2 id="polling-heading" className="mb-2 text-sm font-semibold">
          Touch-file polling
        </h2>
        <PollingDetails polling={pipeline.polling} />
      </section>
    </header>
  );
}
