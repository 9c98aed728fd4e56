import { useQuery } from '@tanstack/react-query';
import { pipelineNameQuery } from '@/lib/pipeline-name';

export function usePipelineName(pipelineId: string) {
  return useQuery(pipelineNameQuery(pipelineId));
}
