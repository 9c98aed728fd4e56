import { screen, waitFor, within } from '@testing-library/react';
import { freezeClock } from '@mocks/testing';
import { renderRunPage } from '../test-utils/render-run-page';

// Whole-page renders in jsdom take a few seconds under a parallel run.
vi.setConfig({ testTimeout: 20_000 });
beforeEach(() => freezeClock());

describe('a run with 1,000 partitions and 100,000 errors', () => {
  it('draws every partition as a named cell of a compact grid, one tab stop, arrow keys moving focus', async () => {
    renderRunPage('pipe_scale', 'run_scale');
    const grid = await screen.findByRole('group', { name: 'Partitions, one cell each' }, { timeout: 5_000 });
    const cells = within(grid).getAllByRole('progressbar');
    expect(cells).toHaveLength(1_000);
    expect(cells[999]).toHaveAccessibleName('Partition 999');
    expect(cells.filter((cell) => cell.tabIndex === 0)).toHaveLength(1);
    expect(screen.getByText(/of 1,000 partitions completed$/)).toBeVisible();

    cells[0]?.focus();
    cells[0]?.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    await waitFor(() => expect(document.activeElement).toBe(cells[999]));
    expect(
      screen.getByText((_, element) => element?.tagName === 'P' && /^Partition 999: /.test(element.textContent ?? '')),
    ).toBeVisible();
  });

  it('keeps the error table to a few dozen DOM rows', async () => {
    renderRunPage('pipe_scale', 'run_scale');
    const table = await screen.findByRole('table', { name: 'Validation errors' });
    await screen.findByText('100,000 errors in total', undefined, { timeout: 5_000 });
    expect(table).toHaveAttribute('aria-rowcount', '100001');
    const rows = within(table).getAllByRole('row');
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.length).toBeLessThan(60);
  });
});
