import {
  alreadyRetriedNote,
  failedSharePercent,
  formatEstimate,
  liveElapsedMs,
  resumeRowForRetry,
  runDocumentTitle,
  runPercent,
} from './run-summary';

describe('runPercent', () => {
  it('is processed over total, and 0 (never NaN) for a zero or missing total', () => {
    expect(runPercent(32_000, 50_000)).toBe(64);
    expect(runPercent(0, 0)).toBe(0);
    expect(runPercent(10, 0)).toBe(0);
    expect(runPercent(undefined, 50_000)).toBe(0);
    expect(runPercent(10, undefined)).toBe(0);
    expect(runPercent(1, 3)).toBe(33);
  });
});

describe('runDocumentTitle', () => {
  it('shows percent, status and run id', () => {
    expect(runDocumentTitle({ runId: 'run_001', status: 'failed', processedRows: 32_000, totalRows: 50_000 })).toBe(
      '64% · Failed · run_001',
    );
    expect(runDocumentTitle({ runId: 'run_9', status: 'paused_by_operator', processedRows: 0, totalRows: 0 })).toBe(
      '0% · paused_by_operator · run_9',
    );
    expect(runDocumentTitle({ runId: 'run_9' })).toBe('run_9');
  });
});

describe('liveElapsedMs', () => {
  it('adds the time since the answer arrived while the run is live', () => {
    expect(liveElapsedMs({ durationMs: 45_200, receivedAt: 1000, now: 4000, live: true })).toBe(48_200);
    expect(liveElapsedMs({ durationMs: 45_200, receivedAt: 1000, now: 4000, live: false })).toBe(45_200);
    expect(liveElapsedMs({ durationMs: 45_200, receivedAt: 5000, now: 4000, live: true })).toBe(45_200);
    expect(liveElapsedMs({ durationMs: undefined, receivedAt: 0, now: 1, live: true })).toBeUndefined();
  });
});

describe('formatEstimate', () => {
  it('marks the figure as approximate', () => {
    expect(formatEstimate(180_000)).toBe('≈ 3m 0s');
    expect(formatEstimate(null)).toBeNull();
  });
});

describe('resumeRowForRetry', () => {
  it('resumes append and upsert from the processed rows; replace re-runs from the start', () => {
    expect(resumeRowForRetry('upsert', 32_000)).toBe(32_000);
    expect(resumeRowForRetry('append', undefined)).toBe(0);
    expect(resumeRowForRetry('replace', 32_000)).toBeNull();
    expect(resumeRowForRetry('merge', 32_000)).toBeNull();
  });
});

describe('failedSharePercent', () => {
  it('says what share of processed rows failed once it reaches 5 % of a live run', () => {
    expect(failedSharePercent({ live: true, processedRows: 1_000, failedRows: 200 })).toBe(20);
    expect(failedSharePercent({ live: true, processedRows: 1_000, failedRows: 50 })).toBe(5);
    expect(failedSharePercent({ live: true, processedRows: 100_000, failedRows: 4_999 })).toBeNull();
    expect(failedSharePercent({ live: true, processedRows: 1_000, failedRows: 49 })).toBeNull();
    // Floored: 9.99 % reads as 9 %.
    expect(failedSharePercent({ live: true, processedRows: 10_000, failedRows: 999 })).toBe(9);
  });

  it('stays quiet for an ended run and while the counts are unknown or zero', () => {
    expect(failedSharePercent({ live: false, processedRows: 1_000, failedRows: 500 })).toBeNull();
    expect(failedSharePercent({ live: true, processedRows: 0, failedRows: 3 })).toBeNull();
    expect(failedSharePercent({ live: true, failedRows: 3 })).toBeNull();
    expect(failedSharePercent({ live: true, processedRows: 1_000 })).toBeNull();
  });
});

describe('alreadyRetriedNote', () => {
  it('names the latest retry with its status, and says a second retry makes another run', () => {
    expect(alreadyRetriedNote('run_001', [])).toBeNull();
    expect(alreadyRetriedNote('run_001', [{ id: 'run_002', status: 'running' }])).toBe(
      'run_001 was already retried as run_002 (Running). Retrying again makes another run.',
    );
    expect(
      alreadyRetriedNote('run_001', [
        { id: 'run_002', status: 'failed' },
        { id: 'run_003', status: 'paused_by_operator' },
      ]),
    ).toBe(
      'run_001 was already retried 2 times, most recently as run_003 (paused_by_operator). Retrying again makes another run.',
    );
  });
});
