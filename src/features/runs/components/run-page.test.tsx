import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { server } from '@mocks/node';
import { advanceClock } from '@mocks/sim/clock';
import { DOCUMENT_RUN_ID, FINISHED_DOCUMENT_RUN_ID } from '@mocks/fixtures/runs';
import { freezeClock } from '@mocks/testing';
import { runKeys } from '../api/run-keys';
import { recordRequests, renderRunPage } from '../test-utils/render-run-page';

// Whole-page renders in jsdom take a few seconds under a parallel run.
vi.setConfig({ testTimeout: 15_000 });
beforeEach(() => freezeClock());

describe('a run that does not exist', () => {
  it('says run_999 was not found, in the API’s words, with the way back to its pipeline', async () => {
    renderRunPage('pipe_001', 'run_999');
    const heading = await screen.findByRole('heading', { level: 1, name: 'Run run_999 not found' });
    const section = heading.closest('section') as HTMLElement;
    expect(section).toHaveTextContent('HTTP 404 · RunNotFound · Pipeline or run not found');
    expect(within(section).getByRole('link', { name: 'See the runs of pipe_001' })).toHaveAttribute(
      'href',
      '/pipelines/pipe_001',
    );
    await waitFor(() => expect(document.title).toBe('Run run_999 not found · Pipewatch'));
  });
});

describe('the run page for run_001', () => {
  it('shows 001: status, overall progress, ETA and counts', async () => {
    renderRunPage('pipe_001', 'run_001');
    const overall = await screen.findByRole('progressbar', { name: 'Run progress' });
    await waitFor(() => expect(overall).toHaveAttribute('aria-valuenow', '64'));
    expect(screen.getAllByText('Failed')[0]).toBeVisible();
    expect(screen.getByText('ETA').nextElementSibling).toHaveTextContent('—');
    expect(screen.getByText('Processed / total').nextElementSibling).toHaveTextContent('32,000 / 50,000');
    expect(screen.getByText('Failed rows').nextElementSibling).toHaveTextContent('12');
    expect(screen.getByText('Skipped rows').nextElementSibling).toHaveTextContent('3');
    expect(screen.getByText('Load strategy').nextElementSibling).toHaveTextContent('upsert');
    expect(await screen.findByRole('link', { name: 'Daily Customer Import' })).toBeVisible();
    await waitFor(() => expect(document.title).toBe('64% · Failed · run_001 · Pipewatch'));
  });

  it('has no progress value before the progress has arrived: unknown is not 0 %', async () => {
    let answer: () => void = () => {};
    const held = new Promise<void>((resolve) => (answer = resolve));
    server.use(http.get('*/api/v1/pipelines/:id/runs/:runId/progress', () => held.then(() => undefined)));
    renderRunPage('pipe_001', 'run_001');
    const overall = await screen.findByRole('progressbar', { name: 'Run progress' });
    expect(overall).not.toHaveAttribute('aria-valuenow');
    expect(overall).not.toHaveAttribute('aria-valuetext', expect.stringMatching(/%/));
    expect(screen.getByText('Run progress').parentElement).not.toHaveTextContent('0%');
    answer();
    await waitFor(() => expect(overall).toHaveAttribute('aria-valuenow', '64'));
  });

  it("draws one bar per partition with 001's values", async () => {
    renderRunPage('pipe_001', 'run_001');
    expect(await screen.findByText('2 of 4 partitions completed')).toBeVisible();
    const values = [0, 1, 2, 3].map((n) =>
      screen.getByRole('progressbar', { name: `Partition ${n}` }).getAttribute('aria-valuenow'),
    );
    expect(values).toEqual(['100', '100', '56', '0']);
    expect(screen.getByRole('progressbar', { name: 'Partition 2' })).toHaveAttribute(
      'aria-valuetext',
      'failed · 7,000 rows · 56%',
    );
    expect(screen.queryByRole('progressbar', { name: 'Partition 4' })).not.toBeInTheDocument();
  });

  it('lists the validation errors of rows 142 and 305 in the table', async () => {
    renderRunPage('pipe_001', 'run_001');
    const table = await screen.findByRole('table', { name: 'Validation errors' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Row', 'Column', 'Value', 'Error']);
    const row142 = await within(table).findByRole('row', { name: /142 email not-an-email Invalid email format/ });
    expect(row142).toBeVisible();
    expect(within(table).getByRole('row', { name: /305 age abc Expected integer/ })).toBeVisible();
    expect(await screen.findByText('12 errors in total')).toBeVisible();
  });

  it('says that the run reports no phases when the phase endpoint answers 404', async () => {
    renderRunPage('pipe_001', 'run_001');
    const phases = await screen.findByRole('region', { name: 'Phases' });
    expect(await within(phases).findByText(/no phases/)).toBeVisible();
    expect(within(phases).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('does not poll a run that has ended', async () => {
    const requests = recordRequests(server);
    renderRunPage('pipe_001', 'run_001');
    await screen.findByText('2 of 4 partitions completed');
    await new Promise((resolve) => setTimeout(resolve, 2_600));
    requests.stop();
    const progressCalls = requests.seen.filter((r) => r.path.endsWith('/runs/run_001/progress'));
    expect(progressCalls).toHaveLength(1);
  });
});

describe('the run page for document runs', () => {
  it("shows 003's phases, their counts and the extraction error", async () => {
    renderRunPage('pipe_002', DOCUMENT_RUN_ID);
    const phases = await screen.findByRole('region', { name: 'Phases' });
    expect(await within(phases).findByText('15 completed · 1 errored · 24 documents')).toBeVisible();
    expect(
      within(phases)
        .getAllByRole('listitem')
        .map((row) => row.textContent),
    ).toEqual([
      'Transfer24 completed · 0 running · 0 pending · 0 errors',
      // 23 + 6 + 0 + 1 = 30 of 24: shown as sent, and said so.
      'Extraction23 completed · 6 running · 0 pending · 1 errorCounts add up to 30, more than the 24 documents, as the API reports them.',
      'Resolution16 completed · 7 running · 1 pending · 0 errors',
      'Validation15 completed · 2 running · 7 pending · 0 errors',
      'Assemblywaitingruns once, after every document has endedpipeline-scoped',
    ]);
    const failed = within(phases).getByRole('table', { name: /Failed documents/ });
    expect(
      within(failed).getByRole('row', { name: 'doc_uuid_9 Extraction Extraction failed after 3 attempts.' }),
    ).toBeVisible();
  });

  it('names a document that failed before any phase, and shows no phantom transfer row', async () => {
    renderRunPage('pipe_002', FINISHED_DOCUMENT_RUN_ID);
    const phases = await screen.findByRole('region', { name: 'Phases' });
    const failed = await within(phases).findByRole('table', { name: /Failed documents/ });
    expect(
      within(failed).getByRole('row', { name: 'doc_uuid_3 before any phase Unsupported file type: .exe' }),
    ).toBeVisible();
    expect(within(phases).queryByText('Transfer')).not.toBeInTheDocument();
  });
});

describe('a live run', () => {
  it('follows the run to its end: title, a toast, and no more polls', async () => {
    renderRunPage('pipe_005', 'run_503');
    expect(await screen.findByText('Running')).toBeVisible();
    expect(screen.getByText('ETA').nextElementSibling?.textContent).toMatch(/^\d+(s|m)$/);
    advanceClock(120_000);
    expect(await screen.findByText('Run run_503 ended: failed', undefined, { timeout: 4_000 })).toBeVisible();
    await waitFor(() => expect(document.title).toBe('60% · Failed · run_503 · Pipewatch'));
    expect(screen.getByText('ETA').nextElementSibling).toHaveTextContent('—');

    const requests = recordRequests(server);
    await new Promise((resolve) => setTimeout(resolve, 2_600));
    requests.stop();
    expect(requests.seen.filter((r) => r.path.endsWith('/progress'))).toEqual([]);
  });

  it('polls the progress through one observer, however many widgets read it', async () => {
    const { queryClient } = renderRunPage('pipe_005', 'run_503');
    expect(await screen.findByText('Running')).toBeVisible();
    const observers = queryClient
      .getQueryCache()
      .find({ queryKey: runKeys.progress('pipe_005', 'run_503') })!.observers;
    expect(observers.length).toBeGreaterThan(10);
    const polling = observers.filter((observer) => observer.options.refetchInterval !== false);
    expect(polling).toHaveLength(1);

    // And that one does poll: a second answer comes without a reload.
    const requests = recordRequests(server);
    await waitFor(() => expect(requests.seen.filter((r) => r.path.endsWith('/progress'))).not.toEqual([]), {
      timeout: 4_000,
    });
    requests.stop();
  });

  it('says in the header when a live run has failed a notable share of its processed rows', async () => {
    server.use(
      http.get('*/api/v1/pipelines/:id/runs/:runId/progress', () =>
        HttpResponse.json({ status: 'running', totalRows: 10_000, processedRows: 1_000, failedRows: 200, log: [] }),
      ),
    );
    renderRunPage('pipe_001', 'run_001');
    const header = (await screen.findByRole('heading', { name: 'Run run_001' })).closest('header')!;
    expect(await within(header).findByText('20% of processed rows failed')).toBeVisible();
  });

  it('shows a status it does not know as the API wrote it, and keeps polling', async () => {
    server.use(
      http.get('*/api/v1/pipelines/:id/runs/:runId/progress', () =>
        HttpResponse.json({
          status: 'paused_by_operator',
          totalRows: 0,
          processedRows: 0,
          partitionDetails: [],
          eta: null,
          log: [],
        }),
      ),
    );
    renderRunPage('pipe_001', 'run_001');
    expect(await screen.findByText('paused_by_operator')).toBeVisible();
    expect(screen.getByRole('progressbar', { name: 'Run progress' })).toHaveAttribute('aria-valuenow', '0');
    const requests = recordRequests(server);
    await waitFor(() => expect(requests.seen.filter((r) => r.path.endsWith('/run_001/progress'))).toHaveLength(1), {
      timeout: 3_500,
    });
    requests.stop();
  });
});
