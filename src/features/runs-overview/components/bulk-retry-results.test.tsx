import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import type { RetriedRun } from '@/features/runs/api/retry-run';
import type { BulkOutcome } from '../hooks/use-bulk-retry';
import { BulkRetryResults } from './bulk-retry-results';

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
});
