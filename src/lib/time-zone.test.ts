// @vitest-environment jsdom
import { describeTimeZone, formatClockTime, formatExactTime } from './format';
import {
  getTimeZoneChoice,
  reloadTimeZoneChoice,
  setTimeZoneChoice,
  subscribeTimeZone,
  TIME_ZONE_KEY,
} from './time-zone';

describe('time zone setting', () => {
  afterEach(() => {
    localStorage.clear();
    reloadTimeZoneChoice();
  });

  it('is UTC by default, remembers local in localStorage and tells subscribers', () => {
    expect(getTimeZoneChoice()).toBe('utc');
    const listener = vi.fn();
    const unsubscribe = subscribeTimeZone(listener);
    setTimeZoneChoice('local');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(localStorage.getItem(TIME_ZONE_KEY)).toBe('local');
    reloadTimeZoneChoice();
    expect(getTimeZoneChoice()).toBe('local');
    setTimeZoneChoice('utc');
    expect(localStorage.getItem(TIME_ZONE_KEY)).toBeNull();
    unsubscribe();
  });

  it('follows a change made in another tab', () => {
    const listener = vi.fn();
    const unsubscribe = subscribeTimeZone(listener);
    localStorage.setItem(TIME_ZONE_KEY, 'local');
    window.dispatchEvent(new StorageEvent('storage', { key: TIME_ZONE_KEY }));
    expect(getTimeZoneChoice()).toBe('local');
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
  });
});

describe('times in a zone', () => {
  const at = Date.parse('2026-03-30T10:00:05Z');

  it('writes the exact time naming the zone', () => {
    expect(formatExactTime('2026-03-30T10:00:05Z', 'utc')).toBe('30 Mar 2026, 10:00:05 UTC');
    expect(formatExactTime(at, 'utc')).toBe('30 Mar 2026, 10:00:05 UTC');
    expect(formatExactTime('not a time', 'utc')).toBe('not a time');
    expect(describeTimeZone('utc')).toBe('UTC');
    expect(describeTimeZone('local')).toMatch(/^local time \(.+\)$/);
  });

  it('gives the time of day, with the date when it is not today in that zone', () => {
    expect(formatClockTime(at, 'utc', Date.parse('2026-03-30T23:59:59Z'))).toBe('10:00:05');
    expect(formatClockTime(at, 'utc', Date.parse('2026-03-31T00:00:00Z'))).toBe('30 Mar 2026 10:00:05');
    expect(formatClockTime(Number.NaN, 'utc')).toBe('—');
  });
});
