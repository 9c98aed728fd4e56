import { useParams } from 'react-router';
import { PipelinePage } from '@/features/pipelines/components/pipeline-page';

export function PipelineRoute() {
  const { pipelineId = '' } = useParams();
  // Keyed: another pipeline is another page, with no state carried over from this one.
  return <PipelinePage key={pipelineId} pipelineId={pipelineId} />;
}
