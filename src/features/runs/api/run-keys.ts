/**
 * Query keys of the run page, hierarchical so that invalidating ['runs', pipelineId]
 * after a retry refreshes everything below it.
 */
export const runKeys = {
  all: (pipelineId: string) => ['runs', pipelineId] as const,
  run: (pipelineId: string, runId: string) => ['runs', pipelineId, runId] as const,
  progress: (pipelineId: string, runId: string) => ['runs', pipelineId, runId, 'progress'] as const,
  errors: (pipelineId: string, runId: string) => ['runs', pipelineId, runId, 'errors'] as const,
  errorsPage: (pipelineId: string, runId: string, page: { offset: number; limit: number }) =>
    ['runs', pipelineId, runId, 'errors', page] as const,
  errorSummary: (pipelineId: string, runId: string) => ['runs', pipelineId, runId, 'errors-summary'] as const,
  phases: (pipelineId: string, runId: string) => ['runs', pipelineId, runId, 'phases'] as const,
};

export function runPath(pipelineId: string, runId: string): string {
  return `/api/v1/pipelines/${encodeURIComponent(pipelineId)}/runs/${encodeURIComponent(runId)}`;
}
