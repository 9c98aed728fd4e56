import { chartScale, nearestPoint, niceCeiling, throughputPaths } from './throughput-chart-geometry';

const points = [
  { at: 1_000, rowsPerSecond: 100 },
  { at: 3_000, rowsPerSecond: 340 },
  { at: 5_000, rowsPerSecond: 0 },
];

describe('the throughput chart geometry', () => {
  it('rounds the top of the axis up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect([0, 0.3, 1, 3, 21, 240, 340, 999, 1_001].map(niceCeiling)).toEqual([
      1, 0.5, 1, 5, 25, 250, 500, 1_000, 2_000,
    ]);
  });

  it('spreads time over the width and rates over the height, 0 at the bottom', () => {
    const scale = chartScale(points);
    expect(scale.maxRate).toBe(500);
    expect([scale.x(1_000), scale.x(3_000), scale.x(5_000)]).toEqual([0, 50, 100]);
    expect([scale.y(0), scale.y(340), scale.y(500)]).toEqual([100, 32, 0]);
  });

  it('draws the line through every point and closes the area along the bottom', () => {
    const { line, area } = throughputPaths(points, chartScale(points));
    expect(line).toBe('M0 80L50 32L100 100');
    expect(area).toBe('M0 80L50 32L100 100L100 100L0 100Z');
    expect(throughputPaths([], chartScale([]))).toEqual({ line: '', area: '' });
  });

  it('finds the point nearest the pointer, clamped to the chart', () => {
    const scale = chartScale(points);
    expect(nearestPoint(points, scale, 0.1)).toBe(points[0]);
    expect(nearestPoint(points, scale, 0.6)).toBe(points[1]);
    expect(nearestPoint(points, scale, 7)).toBe(points[2]);
    expect(nearestPoint([], chartScale([]), 0.5)).toBeNull();
  });
});
