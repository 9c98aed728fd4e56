import {
  CLOCK_SKEW_MS,
  countOf,
  formatBytes,
  formatCompact,
  formatCount,
  formatDuration,
  formatExact,
  formatExactTime,
  formatHappened,
  percent,
} from './format';

describe('formatCount', () => {
  it('groups thousands and keeps bigint exact', () => {
    expect(formatCount(12500)).toBe('12,500');
    expect(formatCount(2n ** 53n + 1n)).toBe('9,007,199,254,740,993');
    expect(formatCount(undefined)).toBe('—');
    expect(formatCount(Number.NaN)).toBe('—');
  });

  it('writes a number past 2^53 in powers of ten, not in digits a double does not hold', () => {
    expect(formatCount(Number.MAX_SAFE_INTEGER)).toBe('9,007,199,254,740,991');
    expect(formatCount(1e300)).toBe('1E300');
    expect(formatCount(-9.2e18)).toBe('-9.2E18');
    expect(formatCount(1e15)).toBe('1,000,000,000,000,000');
  });
});

describe('formatExact', () => {
  it('prints every digit of int64 max', () => {
    expect(formatExact(9223372036854775807n)).toBe('9223372036854775807');
    expect(formatExact(18446744073709551615n)).toBe('18446744073709551615');
    expect(formatExact(12500)).toBe('12500');
  });
});

describe('formatBytes', () => {
  it('uses binary units with one decimal', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1023)).toBe('1023 B');
    expect(formatBytes(1536)).toBe('1.5 KiB');
    expect(formatBytes(1610612736)).toBe('1.5 GiB');
    expect(formatBytes(9223372036854775807n)).toBe('8 EiB');
  });
});

describe('percent', () => {
  it('is 0 for a zero or broken total, never NaN', () => {
    expect(percent(0, 0)).toBe(0);
    expect(percent(5, 0)).toBe(0);
    expect(percent(Number.NaN, 10)).toBe(0);
    expect(percent(32000, 50000)).toBe(64);
    expect(percent(60, 50)).toBe(100);
  });
});

describe('formatDuration', () => {
  it('reads like a person would say it', () => {
    expect(formatDuration(45200)).toBe('45s');
    expect(formatDuration(3_723_000)).toBe('1h 2m 3s');
    expect(formatDuration(-1)).toBe('—');
  });
});

describe('countOf', () => {
  it('says one run, not one runs', () => {
    expect(countOf(1, 'run')).toBe('1 run');
    expect(countOf(0, 'run')).toBe('0 runs');
    expect(countOf(12500, 'pipeline')).toBe('12,500 pipelines');
  });
});

describe('formatCompact', () => {
  it('stays short past trillions instead of writing 1000T', () => {
    expect(formatCompact(1_200)).toBe('1.2K');
    expect(formatCompact(1e12)).toBe('1T');
    expect(formatCompact(1e15)).toBe('1E15');
    expect(formatCompact(9.2e18)).toBe('9.2E18');
  });
});

describe('formatHappened', () => {
  const now = Date.parse('2026-11-30T10:00:00Z');
  const at = (ms: number) => new Date(now + ms).toISOString();

  it('says how long ago a past time was', () => {
    expect(formatHappened(at(-5 * 60_000), now, 'utc')).toBe('5 minutes ago');
    expect(formatHappened(at(0), now, 'utc')).toBe('now');
  });

  it('reads a time slightly ahead of the browser’s clock as now: the clocks disagree', () => {
    expect(formatHappened(at(26_000), now, 'utc')).toBe('now');
    expect(formatHappened(at(CLOCK_SKEW_MS), now, 'utc')).toBe('now');
  });

  it('gives the exact time when it is further ahead than clocks drift', () => {
    const ahead = at(CLOCK_SKEW_MS + 1_000);
    expect(formatHappened(ahead, now, 'utc')).toBe(formatExactTime(ahead, 'utc'));
    expect(formatHappened(ahead, now, 'utc')).toContain('10:02:01');
  });

  it('keeps what it cannot read, and says — for nothing', () => {
    expect(formatHappened('yesterday-ish', now, 'utc')).toBe('yesterday-ish');
    expect(formatHappened(undefined, now, 'utc')).toBe('—');
  });
});
