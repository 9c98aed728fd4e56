import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { freezeClock } from '@mocks/testing';
import { formatExactTime } from '@/lib/format';
import { renderRunPage } from '../test-utils/render-run-page';

// Whole-page renders in jsdom take a few seconds under a parallel run.
vi.setConfig({ testTimeout: 15_000 });
beforeEach(() => freezeClock());
afterEach(() => localStorage.clear());

/** The value beside a label of the run header. */
const fact = (label: string) => screen.getByText(label, { selector: 'dt' }).nextElementSibling as HTMLElement;

describe('run times', () => {
  it('a fresh retry shows when it started, not "—"', async () => {
    const { router } = renderRunPage('pipe_001', 'run_001', 'demo-editor');
    const button = await screen.findByRole('button', { name: 'Retry run' });
    await waitFor(() => expect(button).not.toHaveAttribute('aria-disabled'));
    await userEvent.click(button);
    const dialog = screen.getByRole('dialog', { name: 'Retry run run_001?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Resume from row 32,000' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/pipelines/pipe_001/runs/run_002'));
    // The demo lives in the present: the retry started seconds ago, not months.
    await waitFor(() => expect(fact('Started')).toHaveTextContent(/^(now|\d+ seconds? ago)$/));
  });

  it('log lines of another day carry their date, in UTC by default', async () => {
    renderRunPage('pipe_001', 'run_20260329');
    const log = await screen.findByRole('list', { name: 'Run log entries' });
    expect(screen.getByText('times in UTC')).toBeVisible();
    const times = within(log)
      .getAllByRole('listitem')
      .map((li) => li.querySelector('time'));
    expect(times.length).toBeGreaterThan(0);
    for (const time of times) {
      expect(time?.textContent).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2}$/);
      expect(time).toHaveAttribute('title', formatExactTime(time?.getAttribute('datetime'), 'utc'));
    }
  });
});
