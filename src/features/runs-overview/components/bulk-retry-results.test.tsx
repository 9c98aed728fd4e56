import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import type { RetriedRun } from '@/features/runs/api/retry-run';
import type { BulkOutcome } from '../hooks/use-bulk-retry';
import { BulkRetryResults, RESULTS_SHOWN } from './bulk-retry-results';

const job = (n: number) => ({ pipelineId: 'pipe_001', runId: `run_${n}`, idempotencyKey: `key-${n}` });
const created = (n: number): BulkOutcome => ({
  job: job(n),
  state: 'created',
  run: { id: `run_new_${n}`, pipelineId: 'pipe_001' } as RetriedRun,
});

function renderResults(outcomes: BulkOutcome[], running: boolean) {
  render(
    <MemoryRouter>
      <BulkRetryResults outcomes={outcomes} running={running} onDismiss={() => {}} />
    </MemoryRouter>,
  );
  return screen.getByRole('region', { name: 'Retry results' });
}

describe('BulkRetryResults', () => {
  it('counts a bulk retry of thousands of runs the way every other count is written', () => {
    const outcomes = Array.from({ length: 1_234 }, (_, n) =>
      n < 1_200 ? created(n) : ({ job: job(n), state: 'failed', error: new Error('refused') } as BulkOutcome),
    );
    expect(renderResults(outcomes, false)).toHaveTextContent('1,200 of 1,234 runs retried');
  });

  it('says how far a running batch has got', () => {
    const outcomes = Array.from({ length: 1_500 }, (_, n) =>
      n < 1_000 ? created(n) : ({ job: job(n), state: 'queued' } as BulkOutcome),
    );
    expect(renderResults(outcomes, true)).toHaveTextContent('1,000 of 1,500 done…');
  });

  it('speaks of one run in the singular', () => {
    expect(renderResults([created(1)], false)).toHaveTextContent('1 of 1 run retried');
  });

  it(`lists the first ${RESULTS_SHOWN} results, the runs not retried first, and more on request`, async () => {
    const user = userEvent.setup();
    const total = RESULTS_SHOWN + 50;
    const outcomes = Array.from({ length: total }, (_, n) =>
      n === total - 1 ? ({ job: job(n), state: 'failed', error: new Error('refused') } as BulkOutcome) : created(n),
    );
    const region = renderResults(outcomes, false);
    const items = () => within(region).getAllByRole('listitem');
    expect(items()).toHaveLength(RESULTS_SHOWN);
    expect(items()[0]).toHaveTextContent(`run_${total - 1}not retried: refused`);
    expect(items()[1]).toHaveTextContent('run_0→ new run run_new_0');
    await user.click(within(region).getByRole('button', { name: 'Show 50 more results (50 not shown)' }));
    expect(items()).toHaveLength(total);
    expect(within(region).queryByRole('button', { name: /^Show/ })).not.toBeInTheDocument();
  });
});
