import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { callJson, freezeClock } from '@mocks/testing';
import { CompareRoute } from '@/app/routes/compare-route';
import { formatCount } from '@/lib/format';
import { renderWithProviders } from '@/test/render';

// Whole-page renders in jsdom take a few seconds under a parallel run.
vi.setConfig({ testTimeout: 15_000 });
beforeEach(() => freezeClock());

type Progress = { processedRows: number; partitionDetails: { index: number; status: string; rows: number }[] };

function renderCompare(search: string) {
  return renderWithProviders(<CompareRoute />, {
    route: `/pipelines/pipe_001/compare${search}`,
    path: '/pipelines/:pipelineId/compare',
  });
}

async function progressOf(runId: string): Promise<Progress> {
  return (await callJson<Progress>(`/api/v1/pipelines/pipe_001/runs/${runId}/progress`)).body;
}

function figureRow(name: string) {
  return within(screen.getByRole('table', { name: 'Run figures' })).getByRole('row', { name: new RegExp(`^${name}`) });
}

describe('comparing two runs', () => {
  it('shows run_001 against its retry: processed rows, the partitions that changed, and the error groups of both', async () => {
    const retry = await callJson<{ id: string }>('/api/v1/pipelines/pipe_001/runs/run_001/retry', {
      method: 'POST',
      token: 'demo-editor',
      headers: { 'Idempotency-Key': crypto.randomUUID() },
    });
    expect(retry.status).toBe(201);
    const head = retry.body.id;
    const [base, headProgress] = [await progressOf('run_001'), await progressOf(head)];

    renderCompare(`?base=run_001&head=${head}`);
    await screen.findByRole('table', { name: 'Run figures' });
    const diff = headProgress.processedRows - base.processedRows;
    const sign = diff > 0 ? '+' : diff < 0 ? '\u2212' : '';
    expect(figureRow('Processed / total rows')).toHaveTextContent(`${sign}${formatCount(Math.abs(diff))}`);
    expect(figureRow('Status')).toHaveTextContent('changed');

    const changed = base.partitionDetails.filter((p) => {
      const other = headProgress.partitionDetails.find((h) => h.index === p.index);
      return !other || other.status !== p.status || other.rows !== p.rows;
    }).length;
    // The retry resumes the partition run_001 stopped in: at least that one differs.
    expect(changed).toBeGreaterThan(0);
    const all = new Set([...base.partitionDetails, ...headProgress.partitionDetails].map((p) => p.index)).size;
    expect(await screen.findByText(`${changed} of ${all} partitions changed status or rows.`)).toBeVisible();
    const partitions = screen.getByRole('table', { name: 'Partitions by index' });
    // The rows come in a deferred render, after the count above them.
    await waitFor(() => {
      const marked = within(partitions)
        .getAllByRole('row')
        .filter((row) => row.textContent?.includes('◆ changed'));
      expect(marked).toHaveLength(changed);
    });

    const groups = await screen.findByRole('table', { name: 'Error groups' });
    await waitFor(() => expect(within(groups).getAllByRole('row').length).toBeGreaterThan(1));
  });

  it('swaps base and head in the URL', async () => {
    const { router } = renderCompare('?base=run_001&head=run_20260330');
    await userEvent.click(await screen.findByRole('button', { name: 'Swap base and head' }));
    await waitFor(() => expect(router.state.location.search).toBe('?base=run_20260330&head=run_001'));
  });

  it('says so when the same run is given twice, and links back to the pipeline', async () => {
    renderCompare('?base=run_001&head=run_001');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Base and head are both run_001');
    expect(screen.getByRole('link', { name: 'Choose two runs of pipe_001' })).toHaveAttribute(
      'href',
      '/pipelines/pipe_001',
    );
  });

  it('says plainly when a run is unknown to the pipeline', async () => {
    renderCompare('?base=run_001&head=run_999');
    expect(await screen.findByText(/The head run run_999 is not a run of pipe_001/)).toBeVisible();
    expect(screen.queryByRole('table', { name: 'Run figures' })).toBeNull();
  });

  it('without a base, compares the head with the run before it', async () => {
    const { router } = renderCompare('?head=run_001');
    // run_20260330 is the nightly run before run_001 (the demo's fixtures).
    await waitFor(() => expect(router.state.location.search).toBe('?base=run_20260330&head=run_001'));
  });
});
