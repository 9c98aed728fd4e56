import {
  addSample,
  averageText,
  currentRate,
  estimateRemainingMs,
  MIN_AVERAGE_MS,
  ratePoints,
  runAverage,
  throughputFigure,
  type ProgressSample,
} from './throughput';

const s = (at: number, processedRows: number, elapsedMs?: number): ProgressSample => ({ at, processedRows, elapsedMs });

describe('ratePoints', () => {
  it('gives rows per second between successive polls', () => {
    expect(ratePoints([s(0, 0), s(2000, 1000), s(4000, 3000)])).toEqual([
      { at: 2000, rowsPerSecond: 500 },
      { at: 4000, rowsPerSecond: 1000 },
    ]);
  });

  it("uses the run's own elapsed time when it moved, so a late poll does not look slow", () => {
    expect(ratePoints([s(0, 0, 10_000), s(5000, 2000, 12_000)])).toEqual([{ at: 5000, rowsPerSecond: 1000 }]);
    // elapsed did not move (a cached answer): fall back to arrival times
    expect(ratePoints([s(0, 0, 10_000), s(2000, 2000, 10_000)])).toEqual([{ at: 2000, rowsPerSecond: 1000 }]);
  });

  it('reports a stalled run as 0, never negative or NaN', () => {
    expect(ratePoints([s(0, 500), s(2000, 500)])).toEqual([{ at: 2000, rowsPerSecond: 0 }]);
    expect(ratePoints([s(0, 500), s(0, 900)])).toEqual([]);
    expect(ratePoints([])).toEqual([]);
  });
});

describe('addSample', () => {
  it('forgets samples older than the window', () => {
    const samples = [s(0, 0), s(60_000, 10)];
    expect(addSample(samples, s(120_000, 20), 90_000)).toEqual([s(60_000, 10), s(120_000, 20)]);
  });

  it('restarts history when the count goes backwards, and ignores a sample that is not newer', () => {
    expect(addSample([s(0, 100)], s(2000, 50))).toEqual([s(2000, 50)]);
    expect(addSample([s(2000, 100)], s(2000, 150))).toEqual([s(2000, 100)]);
  });
});

describe('currentRate', () => {
  it('averages the last 30 s', () => {
    const samples = [s(0, 0), s(10_000, 100_000), s(40_000, 130_000), s(50_000, 140_000)];
    // the window opens at 20 s: from the sample at 40 s to the one at 50 s, ignoring the fast start
    expect(currentRate(samples)).toBe(1000);
  });

  it('is null with fewer than two samples', () => {
    expect(currentRate([])).toBeNull();
    expect(currentRate([s(0, 10)])).toBeNull();
  });
});

describe('estimateRemainingMs', () => {
  it('divides what is left by the rate', () => {
    expect(estimateRemainingMs(50_000, 32_000, 100)).toBe(180_000);
  });

  it('is null without a positive rate or counts', () => {
    expect(estimateRemainingMs(50_000, 32_000, 0)).toBeNull();
    expect(estimateRemainingMs(50_000, 32_000, null)).toBeNull();
    expect(estimateRemainingMs(undefined, 32_000, 10)).toBeNull();
    expect(estimateRemainingMs(10, 20, 10)).toBeNull();
  });
});

describe('runAverage', () => {
  it('counts only the rows the run processed itself: a retry resumed at 32,000 that loaded 18,000 in 28 s', () => {
    expect(runAverage({ processedRows: 50_000, durationMs: 28_000, resumeFromRow: 32_000 })).toEqual({
      kind: 'rate',
      rowsPerSecond: 18_000 / 28,
      rows: 18_000,
      durationMs: 28_000,
      resumedRows: 32_000,
    });
  });

  it('says it is too early below a few seconds of run time, not 666,667 rows/s over 0 s', () => {
    expect(runAverage({ processedRows: 32_000, durationMs: 48, resumeFromRow: 32_000 })).toEqual({
      kind: 'too-early',
      durationMs: 48,
    });
    expect(runAverage({ processedRows: 100, durationMs: MIN_AVERAGE_MS - 1 }).kind).toBe('too-early');
    expect(runAverage({ processedRows: 100, durationMs: MIN_AVERAGE_MS }).kind).toBe('rate');
  });

  it('is unknown without rows or time, and never negative when the resume row is past the processed rows', () => {
    expect(runAverage({ durationMs: 10_000 })).toEqual({ kind: 'unknown' });
    expect(runAverage({ processedRows: 10 })).toEqual({ kind: 'unknown' });
    expect(runAverage({ processedRows: 10, durationMs: 10_000, resumeFromRow: 50 })).toMatchObject({
      rowsPerSecond: 0,
      rows: 0,
    });
  });
});

describe('throughputFigure and averageText', () => {
  const ended = runAverage({ processedRows: 50_000, durationMs: 28_000, resumeFromRow: 32_000 });

  it('shows an ended run its average, the same number as the average line', () => {
    expect(throughputFigure({ live: false, currentRate: 2_000, average: ended }).value).toBe('643 rows/s');
    expect(averageText(ended, false)).toBe(
      'Run ended. Average 643 rows/s over 28s (18,000 rows; the 32,000 rows resumed from the original run are not counted).',
    );
  });

  it('shows a live run the measured rate, and says a rate of 0 in words', () => {
    expect(throughputFigure({ live: true, currentRate: 1_234.4, average: ended }).value).toBe('1,234 rows/s');
    expect(throughputFigure({ live: true, currentRate: 0, average: ended }).value).toBe('No rows moving');
    expect(throughputFigure({ live: true, currentRate: null, average: ended }).value).toBe('—');
  });

  it('never rounds a slow rate to "0 rows/s"', () => {
    const slow = runAverage({ processedRows: 19, durationMs: 300_000 });
    expect(averageText(slow, true)).toBe('Average under 1 row/s over 5m 0s (19 rows).');
    expect(throughputFigure({ live: false, currentRate: null, average: slow }).value).toBe('under 1 row/s');
    expect(throughputFigure({ live: true, currentRate: 0.2, average: slow }).value).toBe('under 1 row/s');
  });

  it('says why there is no average', () => {
    expect(averageText({ kind: 'too-early', durationMs: 48 }, true)).toBe(
      'Average: —, too early to say (0s of run time).',
    );
    expect(averageText({ kind: 'unknown' }, true)).toBe('No average yet.');
    expect(
      throughputFigure({ live: false, currentRate: null, average: { kind: 'too-early', durationMs: 48 } }).value,
    ).toBe('—');
  });
});
