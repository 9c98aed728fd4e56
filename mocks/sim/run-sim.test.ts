import { buildValidationErrors } from '../fixtures/errors';
import { buildRun, seedRuns } from '../fixtures/runs';
import { SEED_EPOCH } from './clock';
import { allErrors, formatEta, partitionDetails, processedAt, progressView, runView, statusAt } from './run-sim';

/** A fixture run placed at the seeds' own epoch, so the seeds' times come out verbatim. */
function seedRun(id: string) {
  const run = seedRuns(SEED_EPOCH).find((r) => r.id === id);
  if (!run) throw new Error(`no fixture ${id}`);
  return run;
}

describe('run simulator', () => {
  it('answers the same for the same demo time, whatever was asked before', () => {
    const run = seedRun('run_301');
    const later = progressView(run, SEED_EPOCH + 30_000);
    progressView(run, SEED_EPOCH + 59_000);
    expect(progressView(run, SEED_EPOCH + 30_000)).toEqual(later);
    expect(progressView(seedRun('run_301'), SEED_EPOCH + 30_000)).toEqual(later);
  });

  it("gives run_001 the values of 001's progress example where they fit a failed run", () => {
    const progress = progressView(seedRun('run_001'), SEED_EPOCH);
    expect(progress).toMatchObject({
      status: 'failed',
      totalRows: 50000,
      processedRows: 32000,
      failedRows: 12,
      skippedRows: 3,
      partitions: 4,
      completedPartitions: 2,
      eta: null,
      durationMs: 45200,
      loadStrategy: 'upsert',
    });
    expect(progress.partitionDetails).toEqual([
      { index: 0, status: 'completed', rows: 12500 },
      { index: 1, status: 'completed', rows: 12500 },
      { index: 2, status: 'failed', rows: 7000, progress: 56 },
      { index: 3, status: 'pending', rows: 0 },
    ]);
    expect(progress.validationErrors.slice(0, 2)).toEqual([
      { row: 142, column: 'email', value: 'not-an-email', error: 'Invalid email format' },
      { row: 305, column: 'age', value: 'abc', error: 'Expected integer' },
    ]);
    expect(progress.log[0]).toEqual({
      stage: 'extract',
      message: 'Read 50000 rows from source',
      timestamp: '2026-03-30T10:00:05Z',
    });
  });

  it('advances the live append run: rows, errors and partitions grow, ETA shrinks, it ends after 60 s', () => {
    const run = seedRun('run_301');
    const at = (s: number) => progressView(run, SEED_EPOCH + s * 1000);
    expect(at(0)).toMatchObject({ status: 'running', processedRows: 30000, eta: '1m' });
    expect(at(30)).toMatchObject({ status: 'running', processedRows: 75000, eta: '30s' });
    expect(at(30).failedRows).toBeGreaterThan(at(0).failedRows);
    expect(at(30).completedPartitions).toBeGreaterThan(at(0).completedPartitions);
    expect(at(59).status).toBe('running');
    expect(at(60)).toMatchObject({
      status: 'completed_with_errors',
      processedRows: 120000,
      failedRows: 37,
      eta: null,
      completedPartitions: 6,
    });
    expect(at(60).log.at(-1)?.stage).toBe('complete');
  });

  it('ends the live upsert run as failed at its failure row', () => {
    const run = seedRun('run_503');
    expect(statusAt(run, SEED_EPOCH + 89_000)).toBe('running');
    expect(runView(run, SEED_EPOCH + 90_000)).toMatchObject({ status: 'failed', processedRows: 24000 });
  });

  it('keeps a resumed run pending until it starts, rows before its resume row already done', () => {
    const run = buildRun({
      id: 'r',
      pipelineId: 'p',
      createdAt: 0,
      pendingMs: 3000,
      startRow: 500,
      totalRows: 1000,
      partitions: 2,
    });
    expect(runView(run, 2999)).toMatchObject({ status: 'pending', processedRows: 500, durationMs: 2999 });
    expect(progressView(run, 2999).eta).toBeNull();
    expect(partitionDetails(run, 500, 'pending').map((p) => p.status)).toEqual(['completed', 'pending']);
    expect(processedAt(run, 3000 + 30_000)).toBe(750);
  });

  it('formats the ETA like 001 ("3m", "1.2h")', () => {
    expect(formatEta(45_000)).toBe('45s');
    expect(formatEta(170_000)).toBe('3m');
    expect(formatEta(4_320_000)).toBe('1.2h');
  });
});

describe('scale fixtures', () => {
  it('has a run with 1,000 partitions and 100,000 validation errors', () => {
    const run = seedRun('run_scale');
    const progress = progressView(run, SEED_EPOCH);
    expect(progress.partitionDetails).toHaveLength(1000);
    expect(progress.partitions).toBe(1000);
    expect(progress.failedRows).toBe(100_000);
    expect(progress.validationErrors).toHaveLength(20);
    expect(allErrors(run)).toHaveLength(100_000);
  });

  // Generation speed is a benchmark figure (npm run bench), not a timed test.
  it('generates 100,000 errors sorted and deterministic, hostile values included', () => {
    const errors = buildValidationErrors({ seed: 'timing', count: 100_000, fromRow: 0, toRow: 480_000 });
    expect(errors).toHaveLength(100_000);
    expect(errors.every((e, i) => i === 0 || (errors[i - 1]?.row ?? 0) <= e.row)).toBe(true);
    expect(buildValidationErrors({ seed: 'timing', count: 100, fromRow: 0, toRow: 480 })).toEqual(
      buildValidationErrors({ seed: 'timing', count: 100, fromRow: 0, toRow: 480 }),
    );
    const values = new Set(errors.map((e) => e.value));
    for (const hostile of [
      '<img src=x onerror=alert(1)>',
      '=HYPERLINK("http://evil.example","Click me")',
      'line one\nline two',
      '\u200Fישראל',
    ]) {
      expect(values).toContain(hostile);
    }
  });
});
