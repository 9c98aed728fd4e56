import {
  completedPartitionsText,
  countPartitions,
  describePartition,
  partitionTone,
  partitionValue,
} from './partitions';

describe('partitionValue', () => {
  it('follows the contract: progress when given, 100 completed, 0 pending, else unknown', () => {
    expect(partitionValue({ index: 2, status: 'running', rows: 7000, progress: 56 })).toBe(56);
    expect(partitionValue({ index: 0, status: 'completed', rows: 12500 })).toBe(100);
    expect(partitionValue({ index: 3, status: 'pending', rows: 0 })).toBe(0);
    expect(partitionValue({ index: 4, status: 'running', rows: 10 })).toBeNull();
    expect(partitionValue({ index: 5, status: 'failed', rows: 10 })).toBeNull();
    expect(partitionValue({ index: 6, status: 'rebalancing' })).toBeNull();
  });

  it('prefers a given progress over the status, clamped and rounded', () => {
    expect(partitionValue({ index: 0, status: 'completed', progress: 99.6 })).toBe(100);
    expect(partitionValue({ index: 0, status: 'failed', progress: 40 })).toBe(40);
    expect(partitionValue({ index: 0, status: 'running', progress: 140 })).toBe(100);
    expect(partitionValue({ index: 0, status: 'running', progress: -5 })).toBe(0);
    expect(partitionValue({ index: 0, status: 'pending', progress: Number.NaN })).toBe(0);
  });
});

describe('describePartition', () => {
  it('gives status, rows and percent, or says the progress is unknown', () => {
    expect(describePartition({ index: 2, status: 'running', rows: 7000, progress: 56 })).toBe(
      'running · 7,000 rows · 56%',
    );
    expect(describePartition({ index: 1, status: 'failed' })).toBe('failed · — rows · progress unknown');
  });
});

describe('partitionTone', () => {
  it('maps known statuses and keeps unknown ones distinct', () => {
    expect(partitionTone('completed')).toBe('ok');
    expect(partitionTone('failed')).toBe('fail');
    expect(partitionTone('paused')).toBe('unknown');
  });
});

describe('counting partitions', () => {
  const details = [
    { index: 0, status: 'completed' },
    { index: 1, status: 'completed' },
    { index: 2, status: 'running' },
    { index: 3, status: 'pending' },
    { index: 4, status: 'odd' },
  ];

  it('counts each status, unknown ones as other', () => {
    expect(countPartitions(details)).toEqual({ completed: 2, running: 1, pending: 1, failed: 0, other: 1 });
  });

  it('says how many completed, trusting the API counters first', () => {
    expect(completedPartitionsText({ partitions: 4, completedPartitions: 2, details: [] })).toBe(
      '2 of 4 partitions completed',
    );
    expect(completedPartitionsText({ details })).toBe('2 of 5 partitions completed');
    expect(completedPartitionsText({ partitions: 1000, completedPartitions: 999, details: [] })).toBe(
      '999 of 1,000 partitions completed',
    );
    expect(completedPartitionsText({ partitions: 1, details: [{ index: 0, status: 'pending' }] })).toBe(
      '0 of 1 partition completed',
    );
    expect(completedPartitionsText({ partitions: 0, details: [] })).toBeNull();
  });
});
