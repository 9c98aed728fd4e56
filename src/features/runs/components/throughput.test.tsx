import { screen, waitFor, within } from '@testing-library/react';
import { advanceClock } from '@mocks/sim/clock';
import { DOCUMENT_RUN_ID } from '@mocks/fixtures/runs';
import { call, freezeClock } from '@mocks/testing';
import { runKeys } from '../api/run-keys';
import { renderRunPage } from '../test-utils/render-run-page';

// Whole-page renders in jsdom take a few seconds under a parallel run.
vi.setConfig({ testTimeout: 15_000 });
beforeEach(() => freezeClock());

/** The value beside a label of the run header. */
const fact = (label: string) => screen.getByText(label, { selector: 'dt' }).nextElementSibling as HTMLElement;
const panel = () => screen.getByRole('heading', { name: 'Throughput' }).closest('section') as HTMLElement;

async function retryRun001() {
  expect((await call('/api/v1/pipelines/pipe_001/runs/run_001/retry', { method: 'POST' })).status).toBe(201);
}

describe('throughput', () => {
  it('a pending retry shows no average over 0 s, and no rows carried over as throughput', async () => {
    await retryRun001();
    renderRunPage('pipe_001', 'run_002');
    await waitFor(() => expect(panel()).toHaveTextContent('Average: —, too early to say (0s of run time).'));
    expect(panel()).not.toHaveTextContent(/rows\/s over/);
    expect(fact('Throughput')).toHaveTextContent('—');
  });

  it('an ended retry counts only the rows it loaded, and the header says what the panel says', async () => {
    await retryRun001();
    // The retry resumes at row 32,000 and loads the other 18,000 in 28.4 s (the demo's pace).
    advanceClock(120_000);
    renderRunPage('pipe_001', 'run_002');
    await waitFor(() =>
      expect(panel()).toHaveTextContent(
        'Run ended. Average 633 rows/s over 28s (18,000 rows; the 32,000 rows resumed from the original run are not counted).',
      ),
    );
    expect(fact('Throughput')).toHaveTextContent(/^633 rows\/s$/);
    expect(within(panel()).getByTitle("The run's average over its own time.")).toHaveTextContent(/^633 rows\/s$/);
  });

  it('an original run that ended counts all its rows, in header and panel alike', async () => {
    renderRunPage('pipe_001', 'run_001');
    // 32,000 rows in 45.2 s.
    await waitFor(() => expect(fact('Throughput')).toHaveTextContent(/^708 rows\/s$/));
    expect(panel()).toHaveTextContent('Run ended. Average 708 rows/s over 45s (32,000 rows).');
  });

  it("a live run whose rows are not moving says so in words, and the API's ETA says whose it is", async () => {
    const { queryClient } = renderRunPage('pipe_002', DOCUMENT_RUN_ID);
    await waitFor(() => expect(fact('ETA')).toHaveTextContent('2m'));
    // 003's example holds for 30 demo seconds: the run's time moves on, its rows do not.
    advanceClock(2_000);
    // The next poll now, not after two seconds of wall time (which a loaded machine stretched past the wait).
    await queryClient.refetchQueries({ queryKey: runKeys.progress('pipe_002', DOCUMENT_RUN_ID) });
    await waitFor(() => expect(fact('Throughput')).toHaveTextContent(/^No rows moving$/));
    expect(fact('ETA')).toHaveTextContent("2m API's estimate; no rows moving");
    expect(screen.queryByText(/^0 rows\/s$/)).not.toBeInTheDocument();
  });
});
