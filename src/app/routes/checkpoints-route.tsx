import { useParams } from 'react-router';
import { CheckpointsPage } from '@/features/checkpoints/components/checkpoints-page';

export function CheckpointsRoute() {
  const { pipelineId = '' } = useParams();
  return <CheckpointsPage pipelineId={pipelineId} />;
}
