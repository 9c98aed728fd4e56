import { INGESTION_STATUSES, INGESTION_STEPS } from '@/features/pipelines/api/get-ingestion-status';
import { PARTITION_STATUSES } from '@/features/runs/api/get-run-progress';
import { LOAD_STRATEGIES, RUN_STATUSES } from '@/features/runs/api/schemas';
import {
  enumValue,
  hostileString,
  idString,
  nullable,
  shortHostileString,
  wireCount,
  wireInt64,
  wireTime,
  type TextArbitrary,
} from './arbitraries';
import { fc } from './fc';

/**
 * API bodies within each endpoint's contract (the seeds and DESIGN.md): required fields
 * always there, optional ones present, null or absent, every string hostile, every
 * number at its edges, every enum possibly unknown to this build.
 */
export interface Shape {
  /** Length of every list in the body. */
  size: { minLength?: number; maxLength?: number };
  text: TextArbitrary;
}

/** A few items per list, any string (10,000 characters included). */
export const SMALL: Shape = { size: { maxLength: 4 }, text: hostileString };
/** 10,000 items per list, with strings that keep the body in megabytes, not gigabytes. */
export const HUGE: Shape = { size: { minLength: 10_000, maxLength: 10_000 }, text: shortHostileString };

/** fc.record where only `required` keys are always present: the others may be absent too. */
function record<T, K extends keyof T>(model: { [P in keyof T]: fc.Arbitrary<T[P]> }, required: K[]) {
  return fc.record<T, K>(model, { requiredKeys: required });
}

export const pollingBody = ({ text }: Shape) =>
  record(
    {
      enabled: nullable(fc.boolean()),
      intervalMinutes: nullable(wireCount),
      touchFile: nullable(text),
      prefix: nullable(text),
      deleteAfterProcess: nullable(fc.boolean()),
    },
    [],
  );

export const pipelineBody = (shape: Shape) =>
  record(
    {
      id: idString,
      name: shape.text,
      connector: nullable(shape.text),
      connectorType: nullable(shape.text),
      polling: nullable(pollingBody(shape)),
      lastRunAt: nullable(wireTime(shape.text)),
      lastRunStatus: nullable(enumValue(RUN_STATUSES, shape.text)),
    },
    ['id', 'name'],
  );

export const pipelineListBody = (shape: Shape) =>
  fc.record({
    pipelines: fc.uniqueArray(pipelineBody(shape), { ...shape.size, selector: (p) => p.id }),
    total: nullable(wireCount),
  });

const metadataBody = ({ text }: Shape) =>
  record({ retryOf: nullable(text), resumeFromRow: nullable(wireCount), resumable: nullable(fc.boolean()) }, []);

const runSummaryBody = (shape: Shape) =>
  record(
    {
      id: idString,
      pipelineId: idString,
      status: enumValue(RUN_STATUSES, shape.text),
      loadStrategy: enumValue(LOAD_STRATEGIES, shape.text),
      startedAt: wireTime(shape.text),
      durationMs: nullable(wireCount),
      totalRows: nullable(wireCount),
      processedRows: nullable(wireCount),
      failedRows: nullable(wireCount),
      metadata: nullable(metadataBody(shape)),
    },
    ['id', 'pipelineId', 'status', 'loadStrategy', 'startedAt'],
  );

export const runListBody = (shape: Shape) =>
  fc.record({
    runs: fc.uniqueArray(runSummaryBody(shape), { ...shape.size, selector: (r) => r.id }),
    total: nullable(wireCount),
  });

export const ingestionStatusBody = ({ size, text }: Shape) =>
  record(
    {
      status: enumValue(INGESTION_STATUSES, text),
      deployment_date: nullable(wireTime(text)),
      effective_at: nullable(wireTime(text)),
      job_id: nullable(text),
      error: nullable(
        fc.array(
          record({ step: nullable(enumValue(INGESTION_STEPS, text)), job_id: nullable(text), message: text }, [
            'message',
          ]),
          size,
        ),
      ),
    },
    ['status'],
  );

const logEntryBody = ({ text }: Shape) =>
  record({ stage: nullable(text), message: nullable(text), timestamp: nullable(wireTime(text)) }, []);

const validationErrorBody = ({ text }: Shape) =>
  record(
    {
      row: wireCount,
      column: nullable(text),
      value: nullable(fc.oneof(text, wireCount, fc.boolean())),
      error: nullable(text),
    },
    ['row'],
  );

export const runBody = (shape: Shape) =>
  record(
    {
      id: idString,
      pipelineId: idString,
      status: enumValue(RUN_STATUSES, shape.text),
      loadStrategy: nullable(enumValue(LOAD_STRATEGIES, shape.text)),
      startedAt: nullable(wireTime(shape.text)),
      durationMs: nullable(wireCount),
      totalRows: nullable(wireCount),
      processedRows: nullable(wireCount),
      failedRows: nullable(wireCount),
      metadata: nullable(metadataBody(shape)),
      log: nullable(fc.array(logEntryBody(shape), SMALL.size)),
    },
    ['id', 'pipelineId', 'status'],
  );

const partitionBody = ({ text }: Shape) =>
  record(
    {
      index: wireCount,
      status: enumValue(PARTITION_STATUSES, text),
      rows: nullable(wireCount),
      progress: nullable(wireCount),
    },
    ['index', 'status'],
  );

export const runProgressBody = (shape: Shape) =>
  record(
    {
      status: enumValue(RUN_STATUSES, shape.text),
      totalRows: nullable(wireCount),
      processedRows: nullable(wireCount),
      failedRows: nullable(wireCount),
      skippedRows: nullable(wireCount),
      partitions: nullable(wireCount),
      completedPartitions: nullable(wireCount),
      // "Partition N" names one bar: the API numbers its partitions once each.
      partitionDetails: nullable(
        fc.uniqueArray(partitionBody(shape), { ...shape.size, selector: (p) => Number(p.index) }),
      ),
      // 001: the first 20 at most.
      validationErrors: nullable(fc.array(validationErrorBody(shape), { maxLength: 20 })),
      eta: nullable(shape.text),
      durationMs: nullable(wireCount),
      loadStrategy: nullable(enumValue(LOAD_STRATEGIES, shape.text)),
      log: nullable(fc.array(logEntryBody(shape), shape.size)),
    },
    ['status'],
  );

export const runErrorsBody = (shape: Shape) =>
  record({ total: nullable(wireCount), errors: fc.array(validationErrorBody(shape), shape.size) }, ['errors']);

const phaseBody = ({ text }: Shape) =>
  record(
    {
      phaseId: idString,
      name: nullable(text),
      type: nullable(text),
      scope: nullable(fc.oneof(fc.constant('pipeline'), text)),
      status: nullable(text),
      completed: nullable(wireCount),
      running: nullable(wireCount),
      pending: nullable(wireCount),
      errors: nullable(wireCount),
    },
    ['phaseId'],
  );

const documentErrorBody = ({ text }: Shape) =>
  record(
    { pipelineDocumentId: nullable(text), documentId: nullable(text), phase: nullable(text), message: nullable(text) },
    [],
  );

export const runPhasesBody = (shape: Shape) =>
  record(
    {
      status: nullable(shape.text),
      totalDocuments: nullable(wireCount),
      completedDocuments: nullable(wireCount),
      errorDocuments: nullable(wireCount),
      phases: nullable(fc.uniqueArray(phaseBody(shape), { ...shape.size, selector: (p) => p.phaseId })),
      errors: nullable(fc.array(documentErrorBody(shape), shape.size)),
    },
    [],
  );

const checkpointBody = ({ text }: Shape) =>
  record(
    {
      uuid: fc.oneof(fc.uuid(), idString),
      fingerprint: wireInt64,
      identifier: nullable(text),
      size: nullable(wireInt64),
      steps: nullable(wireInt64),
      processed_records: nullable(wireInt64),
    },
    ['uuid', 'fingerprint'],
  );

export const checkpointsBody = (shape: Shape) =>
  fc.uniqueArray(checkpointBody(shape), { ...shape.size, selector: (c) => c.uuid });
