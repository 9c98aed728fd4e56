import { describe, expect, it } from 'vitest';
import { formatStatusList, parseStatusList, toggleStatus } from './status-list';

describe('a status filter of several statuses', () => {
  it('reads a comma-separated value: trimmed, empty and repeated ones dropped, unknown ones kept', () => {
    expect(parseStatusList(' failed,,quarantined , failed')).toEqual(['failed', 'quarantined']);
    expect(parseStatusList(null)).toEqual([]);
    expect(parseStatusList(' , ')).toEqual([]);
  });

  it('writes it back, and nothing for no status', () => {
    expect(formatStatusList(['failed', 'no-runs'])).toBe('failed,no-runs');
    expect(parseStatusList(formatStatusList(['failed', 'no-runs']))).toEqual(['failed', 'no-runs']);
    expect(formatStatusList([])).toBeNull();
  });

  it('ticks and unticks one status, keeping the order of the clicks', () => {
    const two = toggleStatus(toggleStatus([], 'running'), 'failed');
    expect(two).toEqual(['running', 'failed']);
    expect(toggleStatus(two, 'running')).toEqual(['failed']);
  });
});
