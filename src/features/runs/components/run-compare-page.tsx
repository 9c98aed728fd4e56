import { Link } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { WidgetBoundary } from '@/components/ui/widget-boundary';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { isApiError } from '@/lib/api-error';
import { pipelinePath, runPagePath } from '@/lib/app-paths';
import { useRunErrorGroups } from '../hooks/use-run-error-groups';
import { useRunFigures } from '../hooks/use-run-figures';
import { CompareErrorGroups } from './compare-error-groups';
import { CompareFigures } from './compare-figures';
import { ComparePartitions } from './compare-partitions';
import { ComparePhases } from './compare-phases';
import { RunPanel } from './run-panel';

interface Props {
  pipelineId: string;
  base: string;
  head: string;
  onSwap: () => void;
}

/** Two runs of one pipeline side by side; the head keeps updating while it runs. */
export function RunComparePage({ pipelineId, base, head, onSwap }: Props) {
  useDocumentTitle(`Compare ${base} with ${head}`);
  const b = useRunFigures(pipelineId, base);
  const h = useRunFigures(pipelineId, head);
  const baseGroups = useRunErrorGroups(pipelineId, base, b.live);
  const headGroups = useRunErrorGroups(pipelineId, head, h.live);
  const problems = [runProblem(pipelineId, base, 'base', b), runProblem(pipelineId, head, 'head', h)].filter(
    (p): p is NonNullable<typeof p> => p !== null,
  );

  return (
    <div className="mx-auto max-w-screen-2xl space-y-4">
      <header className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="min-w-0 text-xl font-semibold tracking-tight">
          Compare <RunLink pipelineId={pipelineId} runId={base} /> with <RunLink pipelineId={pipelineId} runId={head} />
        </h1>
        <button
          type="button"
          onClick={onSwap}
          className="h-8 rounded border border-slate-300 px-3 text-sm font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-run dark:border-slate-700 dark:hover:bg-slate-800"
        >
          Swap base and head
        </button>
      </header>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Base <span className="font-mono">{base}</span>, head <span className="font-mono">{head}</span>
        {h.live ? ' (live: updating while it runs)' : ''}. Changes read from base to head.
      </p>
      {problems.map((p) => (
        <ErrorAlert key={p.side} error={p.error} title={p.title} action={<BackToPipeline pipelineId={pipelineId} />} />
      ))}
      {problems.length === 0 && (b.loading || h.loading) ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">Loading both runs…</p>
      ) : null}
      {b.figures && h.figures ? (
        <>
          <WidgetBoundary title="Figures">
            <RunPanel title="Figures">
              <CompareFigures base={b.figures} head={h.figures} />
            </RunPanel>
          </WidgetBoundary>
          <WidgetBoundary title="Partitions">
            <RunPanel title="Partitions">
              <ComparePartitions base={b.partitions ?? []} head={h.partitions ?? []} />
            </RunPanel>
          </WidgetBoundary>
          <WidgetBoundary title="Phases">
            <RunPanel title="Phases">
              <ComparePhases
                pipelineId={pipelineId}
                base={{ runId: base, ended: !b.live }}
                head={{ runId: head, ended: !h.live }}
              />
            </RunPanel>
          </WidgetBoundary>
          <WidgetBoundary title="Error groups">
            <RunPanel title="Error groups">
              <CompareErrorGroups base={baseGroups} head={headGroups} />
            </RunPanel>
          </WidgetBoundary>
        </>
      ) : null}
    </div>
  );
}

function RunLink({ pipelineId, runId }: { pipelineId: string; runId: string }) {
  return (
    <Link to={runPagePath(pipelineId, runId)} className="font-mono text-run underline dark:text-info">
      {runId}
    </Link>
  );
}

function BackToPipeline({ pipelineId }: { pipelineId: string }) {
  return (
    <Link to={pipelinePath(pipelineId)} className="text-sm font-medium text-run underline dark:text-info">
      Choose two runs of {pipelineId}
    </Link>
  );
}

/** A run that cannot be compared, said plainly: unknown here, or another pipeline's. */
function runProblem(
  pipelineId: string,
  runId: string,
  side: 'base' | 'head',
  state: ReturnType<typeof useRunFigures>,
): { side: string; title: string; error: unknown } | null {
  if (state.run && state.run.pipelineId !== pipelineId) {
    return {
      side,
      title: 'Runs of different pipelines',
      error: new Error(
        `${runId} belongs to ${state.run.pipelineId}, not ${pipelineId}: compare two runs of one pipeline.`,
      ),
    };
  }
  if (state.figures || !state.error) return null;
  if (isApiError(state.error) && state.error.status === 404) {
    return {
      side,
      title: `The ${side} run ${runId} is not a run of ${pipelineId}: no such run, or it belongs to another pipeline`,
      error: state.error,
    };
  }
  return { side, title: `The ${side} run ${runId} could not be loaded`, error: state.error };
}
