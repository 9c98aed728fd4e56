import { buildRun } from '../fixtures/runs';
import type { RunDef } from '../fixtures/types';
import { isoSeconds } from './clock';
import { processedAt } from './run-sim';
import { addRun, demoState, listPipelines, nextRunId } from './state';

const RETRY_PENDING_MS = 3_000;

/**
 * A retry (001): append and upsert resume from the last processed row, replace starts
 * again from row 0. The new run is pending, then runs cleanly to the end at the
 * original's speed (clamped so a demo never waits long).
 */
export function retryRun(original: RunDef, now: number): RunDef {
  const resumable = original.loadStrategy !== 'replace';
  const startRow = resumable ? processedAt(original, now) : 0;
  const rowsPerMs = (original.endRow - original.startRow) / Math.max(1, original.runMs);
  const runMs = Math.min(
    120_000,
    Math.max(15_000, Math.round((original.totalRows - startRow) / Math.max(rowsPerMs, 1e-6))),
  );
  const message = resumable
    ? `Resuming from row ${startRow} (original run: ${original.id})`
    : `Full re-run from row 0: the replace strategy cannot resume (original run: ${original.id})`;
  const run = buildRun({
    id: nextRunId(original.pipelineId),
    pipelineId: original.pipelineId,
    createdAt: now,
    loadStrategy: original.loadStrategy,
    totalRows: original.totalRows,
    partitions: original.partitions,
    concurrency: original.concurrency,
    pendingMs: RETRY_PENDING_MS,
    runMs,
    startRow,
    metadata: { retryOf: original.id, resumeFromRow: startRow, resumable },
    initialLog: [{ stage: 'retry', message, timestamp: isoSeconds(now) }],
  });
  addRun(run);
  return run;
}

/**
 * One polling cycle (001): every pipeline with polling enabled is checked; those whose
 * touch file is present get a new run, and the touch file counts as consumed.
 */
export function pollCycle(now: number): { checked: number; triggered: number } {
  const state = demoState();
  let checked = 0;
  let triggered = 0;
  for (const pipeline of listPipelines(now)) {
    if (!pipeline.polling.enabled) continue;
    checked++;
    if (!state.touchFiles.delete(pipeline.id)) continue;
    triggered++;
    const run = buildRun({
      id: nextRunId(pipeline.id),
      pipelineId: pipeline.id,
      createdAt: now,
      totalRows: 20_000,
      partitions: 4,
      concurrency: 2,
      pendingMs: 2_000,
      runMs: 40_000,
      initialLog: [
        {
          stage: 'poll',
          message: `Touch file ${pipeline.polling.prefix}${pipeline.polling.touchFile} found`,
          timestamp: isoSeconds(now),
        },
      ],
    });
    addRun(run);
  }
  return { checked, triggered };
}
