import { buildValidationErrors } from '../fixtures/errors';
import { documentPhasesAt } from '../fixtures/phases';
import { DOCUMENT_ADVANCE_MS } from '../fixtures/runs';
import type { LogEntry, RunDef, RunMetadata, RunStatus, ValidationError } from '../fixtures/types';
import { isoSeconds } from './clock';

/**
 * A run's state as a pure function of its definition and the demo time: no timers, so
 * any demo time can be asked for, in any order, and gives the same answer.
 */
export interface PartitionDetail {
  index: number;
  status: string;
  rows: number;
  progress?: number;
}

export interface Run {
  id: string;
  pipelineId: string;
  status: RunStatus;
  loadStrategy: string;
  metadata: RunMetadata;
  log: LogEntry[];
  startedAt: string;
  durationMs: number;
  totalRows: number;
  processedRows: number;
  failedRows: number;
}

const clamp01 = (x: number) => (x <= 0 ? 0 : x >= 1 ? 1 : x);
const startOf = (def: RunDef) => def.createdAt + def.pendingMs;
const endOf = (def: RunDef) => startOf(def) + def.runMs;

/** How far the live document run's phases have advanced (0 … 1). */
export function documentFraction(def: RunDef, now: number): number {
  return clamp01((now - (endOf(def) - DOCUMENT_ADVANCE_MS)) / DOCUMENT_ADVANCE_MS);
}

export function statusAt(def: RunDef, now: number): RunStatus {
  if (now < startOf(def)) return 'pending';
  return now >= endOf(def) ? def.outcome : 'running';
}

export function processedAt(def: RunDef, now: number): number {
  if (now < startOf(def)) return def.startRow;
  if (def.documents) {
    const phases = documentPhasesAt(def.id, documentFraction(def, now));
    return phases.completedDocuments + phases.errorDocuments;
  }
  const f = clamp01((now - startOf(def)) / def.runMs);
  return def.startRow + Math.floor((def.endRow - def.startRow) * f);
}

const errorCache = new Map<string, ValidationError[]>();

/** Every error the run will ever report, sorted by row; generated once per definition. */
export function allErrors(def: RunDef): ValidationError[] {
  const key = `${def.id}|${def.startRow}|${def.endRow}|${def.errorUntilRow}|${def.errorCount}`;
  let errors = errorCache.get(key);
  if (!errors) {
    errors = buildValidationErrors({
      seed: def.id,
      count: def.errorCount,
      fromRow: def.startRow,
      toRow: def.errorUntilRow ?? def.endRow,
      fixed: def.fixedErrors,
    });
    errorCache.set(key, errors);
  }
  return errors;
}

/** The errors found so far: those in rows already processed. */
export function errorsAt(def: RunDef, now: number): ValidationError[] {
  const errors = allErrors(def);
  const processed = processedAt(def, now);
  let lo = 0;
  let hi = errors.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((errors[mid]?.row ?? 0) <= processed) lo = mid + 1;
    else hi = mid;
  }
  return lo === errors.length ? errors : errors.slice(0, lo);
}

export function formatEta(ms: number): string {
  if (ms < 60_000) return `${Math.max(1, Math.ceil(ms / 1000))}s`;
  if (ms < 3_600_000) return `${Math.ceil(ms / 60_000)}m`;
  return `${(ms / 3_600_000).toFixed(1)}h`;
}

export function partitionDetails(def: RunDef, processed: number, status: RunStatus): PartitionDetail[] {
  const n = def.partitions;
  const base = Math.floor(def.totalRows / Math.max(1, n));
  const rem = def.totalRows % Math.max(1, n);
  const offset = (i: number) => i * base + Math.min(i, rem);
  const step = Math.max(1, def.concurrency);
  const out: PartitionDetail[] = [];
  // Partitions load in waves of `concurrency`, each wave sharing its rows evenly.
  for (let wave = 0; wave < n; wave += step) {
    const waveEnd = Math.min(n, wave + step);
    const from = offset(wave);
    const f = clamp01((processed - from) / (offset(waveEnd) - from || 1));
    const current = f < 1 && (f > 0 || (processed === from && status === 'running'));
    for (let index = wave; index < waveEnd; index++) {
      const size = offset(index + 1) - offset(index);
      const rows = f >= 1 ? size : Math.floor(size * f);
      if (rows === size) out.push({ index, status: 'completed', rows });
      else if (!current || status === 'pending') out.push({ index, status: 'pending', rows });
      else
        out.push({
          index,
          status: status === 'failed' ? 'failed' : 'running',
          rows,
          progress: Math.round((100 * rows) / size),
        });
    }
  }
  return out;
}

export function logAt(def: RunDef, now: number): LogEntry[] {
  const start = startOf(def);
  const end = endOf(def);
  const entry = (at: number, stage: string, message: string): LogEntry => ({
    stage,
    message,
    timestamp: isoSeconds(at),
  });
  const log = [...def.initialLog];
  if (now < start) return log;
  const extractAt = start + Math.min(5_000, def.runMs / 2);
  if (now >= extractAt) log.push(entry(extractAt, 'extract', `Read ${def.totalRows - def.startRow} rows from source`));
  for (const q of [0.25, 0.5, 0.75]) {
    const at = start + def.runMs * q;
    if (now >= at) log.push(entry(at, 'load', `Loaded ${processedAt(def, at)} of ${def.totalRows} rows`));
  }
  if (now < end) return log;
  const failed = errorsAt(def, now).length;
  if (failed > 0) log.push(entry(end, 'validate', `${failed} rows failed validation`));
  if (def.outcome === 'failed') log.push(entry(end, 'error', def.failureMessage ?? `Run failed at row ${def.endRow}`));
  else
    log.push(
      entry(
        end,
        'complete',
        `Run ${def.outcome === 'completed' ? 'completed' : 'completed with errors'}: ${def.endRow - def.startRow} rows processed`,
      ),
    );
  return log;
}

export function runView(def: RunDef, now: number): Run {
  return {
    id: def.id,
    pipelineId: def.pipelineId,
    status: statusAt(def, now),
    loadStrategy: def.loadStrategy,
    metadata: def.metadata,
    log: logAt(def, now),
    startedAt: isoSeconds(def.createdAt),
    durationMs: Math.max(0, Math.min(now, endOf(def)) - def.createdAt),
    totalRows: def.totalRows,
    processedRows: processedAt(def, now),
    failedRows: errorsAt(def, now).length,
  };
}

/** A run in the list across pipelines: as runView without its log, which no list shows. */
export function runListView(def: RunDef, now: number): Omit<Run, 'log'> {
  const { log: _log, ...run } = runView(def, now);
  return run;
}

/** 001's progress shape. */
export function progressView(def: RunDef, now: number) {
  const run = runView(def, now);
  const errors = errorsAt(def, now);
  const span = def.endRow - def.startRow;
  const details = partitionDetails(def, run.processedRows, run.status);
  return {
    status: run.status,
    totalRows: run.totalRows,
    processedRows: run.processedRows,
    failedRows: run.failedRows,
    skippedRows: span > 0 ? Math.floor((def.skippedCount * (run.processedRows - def.startRow)) / span) : 0,
    partitions: def.partitions,
    completedPartitions: details.filter((p) => p.status === 'completed').length,
    partitionDetails: details,
    validationErrors: errors.slice(0, 20),
    eta: run.status === 'running' ? formatEta(endOf(def) - now) : null,
    durationMs: run.durationMs,
    loadStrategy: def.loadStrategy,
    log: run.log,
  };
}
