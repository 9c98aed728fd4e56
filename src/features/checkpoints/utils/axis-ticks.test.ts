import { byteTicks, fromUnits, logAxis, toUnits } from './axis-ticks';

describe('log axis', () => {
  it('projects sizes onto binary units and back', () => {
    expect(toUnits(1024 ** 3, 1024)).toBeCloseTo(3);
    expect(fromUnits(3, 1024)).toBe(1024 ** 3);
    expect(toUnits(0, 1024)).toBeNull();
    expect(toUnits(null, 1000)).toBeNull();
  });

  it('runs from the whole unit below the data to its top, ticks on whole units, six at most', () => {
    expect(logAxis([3.06, 6.003])).toEqual({ domain: [3, 6.003], ticks: [3, 4, 5, 6] });
    expect(logAxis([1.2, null, 1.4])).toEqual({ domain: [1, 1.4], ticks: [1] });
    expect(logAxis([0.5, 12.2])).toEqual({ domain: [0, 12.2], ticks: [0, 3, 6, 9, 12] });
    expect(logAxis([null])).toEqual({ domain: [0, 1], ticks: [] });
  });
});

describe('byteTicks', () => {
  it('steps by round binary sizes up to just past the largest value', () => {
    const GiB = 1024 ** 3;
    expect(byteTicks(1.25 * GiB)).toEqual([0, 0.5 * GiB, GiB, 1.5 * GiB]);
    expect(byteTicks(700)).toEqual([0, 200, 400, 600, 800]);
    expect(byteTicks(0)).toEqual([0]);
  });
});
