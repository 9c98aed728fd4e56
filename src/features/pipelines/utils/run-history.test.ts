import type { RunSummary } from '../api/get-pipeline-runs';
import { newestFirst, recentRunsChartData, retriesByOriginal } from './run-history';

const run = (id: string, startedAt: string, over: Partial<RunSummary> = {}): RunSummary => ({
  id,
  pipelineId: 'pipe_001',
  status: 'completed',
  loadStrategy: 'upsert',
  startedAt,
  ...over,
});

const runs = [
  run('run_001', '2026-03-30T10:00:00Z', { status: 'failed', processedRows: 32000, failedRows: 12, durationMs: 45200 }),
  run('run_003', '2026-03-30T14:00:00Z', { status: 'running', metadata: { retryOf: 'run_001', resumeFromRow: 40000 } }),
  run('run_002', '2026-03-30T12:00:00Z', {
    metadata: { retryOf: 'run_001', resumeFromRow: 32000 },
    processedRows: 50000,
  }),
  run('run_000', 'not a time'),
];

describe('newestFirst', () => {
  it('orders by start time, newest first, with unparseable times last', () => {
    expect(newestFirst(runs).map((r) => r.id)).toEqual(['run_003', 'run_002', 'run_001', 'run_000']);
  });

  it('breaks ties by id, highest first', () => {
    expect(
      newestFirst([run('run_9', '2026-01-01T00:00:00Z'), run('run_10', '2026-01-01T00:00:00Z')]).map((r) => r.id),
    ).toEqual(['run_10', 'run_9']);
  });
});

describe('retriesByOriginal', () => {
  it('lists the retries of each original run, oldest first', () => {
    expect(
      retriesByOriginal(runs)
        .get('run_001')
        ?.map((r) => r.id),
    ).toEqual(['run_002', 'run_003']);
    expect(retriesByOriginal(runs).has('run_002')).toBe(false);
  });
});

describe('recentRunsChartData', () => {
  it('keeps the newest runs, oldest on the left, with durations in seconds', () => {
    expect(recentRunsChartData(runs, 3)).toEqual([
      {
        id: 'run_001',
        pipelineId: 'pipe_001',
        processed: 32000,
        failed: 12,
        loaded: 31988,
        live: false,
        durationS: 45.2,
      },
      {
        id: 'run_002',
        pipelineId: 'pipe_001',
        processed: 50000,
        failed: 0,
        loaded: 50000,
        live: false,
        durationS: null,
      },
      { id: 'run_003', pipelineId: 'pipe_001', processed: 0, failed: 0, loaded: 0, live: true, durationS: null },
    ]);
  });
});
