import { LoadProblem } from '@/components/ui/load-problem';
import { ProgressBar } from '@/components/ui/progress-bar';
import { ShowMoreButton, useFirstItems } from '@/components/ui/show-more';
import { formatCount } from '@/lib/format';
import { firstLoadProblem } from '@/lib/query-problem';
import { useRunPhases, type Phase } from '../api/get-run-phases';
import { documentTotals, SEGMENTS } from '../lib/phase-math';
import { DocumentErrorList } from './document-error-list';
import { PhaseStack, SEGMENT_CLASS } from './phase-stack';
import { RunPanel } from './run-panel';

/** Phases drawn at first: a run has a handful, but an API may list thousands. */
const PHASES_SHOWN = 50;

/** The run's phases (003): documents overall, one stacked bar per phase, failed documents. */
export function PhasesPanel({ pipelineId, runId, runEnded }: { pipelineId: string; runId: string; runEnded: boolean }) {
  const phases = useRunPhases(pipelineId, runId, runEnded);
  const { data } = phases;
  const problem = firstLoadProblem(phases);
  return (
    <RunPanel title="Phases" region>
      {problem ? (
        <LoadProblem error={problem} what="the phases" />
      ) : phases.isPending ? (
        <div className="h-16 animate-pulse rounded bg-slate-100 dark:bg-slate-800/60" />
      ) : data === null ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">This run reports no phases.</p>
      ) : data === undefined ? null : (
        <div className="space-y-3">
          <DocumentSummary
            totalDocuments={data.totalDocuments}
            completedDocuments={data.completedDocuments}
            errorDocuments={data.errorDocuments}
          />
          {data.phases.length === 0 ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">The API lists no phases for this run yet.</p>
          ) : (
            <PhaseStacks phases={data.phases} totalDocuments={data.totalDocuments} />
          )}
          <DocumentErrorList errors={data.errors} phases={data.phases} />
        </div>
      )}
    </RunPanel>
  );
}

function PhaseStacks({ phases, totalDocuments }: { phases: readonly Phase[]; totalDocuments: number }) {
  const { shown, hidden, showMore } = useFirstItems(phases, PHASES_SHOWN);
  return (
    <>
      <ul className="grid grid-cols-1 divide-y divide-slate-100 sm:grid-cols-[minmax(6rem,max-content)_1fr_max-content] dark:divide-slate-800">
        {shown.map((phase, i) => (
          <PhaseStack key={`${i}:${phase.phaseId}`} phase={phase} totalDocuments={totalDocuments} />
        ))}
      </ul>
      <ShowMoreButton hidden={hidden} pageSize={PHASES_SHOWN} noun="phases" onClick={showMore} />
      <SegmentLegend />
    </>
  );
}

function DocumentSummary(props: { totalDocuments: number; completedDocuments: number; errorDocuments: number }) {
  const totals = documentTotals(props);
  const text = `${formatCount(totals.completed)} completed · ${formatCount(totals.errored)} errored · ${formatCount(totals.total)} documents`;
  return (
    <div className="space-y-1">
      <p className="flex flex-wrap justify-between gap-2 text-sm">
        <span>{text}</span>
        <span className="font-semibold tabular-nums">{totals.percentDone}%</span>
      </p>
      <ProgressBar
        label="Documents ended"
        value={totals.percentDone}
        tone={totals.errored > 0 ? 'warn' : 'ok'}
        valueText={text}
      />
    </div>
  );
}

function SegmentLegend() {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600 dark:text-slate-300" aria-hidden="true">
      {SEGMENTS.map((kind) => (
        <li key={kind} className="flex items-center gap-1.5">
          <span className={`inline-block size-2.5 rounded-sm ${SEGMENT_CLASS[kind]}`} />
          {kind}
        </li>
      ))}
    </ul>
  );
}
