import { RelativeTime } from '@/components/ui/relative-time';
import { WatchToggle } from '@/features/watch/components/watch-toggle';
import { RunStatusBadge } from '@/components/ui/run-status-badge';
import { WarnNote } from '@/components/ui/warn-note';
import { formatCount, formatExact } from '@/lib/format';
import { useRun, type Run } from '../api/get-run';
import { useRunProgress, type RunProgress } from '../api/get-run-progress';
import { CompareWithLink } from './compare-with-link';
import { RetryRunButton } from './retry-run-button';
import { RunBreadcrumb } from './run-breadcrumb';
import { RunElapsed } from './run-elapsed';
import { RunEta } from './run-eta';
import { RunFact } from './run-fact';
import { RunLineage } from './run-lineage';
import { RunRetriedBy } from './run-retried-by';
import { failedSharePercent } from '../lib/run-summary';
import { useThroughputFigure } from '../hooks/use-run-throughput';

const selectHeaderFacts = (progress: RunProgress) => ({
  status: progress.status,
  loadStrategy: progress.loadStrategy,
  totalRows: progress.totalRows,
  processedRows: progress.processedRows,
  failedRows: progress.failedRows,
  skippedRows: progress.skippedRows,
});

const selectRunFacts = (run: Run) => ({ status: run.status, startedAt: run.startedAt, loadStrategy: run.loadStrategy });

const exactRows = (value: number | undefined) => (value === undefined ? undefined : `${formatExact(value)} rows`);

/** Who, what and how far: breadcrumb, status, retry, the run's figures and its lineage. */
export function RunHeader({ pipelineId, runId, live }: { pipelineId: string; runId: string; live: boolean }) {
  const facts = useRunProgress(pipelineId, runId, selectHeaderFacts).data;
  const run = useRun(pipelineId, runId, selectRunFacts).data;
  // An empty status is no status: say so rather than draw a blank badge.
  const status = facts || run ? facts?.status || run?.status || 'unknown' : undefined;
  return (
    <header className="space-y-3">
      <RunBreadcrumb pipelineId={pipelineId} runId={runId} />
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="flex min-w-0 flex-wrap items-center gap-2">
          <h1 className="min-w-0 truncate text-xl font-semibold tracking-tight">
            Run <span className="font-mono">{runId}</span>
          </h1>
          {status === undefined ? (
            <span className="h-5 w-20 rounded bg-slate-100 dark:bg-slate-800" />
          ) : (
            <RunStatusBadge status={status} />
          )}
          <FailedShareNote live={live} processedRows={facts?.processedRows} failedRows={facts?.failedRows} />
        </div>
        <div className="flex flex-wrap items-start gap-2">
          <WatchToggle pipelineId={pipelineId} runId={runId} />
          <RetryRunButton pipelineId={pipelineId} runId={runId} />
        </div>
      </div>
      <dl className="grid grid-cols-2 gap-x-6 gap-y-2 sm:grid-cols-4 lg:grid-cols-8">
        <RunFact label="Load strategy">{facts?.loadStrategy ?? run?.loadStrategy ?? '—'}</RunFact>
        <RunFact label="Started">
          <RelativeTime iso={run?.startedAt} />
        </RunFact>
        <RunFact label="Elapsed">
          <RunElapsed pipelineId={pipelineId} runId={runId} live={live} />
        </RunFact>
        <RunFact label="ETA">
          <RunEta pipelineId={pipelineId} runId={runId} live={live} />
        </RunFact>
        <RunThroughput pipelineId={pipelineId} runId={runId} live={live} />
        <RunFact
          label="Processed / total"
          title={facts ? `${exactRows(facts.processedRows) ?? '—'} of ${exactRows(facts.totalRows) ?? '—'}` : undefined}
        >
          {formatCount(facts?.processedRows)} / {formatCount(facts?.totalRows)}
        </RunFact>
        <RunFact label="Failed rows" title={exactRows(facts?.failedRows)}>
          {formatCount(facts?.failedRows)}
        </RunFact>
        <RunFact label="Skipped rows" title={exactRows(facts?.skippedRows)}>
          {formatCount(facts?.skippedRows)}
        </RunFact>
      </dl>
      {/* Its line is kept from the first paint: once the run is known it always holds "Compare with …". */}
      <div className="flex min-h-5 flex-wrap items-center gap-x-4 gap-y-1">
        <RunLineage pipelineId={pipelineId} runId={runId} />
        <RunRetriedBy pipelineId={pipelineId} runId={runId} />
        <CompareWithLink pipelineId={pipelineId} runId={runId} />
      </div>
    </header>
  );
}

/** The same figure as atop the throughput panel: one function computes both. */
function RunThroughput({ pipelineId, runId, live }: { pipelineId: string; runId: string; live: boolean }) {
  const figure = useThroughputFigure(pipelineId, runId, live);
  return (
    <RunFact label="Throughput" title={figure.meaning}>
      {figure.value}
    </RunFact>
  );
}

/** Not only a blue "Running": a live run losing a notable share of its rows says so. */
function FailedShareNote(props: { live: boolean; processedRows?: number; failedRows?: number }) {
  const share = failedSharePercent(props);
  if (share === null) return null;
  // On a phone the short form keeps the note on the title's line, so the page does not move
  // when it appears; screen readers get the whole sentence either way.
  return (
    <WarnNote look="badge">
      <span aria-hidden="true" className="sm:hidden">
        {share}% failed
      </span>
      <span className="max-sm:sr-only">{share}% of processed rows failed</span>
    </WarnNote>
  );
}
