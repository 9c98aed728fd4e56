import {
  countDelta,
  durationDelta,
  pairErrorGroups,
  pairPartitions,
  rateDelta,
  rowsPerSecond,
  shareText,
} from './compare';

describe('compare deltas', () => {
  it('signs the difference, with a real minus sign, and names the change', () => {
    expect(countDelta(32_000, 50_000)).toEqual({ change: 'more', text: '+18,000' });
    expect(countDelta(12, 0)).toEqual({ change: 'less', text: '\u221212' });
    expect(countDelta(0, 0)).toEqual({ change: 'same', text: '0' });
    expect(durationDelta(45_200, 60_000)).toEqual({ change: 'more', text: '+14s' });
  });

  it('says nothing is known when either side is missing or not a number', () => {
    expect(countDelta(undefined, 5)).toEqual({ change: 'unknown', text: '—' });
    expect(countDelta(5, undefined)).toEqual({ change: 'unknown', text: '—' });
    expect(durationDelta(Number.NaN, 1)).toEqual({ change: 'unknown', text: '—' });
    expect(rateDelta(undefined, undefined)).toEqual({ change: 'unknown', text: '—' });
  });

  it('shares of a zero total are 0%, not NaN; a missing total is unknown', () => {
    expect(shareText(0, 0)).toBe('0%');
    expect(shareText(32_000, 50_000)).toBe('64%');
    expect(shareText(60, 50)).toBe('100%');
    expect(shareText(undefined, 50)).toBe('—');
    expect(shareText(5, undefined)).toBe('—');
  });

  it('rows per second count only the rows a resumed run processed; no time is unknown, not infinity', () => {
    expect(rowsPerSecond(50_000, 20_000, 32_000)).toBe(900);
    expect(rowsPerSecond(32_000, 0)).toBeUndefined();
    expect(rowsPerSecond(undefined, 1_000)).toBeUndefined();
    expect(rowsPerSecond(10, 10_000, 50)).toBe(0);
    // Less than a few seconds of run time is too early for an average.
    expect(rowsPerSecond(32_000, 48, 32_000)).toBeUndefined();
  });
});

describe('partitions side by side', () => {
  it('pairs by index, not by position, and marks status or row changes and one-sided partitions', () => {
    const base = [
      { index: 2, status: 'failed', rows: 7_000, progress: 56 },
      { index: 0, status: 'completed', rows: 12_500, progress: undefined },
    ];
    const head = [
      { index: 0, status: 'completed', rows: 12_500, progress: undefined },
      { index: 2, status: 'completed', rows: 12_500, progress: undefined },
      { index: 5, status: 'pending', rows: undefined, progress: undefined },
    ];
    expect(pairPartitions(base, head).map((p) => [p.index, p.changed, p.base?.rows, p.head?.rows])).toEqual([
      [0, false, 12_500, 12_500],
      [2, true, 7_000, 12_500],
      [5, true, undefined, undefined],
    ]);
    expect(pairPartitions([], [])).toEqual([]);
  });
});

describe('error groups of two runs', () => {
  it('sorts new, changed, gone, unchanged; larger first within each', () => {
    const base = [
      { column: 'email', error: 'Invalid email format', count: 3 },
      { column: 'age', error: 'Expected integer', count: 2 },
      { column: 'notes', error: 'Disallowed characters', count: 1 },
    ];
    const head = [
      { column: 'age', error: 'Expected integer', count: 2 },
      { column: 'email', error: 'Invalid email format', count: 5 },
      { column: 'amount', error: 'Expected decimal', count: 4 },
    ];
    expect(pairErrorGroups(base, head)).toEqual([
      { column: 'amount', error: 'Expected decimal', base: 0, head: 4, change: 'new' },
      { column: 'email', error: 'Invalid email format', base: 3, head: 5, change: 'changed' },
      { column: 'notes', error: 'Disallowed characters', base: 1, head: 0, change: 'gone' },
      { column: 'age', error: 'Expected integer', base: 2, head: 2, change: 'unchanged' },
    ]);
  });

  it('keeps a column and message that only differ by a separator apart', () => {
    const pairs = pairErrorGroups([{ column: 'a b', error: 'c', count: 1 }], [{ column: 'a', error: 'b c', count: 1 }]);
    expect(pairs.map((p) => p.change)).toEqual(['new', 'gone']);
  });
});
