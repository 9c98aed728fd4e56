import { fireEvent, render, screen } from '@testing-library/react';
import { ThroughputChart } from './throughput-chart';

// Today in UTC: the chart labels times of day in the time-zone setting (UTC by default), with no date for today.
const today = new Date();
const at = (hms: string) =>
  Date.UTC(
    today.getUTCFullYear(),
    today.getUTCMonth(),
    today.getUTCDate(),
    ...(hms.split(':').map(Number) as [number, number, number]),
  );
const points = [
  { at: at('10:00:00'), rowsPerSecond: 1_200 },
  { at: at('10:00:02'), rowsPerSecond: 1_800 },
  { at: at('10:00:04'), rowsPerSecond: 900 },
];
const time = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  timeZone: 'UTC',
});

describe('ThroughputChart', () => {
  it('labels the rate axis from 0 to a round top, and the time axis with the first and last poll', () => {
    render(<ThroughputChart points={points} />);
    expect(screen.getByText('2,000')).toBeInTheDocument();
    expect(screen.getByText('1,000')).toBeInTheDocument();
    expect(screen.getByText('0')).toBeInTheDocument();
    expect(screen.getByText(time.format(points[0]!.at))).toBeInTheDocument();
    expect(screen.getByText(time.format(points[2]!.at))).toBeInTheDocument();
  });

  it('labels a rate axis under 10 with its fractions, so no two labels read the same (no rows moving: 1, 0.5, 0)', () => {
    const { container } = render(
      <ThroughputChart
        points={[
          { at: at('10:00:00'), rowsPerSecond: 0 },
          { at: at('10:00:02'), rowsPerSecond: 0 },
        ]}
      />,
    );
    const labels = [...container.querySelectorAll('[aria-hidden="true"] > span')].map((s) => s.textContent);
    expect(labels.slice(0, 3)).toEqual(['1', '0.5', '0']);
  });

  it('reads out the point under the pointer, and forgets it when the pointer leaves', () => {
    const { container } = render(<ThroughputChart points={points} />);
    const svg = container.querySelector('svg')!;
    fireEvent.pointerMove(svg, { clientX: 0 });
    expect(screen.getByText(`${time.format(points[0]!.at)} · 1,200 rows/s`)).toBeInTheDocument();
    fireEvent.pointerLeave(svg);
    expect(screen.queryByText(/rows\/s/)).not.toBeInTheDocument();
  });
});
