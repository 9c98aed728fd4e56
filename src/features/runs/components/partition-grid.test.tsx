import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Partition } from '../api/get-run-progress';
import { PartitionGrid } from './partition-grid';
import { NARROW_SCREEN } from '@/hooks/use-media-query';
import { stubResizeObserver } from '@/test/resize-observer';

const partitions = (count: number, at: (index: number) => Partial<Partition> = () => ({})): Partition[] =>
  Array.from({ length: count }, (_, index) => ({
    index,
    status: 'pending',
    rows: 0,
    progress: undefined,
    ...at(index),
  }));

const cells = () =>
  within(screen.getByRole('group', { name: 'Partitions, one cell each' })).getAllByRole('progressbar');

describe('PartitionGrid', () => {
  it('draws one named progressbar per partition, telling its state in words and by value', async () => {
    render(
      <PartitionGrid
        partitions={partitions(30, (i) =>
          i === 1 ? { status: 'running', rows: 7_000, progress: 56 } : i === 2 ? { status: 'failed' } : {},
        )}
      />,
    );
    expect(await screen.findAllByRole('progressbar')).toHaveLength(30);
    const running = screen.getByRole('progressbar', { name: 'Partition 1' });
    expect(running).toHaveAttribute('aria-valuenow', '56');
    expect(running).toHaveAttribute('aria-valuetext', 'running · 7,000 rows · 56%');
    expect(running.querySelector('span')).toHaveStyle({ height: '56%' });
    expect(screen.getByRole('progressbar', { name: 'Partition 2' })).not.toHaveAttribute('aria-valuenow');
    expect(screen.getByRole('progressbar', { name: 'Partition 0' })).toHaveAttribute('aria-valuenow', '0');
  });

  it('updates changed cells in place on a poll, so focus stays where the operator left it', async () => {
    const user = userEvent.setup();
    const before = partitions(30);
    const { rerender } = render(<PartitionGrid partitions={before} />);
    await user.tab();
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    const focused = screen.getByRole('progressbar', { name: 'Partition 3' });
    expect(focused).toHaveFocus();
    const untouched = screen.getByRole('progressbar', { name: 'Partition 9' });

    const after = before.map((p) => (p.index === 3 ? { ...p, status: 'running', progress: 40 } : p));
    rerender(<PartitionGrid partitions={after} />);
    expect(focused).toHaveFocus();
    expect(focused).toHaveAttribute('aria-valuenow', '40');
    expect(focused).toHaveAttribute('aria-valuetext', 'running · 0 rows · 40%');
    expect(screen.getByRole('progressbar', { name: 'Partition 9' })).toBe(untouched);

    const done = after.map((p) => (p.index === 3 ? { ...p, status: 'completed', progress: undefined } : p));
    rerender(<PartitionGrid partitions={done} />);
    expect(focused).toHaveAttribute('aria-valuenow', '100');
    expect(focused.querySelector('span')).toBeNull();
  });

  it('keeps one tab stop when the list shrinks below the focused cell, and drops the cells that went', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<PartitionGrid partitions={partitions(30)} />);
    await user.tab();
    await user.keyboard('{End}');
    expect(screen.getByRole('progressbar', { name: 'Partition 29' })).toHaveFocus();

    rerender(<PartitionGrid partitions={partitions(26)} />);
    expect(cells()).toHaveLength(26);
    expect(cells().filter((cell) => cell.tabIndex === 0)).toEqual([
      screen.getByRole('progressbar', { name: 'Partition 25' }),
    ]);
  });

  it('draws its cells in the task after the frame that lays the page out, holding their rows meanwhile', () => {
    vi.useFakeTimers();
    const { report } = stubResizeObserver();
    render(<PartitionGrid partitions={partitions(100)} />);
    const grid = screen.getByRole('group', { name: 'Partitions, one cell each' });
    act(() => vi.runAllTimers());
    expect(grid.children).toHaveLength(0);

    // The frame lays the grid out 300 px wide: 20 cells a row (12 px and a 3 px gap), 5 rows.
    act(() => report([{ contentRect: { width: 300 } as DOMRectReadOnly }]));
    expect(grid.children).toHaveLength(0);
    expect(grid).toHaveStyle({ minHeight: `${5 * 15 - 3}px` });

    act(() => vi.runOnlyPendingTimers());
    expect(grid.children).toHaveLength(100);
    expect(grid.style.minHeight).toBe('');
    expect([...grid.querySelectorAll('[tabindex="0"]')]).toEqual([grid.children[0]]);
  });

  describe('on a phone, where the grid scrolls inside its box', () => {
    beforeEach(() => {
      vi.stubGlobal('matchMedia', (query: string) => ({
        matches: query === NARROW_SCREEN,
        addEventListener: () => {},
        removeEventListener: () => {},
      }));
      vi.useFakeTimers();
    });
    afterEach(() => {
      vi.useRealTimers();
      vi.unstubAllGlobals();
    });

    const rowsShown = () => Math.ceil(window.innerWidth / 15) * 10;
    /** The cells' names in order (read from the DOM: a role query over thousands of cells takes seconds in jsdom). */
    const cellNames = () =>
      [...screen.getByRole('group', { name: 'Partitions, one cell each' }).children].map((cell) =>
        cell.getAttribute('aria-label'),
      );
    const names = (count: number) => Array.from({ length: count }, (_, i) => `Partition ${i}`);
    const cell = (index: number) => screen.getByRole('group').querySelector<HTMLElement>(`[data-position="${index}"]`);

    it('draws the rows its box shows first, and the rest in the tasks right after', () => {
      render(<PartitionGrid partitions={partitions(1_200, (i) => (i === 1_199 ? { status: 'failed' } : {}))} />);
      expect(cellNames()).toEqual([]);
      act(() => vi.runOnlyPendingTimers());
      expect(cellNames()).toEqual(names(rowsShown()));
      act(() => vi.runOnlyPendingTimers());
      expect(cellNames().length).toBeGreaterThan(rowsShown());
      expect(cellNames().length).toBeLessThan(1_200);
      act(() => vi.runAllTimers());
      expect(cellNames()).toEqual(names(1_200));
      expect(cell(1_199)).toHaveAttribute('aria-valuetext', 'failed · 0 rows · progress unknown');
      expect(cell(1_199)).toHaveAttribute('role', 'progressbar');
    });

    it('gives back the height it held when a poll brings fewer partitions than it has drawn', () => {
      const { report } = stubResizeObserver();
      const { rerender } = render(<PartitionGrid partitions={partitions(1_000)} />);
      const grid = screen.getByRole('group', { name: 'Partitions, one cell each' });
      act(() => report([{ contentRect: { width: 300 } as DOMRectReadOnly }]));
      expect(grid).toHaveStyle({ minHeight: `${50 * 15 - 3}px` });
      act(() => vi.runOnlyPendingTimers());
      expect(cellNames()).toEqual(names(rowsShown()));

      rerender(<PartitionGrid partitions={partitions(100)} />);
      expect(cellNames()).toEqual(names(100));
      expect(grid.style.minHeight).toBe('');
    });

    it('draws the later cells from the newest poll, and End reaches the last cell before they are all drawn', () => {
      const { rerender } = render(<PartitionGrid partitions={partitions(1_000)} />);
      rerender(<PartitionGrid partitions={partitions(1_000, () => ({ status: 'completed' }))} />);
      act(() => vi.runAllTimers());
      const group = screen.getByRole('group', { name: 'Partitions, one cell each' });
      expect(group.querySelectorAll('[aria-valuenow="100"]')).toHaveLength(1_000);

      rerender(<PartitionGrid partitions={partitions(1_300)} />);
      expect(cellNames()).toHaveLength(1_000);
      act(() => cell(0)!.focus());
      fireEvent.keyDown(cell(0)!, { key: 'End' });
      expect(cellNames()).toEqual(names(1_300));
      expect(cell(1_299)).toHaveFocus();
      expect(cell(1_299)).toHaveAttribute('tabindex', '0');
      act(() => vi.runAllTimers());
      expect(cellNames()).toEqual(names(1_300));
    });
  });
});
