import { useParams } from 'react-router';
import { RunPage } from '@/features/runs/components/run-page';

/** /pipelines/:pipelineId/runs/:runId */
export function RunRoute() {
  const { pipelineId = '', runId = '' } = useParams();
  // A new key per run: moving from run_001 to its retry starts the page afresh (sort, filters, samples).
  return <RunPage key={`${pipelineId}/${runId}`} pipelineId={pipelineId} runId={runId} />;
}
