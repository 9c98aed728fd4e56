import { screen } from '@testing-library/react';
import { renderWithProviders } from '@/test/render';
import type { RunSummary } from '../api/get-pipeline-runs';
import { RunLineage } from './run-lineage';

const run = (id: string, over: Partial<RunSummary> = {}): RunSummary => ({
  id,
  pipelineId: 'pipe_001',
  status: 'failed',
  loadStrategy: 'upsert',
  startedAt: '2026-03-30T10:00:00Z',
  ...over,
});

describe('RunLineage', () => {
  it('names the original run and the row the retry resumed from', () => {
    renderWithProviders(
      <RunLineage
        run={run('run_002', { metadata: { retryOf: 'run_001', resumeFromRow: 32000 } })}
        retries={undefined}
      />,
    );
    expect(screen.getByText(/retry of/)).toHaveTextContent('retry of run_001, resumed from row 32,000');
    expect(screen.getByRole('link', { name: 'run_001' })).toHaveAttribute('href', '/pipelines/pipe_001/runs/run_001');
  });

  it('says a replace retry started over', () => {
    renderWithProviders(
      <RunLineage
        run={run('run_402', { metadata: { retryOf: 'run_401', resumeFromRow: 0, resumable: false } })}
        retries={undefined}
      />,
    );
    expect(screen.getByText(/retry of/)).toHaveTextContent('retry of run_401, re-run from the start');
  });

  it('names the latest three retries of a run retried many times and counts the rest', () => {
    const retries = ['run_a', 'run_b', 'run_c', 'run_d', 'run_e'].map((id) => run(id));
    renderWithProviders(<RunLineage run={run('run_001')} retries={retries} />);
    expect(screen.getByText(/retried by/)).toHaveTextContent('retried by run_c, run_d, run_e and 2 earlier');
    expect(screen.getAllByRole('link')).toHaveLength(3);
  });

  it('shows a dash for a run with no lineage', () => {
    renderWithProviders(<RunLineage run={run('run_001')} retries={[]} />);
    expect(screen.getByText('—')).toBeInTheDocument();
  });
});
