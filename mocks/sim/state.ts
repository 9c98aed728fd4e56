import { SCALE_ID, SEED_TOUCH_FILES, scalePipeline, seedPipelines } from '../fixtures/pipelines';
import { scaleRun, seedRuns } from '../fixtures/runs';
import type { Pipeline, RunDef } from '../fixtures/types';
import { demoEpoch, isoSeconds, resetClock } from './clock';
import { statusAt } from './run-sim';

export type FaultMode = 'status' | 'slow' | 'malformed' | 'schema' | 'drop';

export interface Fault {
  mode: FaultMode;
  status: number;
  delayMs: number;
  /** Substring of the path; empty matches every API path. */
  match: string;
  /** Answers left; null for unlimited. */
  remaining: number | null;
}

/** Everything that changes after reset. Fixtures are rebuilt from scratch on reset. */
interface DemoState {
  pipelines: Map<string, Pipeline>;
  runs: Map<string, RunDef>;
  touchFiles: Set<string>;
  /** Idempotency-Key → the retry it created. */
  idempotency: Map<string, { request: string; runId: string }>;
  faults: Fault[];
  /** Total pipelines the list shows (fixtures first, then generated ones). */
  scaleTotal: number;
  /** pipeline + token → demo time of the first completion check. */
  completionSeen: Map<string, number>;
  /** The latest API requests (method, path and query), oldest first, for tests to read back. */
  requests: string[];
}

function initialState(epoch: number): DemoState {
  return {
    pipelines: new Map(seedPipelines().map((p) => [p.id, p])),
    runs: new Map(seedRuns(epoch).map((r) => [r.id, r])),
    touchFiles: new Set(SEED_TOUCH_FILES),
    idempotency: new Map(),
    faults: [],
    scaleTotal: 0,
    completionSeen: new Map(),
    requests: [],
  };
}

/** Built at the first reading after reset, around the demo's epoch (the real time then). */
let state: DemoState | null = null;

export function demoState(): DemoState {
  state ??= initialState(demoEpoch());
  return state;
}

/** Back to the initial fixtures, demo time, no faults and no scale. */
export function resetDemo(): void {
  state = null;
  resetClock();
}

/**
 * A pipeline's last run is its newest run, always: at reset, after a retry or a polling
 * cycle, and as a simulated run ends (its status is read at `now`).
 */
function withLastRun(pipeline: Pipeline, now: number): Pipeline {
  const newest = runsOf(pipeline.id)[0];
  return newest
    ? { ...pipeline, lastRunAt: isoSeconds(newest.createdAt), lastRunStatus: statusAt(newest, now) }
    : pipeline;
}

let scaleCache: { epoch: number; pipelines: Pipeline[] } = { epoch: 0, pipelines: [] };

function scalePipelines(): Pipeline[] {
  const { scaleTotal, pipelines } = demoState();
  const count = Math.max(0, scaleTotal - pipelines.size);
  const epoch = demoEpoch();
  if (scaleCache.pipelines.length !== count || scaleCache.epoch !== epoch) {
    scaleCache = { epoch, pipelines: Array.from({ length: count }, (_, i) => scalePipeline(i + 1, epoch)) };
  }
  return scaleCache.pipelines;
}

/**
 * The list in two parts: the fixtures, whose last run moves with demo time, and the generated
 * scale pipelines, which never change (the same array until the scale switch changes), so
 * what is derived from them can be cached by that array.
 */
export function pipelineParts(now: number): { fixtures: Pipeline[]; generated: readonly Pipeline[] } {
  return {
    fixtures: [...demoState().pipelines.values()].map((p) => withLastRun(p, now)),
    generated: scalePipelines(),
  };
}

export function listPipelines(now: number): Pipeline[] {
  const { fixtures, generated } = pipelineParts(now);
  return [...fixtures, ...generated];
}

export function findPipeline(id: string, now: number): Pipeline | undefined {
  const fixture = demoState().pipelines.get(id);
  if (fixture) return withLastRun(fixture, now);
  const index = Number(SCALE_ID.exec(id)?.[1] ?? 0);
  return scalePipelines()[index - 1];
}

export function findPipelineByName(name: string, now: number): Pipeline | undefined {
  return listPipelines(now).find((p) => p.name === name);
}

/** A pipeline's runs, newest first. */
export function runsOf(pipelineId: string): RunDef[] {
  return [...demoState().runs.values()]
    .filter((r) => r.pipelineId === pipelineId)
    .sort((a, b) => b.createdAt - a.createdAt);
}

/** Every run of every pipeline, newest first (ties: larger id first, so the order is total). */
export function allRuns(): RunDef[] {
  return [...demoState().runs.values()].sort(
    (a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0),
  );
}

const SCALE_RUN_ID = /^run_s\d{5}$/;

/** The runs scale switch: exactly n extra ended runs of pipe_scale (scaleRun), replacing earlier ones. */
export function setScaleRuns(count: number): void {
  const { runs } = demoState();
  for (const id of runs.keys()) if (SCALE_RUN_ID.test(id)) runs.delete(id);
  for (let i = 1; i <= count; i++) addRun(scaleRun(i, demoEpoch()));
}

export function findRun(pipelineId: string, runId: string): RunDef | undefined {
  const run = demoState().runs.get(runId);
  return run?.pipelineId === pipelineId ? run : undefined;
}

/** The next free run_NNN: after the pipeline's highest, or in its own hundred. */
export function nextRunId(pipelineId: string): string {
  const own = runsOf(pipelineId).flatMap((r) => /^run_(\d{3})$/.exec(r.id)?.[1] ?? []);
  const { pipelines, runs } = demoState();
  const ordinal = [...pipelines.keys()].indexOf(pipelineId) + 1;
  let n = own.length > 0 ? Math.max(...own.map(Number)) + 1 : ordinal * 100 + 1;
  while (runs.has(`run_${String(n).padStart(3, '0')}`)) n++;
  return `run_${String(n).padStart(3, '0')}`;
}

export function addRun(run: RunDef): void {
  demoState().runs.set(run.id, run);
}
