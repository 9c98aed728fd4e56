import type { WatchList } from './watch-store';

/** What the watcher needs of a run in the list across pipelines. */
export interface SeenRun {
  id: string;
  pipelineId: string;
  pipelineName?: string | null;
  status: string;
  startedAt: string;
}

export interface WatchEvent {
  /** "pipelineId/runId": one alert per run and outcome. */
  key: string;
  pipelineId: string;
  pipelineName: string;
  runId: string;
  status: string;
  /** Why it is told: the run itself is watched, or its pipeline. */
  reason: 'run' | 'pipeline';
}

const ENDED = new Set(['completed', 'failed', 'completed_with_errors']);
const BAD = new Set(['failed', 'completed_with_errors']);

/** The statuses the watcher saw last time, by "pipelineId/runId"; and each pipeline's newest run. */
export interface WatchMemory {
  runs: Map<string, string>;
  newest: Map<string, string>;
}

export const emptyMemory = (): WatchMemory => ({ runs: new Map(), newest: new Map() });

const keyOf = (pipelineId: string, runId: string) => `${pipelineId}/${runId}`;

/**
 * What changed since the last look: a watched run that was seen unfinished and is now ended;
 * a watched pipeline whose newest run is now failed or completed with errors (and was not,
 * or was another run, last time). The first look only remembers: what had already happened
 * when the watching started is not news. Pure; returns the events and the new memory.
 */
export function watchEvents(
  list: WatchList,
  runs: readonly SeenRun[],
  memory: WatchMemory | null,
): { events: WatchEvent[]; memory: WatchMemory } {
  const next = emptyMemory();
  const events: WatchEvent[] = [];
  const byKey = new Map(runs.map((r) => [keyOf(r.pipelineId, r.id), r]));
  for (const { pipelineId, runId } of list.runs) {
    const key = keyOf(pipelineId, runId);
    const run = byKey.get(key);
    if (!run) {
      // Out of the list read this time: keep what was known, so its end is still told later.
      const known = memory?.runs.get(key);
      if (known) next.runs.set(key, known);
      continue;
    }
    next.runs.set(key, run.status);
    const before = memory?.runs.get(key);
    if (before !== undefined && !ENDED.has(before) && ENDED.has(run.status)) {
      events.push(eventOf(run, 'run'));
    }
  }
  const watchedPipelines = new Set(list.pipelines);
  for (const run of runs) {
    // Newest first: the first run of a pipeline is its newest.
    if (!watchedPipelines.has(run.pipelineId) || next.newest.has(run.pipelineId)) continue;
    const state = `${run.id} ${run.status}`;
    next.newest.set(run.pipelineId, state);
    const before = memory?.newest.get(run.pipelineId);
    const alreadyTold = events.some((e) => e.key === keyOf(run.pipelineId, run.id));
    if (memory && before !== state && BAD.has(run.status) && !alreadyTold) events.push(eventOf(run, 'pipeline'));
  }
  return { events, memory: next };
}

function eventOf(run: SeenRun, reason: WatchEvent['reason']): WatchEvent {
  return {
    key: keyOf(run.pipelineId, run.id),
    pipelineId: run.pipelineId,
    pipelineName: run.pipelineName ?? run.pipelineId,
    runId: run.id,
    status: run.status,
    reason,
  };
}

export function isBadOutcome(status: string): boolean {
  return BAD.has(status);
}
