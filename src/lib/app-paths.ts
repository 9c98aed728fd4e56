/**
 * The app's own addresses (not the API's, which live beside each endpoint): one place that
 * puts ids into them, encoded, for every link and navigation between pages.
 */
export const pipelinePath = (pipelineId: string) => `/pipelines/${encodeURIComponent(pipelineId)}`;

export const runPagePath = (pipelineId: string, runId: string) =>
  `${pipelinePath(pipelineId)}/runs/${encodeURIComponent(runId)}`;

export const checkpointsPath = (pipelineId: string) => `${pipelinePath(pipelineId)}/checkpoints`;
