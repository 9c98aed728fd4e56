/**
 * The app's own addresses (not the API's, which live beside each endpoint): one place that
 * puts ids into them, encoded, for every link and navigation between pages.
 */
export const pipelinePath = (pipelineId: string) => `/pipelines/${encodeURIComponent(pipelineId)}`;

export const runPagePath = (pipelineId: string, runId: string) =>
  `${pipelinePath(pipelineId)}/runs/${encodeURIComponent(runId)}`;

export const checkpointsPath = (pipelineId: string) => `${pipelinePath(pipelineId)}/checkpoints`;

/** The compare page; without base or head it picks them (the newest run, the run before head). */
export function comparePath(pipelineId: string, runs: { base?: string | null; head?: string | null } = {}): string {
  const query = new URLSearchParams();
  if (runs.base) query.set('base', runs.base);
  if (runs.head) query.set('head', runs.head);
  const search = query.toString();
  return `${pipelinePath(pipelineId)}/compare${search ? `?${search}` : ''}`;
}
