import { useRunProgress, type RunProgress } from '../api/get-run-progress';
import { useThroughput } from '../hooks/use-throughput';
import { estimateRemainingMs } from '../lib/throughput';
import { formatEstimate } from '../lib/run-summary';

const selectEtaFacts = (progress: RunProgress) => ({
  eta: progress.eta,
  totalRows: progress.totalRows,
  processedRows: progress.processedRows,
});

/**
 * The API's ETA as it words it; "—" when it has none. While a live run has no ETA from the
 * API, an estimate from the measured throughput, labelled as such.
 */
export function RunEta({ pipelineId, runId, live }: { pipelineId: string; runId: string; live: boolean }) {
  const facts = useRunProgress(pipelineId, runId, selectEtaFacts).data;
  if (facts?.eta)
    return live ? <ApiEta pipelineId={pipelineId} runId={runId} eta={facts.eta} /> : <span>{facts.eta}</span>;
  return live ? (
    <EstimatedEta
      pipelineId={pipelineId}
      runId={runId}
      totalRows={facts?.totalRows}
      processedRows={facts?.processedRows}
    />
  ) : (
    <span>—</span>
  );
}

/** The API's ETA; beside a run whose rows are not moving it says whose estimate it is, not only "2m". */
function ApiEta({ pipelineId, runId, eta }: { pipelineId: string; runId: string; eta: string }) {
  const { rowsPerSecond } = useThroughput(pipelineId, runId);
  if (rowsPerSecond !== 0) return <span>{eta}</span>;
  return (
    <span title="The API's own estimate: no rows were processed between the latest polls, so the page cannot check it against the pace.">
      {eta}{' '}
      <span className="text-xs font-normal text-slate-500 dark:text-slate-400">API's estimate; no rows moving</span>
    </span>
  );
}

function EstimatedEta(props: { pipelineId: string; runId: string; totalRows?: number; processedRows?: number }) {
  const { rowsPerSecond } = useThroughput(props.pipelineId, props.runId);
  const estimate = formatEstimate(estimateRemainingMs(props.totalRows, props.processedRows, rowsPerSecond));
  if (!estimate) return <span title="The API gives no ETA; an estimate appears once throughput is measured.">—</span>;
  return (
    <span title="The API gives no ETA: this is an estimate from the measured throughput.">
      {estimate} <span className="text-xs font-normal text-slate-500 dark:text-slate-400">estimate</span>
    </span>
  );
}
