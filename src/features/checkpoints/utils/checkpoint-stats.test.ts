import type { Checkpoint } from '../api/checkpoints';
import { chartPoints, needsLogScale, sortNewestFirst, summarize } from './checkpoint-stats';

function checkpoint(uuid: string, fields: Partial<Checkpoint> = {}): Checkpoint {
  return { uuid, fingerprint: 1n, ...fields };
}

describe('sortNewestFirst', () => {
  it('orders by steps with bigint precision, beyond what a double can tell apart', () => {
    const list = [
      checkpoint('a', { steps: 9007199254740992n }),
      checkpoint('b', { steps: 9007199254740993n }),
      checkpoint('c', { steps: 12n }),
    ];
    expect(Number(9007199254740992n)).toBe(Number(9007199254740993n));
    expect(sortNewestFirst(list).map((c) => c.uuid)).toEqual(['b', 'a', 'c']);
  });

  it('puts checkpoints without steps last and does not mutate the input', () => {
    const list = [
      checkpoint('none', { steps: null }),
      checkpoint('old', { steps: 1n }),
      checkpoint('absent'),
      checkpoint('new', { steps: 5n }),
    ];
    expect(sortNewestFirst(list).map((c) => c.uuid)).toEqual(['new', 'old', 'none', 'absent']);
    expect(list[0]?.uuid).toBe('none');
  });
});

describe('summarize', () => {
  it('sums sizes exactly and finds the latest step', () => {
    const list = [
      checkpoint('a', { size: 9223372036854775807n, steps: 3n }),
      checkpoint('b', { size: 9223372036854775807n, steps: 18446744073709551615n }),
      checkpoint('c', { size: null, steps: null }),
    ];
    expect(summarize(list)).toEqual({
      count: 3,
      totalSize: 18446744073709551614n,
      sized: 2,
      latestStep: 18446744073709551615n,
    });
  });

  it('has no latest step when there are no checkpoints', () => {
    expect(summarize([])).toEqual({ count: 0, totalSize: 0n, sized: 0, latestStep: null });
  });
});

describe('chartPoints', () => {
  it('runs oldest step first and skips checkpoints without a step', () => {
    const list = [
      checkpoint('new', { steps: 20n, size: 2048n }),
      checkpoint('x'),
      checkpoint('old', { steps: 10n, processed_records: 500n }),
    ];
    expect(chartPoints(list)).toEqual([
      { step: 10, size: null, records: 500 },
      { step: 20, size: 2048, records: null },
    ]);
  });
});

describe('chartPoints at scale', () => {
  it('thins thousands of checkpoints to a chartable number, keeping the first and the last step', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => checkpoint(`c${i}`, { steps: BigInt(i + 1) }));
    const points = chartPoints(many, 400);
    expect(points).toHaveLength(400);
    expect(points[0]?.step).toBe(1);
    expect(points[399]?.step).toBe(10_000);
    expect(points.every((p, i) => i === 0 || p.step > points[i - 1]!.step)).toBe(true);
  });
});

describe('needsLogScale', () => {
  it('is on when positive values span three orders of magnitude', () => {
    expect(needsLogScale([1_610_612_736, 9.2e18, null, 0])).toBe(true);
    expect(needsLogScale([700, 1_000, 699_999])).toBe(false);
    expect(needsLogScale([0, 5])).toBe(false);
  });
});
