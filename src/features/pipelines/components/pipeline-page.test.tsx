import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { server } from '@mocks/node';
import { renderWithProviders } from '@/test/render';
import { PipelinePage } from './pipeline-page';

function renderPage(pipelineId = 'pipe_001') {
  return renderWithProviders(<PipelinePage pipelineId={pipelineId} />, {
    route: `/pipelines/${pipelineId}`,
    path: '/pipelines/:pipelineId',
  });
}

const ingestion = () => screen.findByRole('region', { name: 'Ingestion status' });

function statusBody(body: object) {
  server.use(http.get('*/api/v1/pipelines/:id/status', () => HttpResponse.json(body)));
}

describe('PipelinePage', () => {
  // The chart is lazy; loading recharts once up front keeps that cost out of each test's time limit.
  beforeAll(async () => {
    await import('./recent-runs-chart');
  });

  it('shows the pipeline, its connector, polling configuration and a link to its checkpoints', async () => {
    renderPage();
    expect(await screen.findByRole('heading', { level: 1, name: 'Daily Customer Import' })).toBeInTheDocument();
    expect(screen.getByText('Production S3')).toBeInTheDocument();
    const polling = screen.getByRole('region', { name: 'Touch-file polling' });
    expect(polling).toHaveTextContent('PollingOn, every 15 minutes');
    expect(polling).not.toHaveTextContent('Enabled');
    expect(polling).toHaveTextContent('_READY.dat');
    expect(polling).toHaveTextContent('data/customers/');
    expect(polling).toHaveTextContent('Delete touch file');
    expect(screen.getByRole('link', { name: 'View checkpoints' })).toHaveAttribute(
      'href',
      '/pipelines/pipe_001/checkpoints',
    );
  });

  it('shows an ERROR status with icon and word, its dates, job id and every step error', async () => {
    renderPage();
    const panel = await ingestion();
    const errors = await within(panel).findByRole('table', { name: /Step errors/ });
    expect(within(panel).getByText('Error')).toBeInTheDocument();
    expect(within(panel).getByTitle('status: ERROR').querySelector('svg')).not.toBeNull();
    expect(within(panel).getByRole('button', { name: 'Copy latest job id' })).toBeInTheDocument();
    const rows = within(errors).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toHaveTextContent('DATA_SOURCE');
    expect(within(rows[0]!).getByRole('button', { name: 'Copy job id of DATA_SOURCE' })).toBeInTheDocument();
    expect(rows[0]).toHaveTextContent('Connection to the warehouse was reset while loading partition 2');
    expect(rows[1]).toHaveTextContent("Row 142: 'not-an-email' is not a valid email address");
  });

  it('shows PARTIAL_SUCCESS step errors verbatim, markup and all', async () => {
    renderPage('pipe_004');
    const panel = await ingestion();
    await within(panel).findByText('Partial success');
    expect(
      within(panel).getByText('Catalog metadata was not refreshed: <b>source</b> unreachable'),
    ).toBeInTheDocument();
  });

  it.each([
    ['NOT_STARTED', 'Not started'],
    ['IN_PROGRESS', 'In progress'],
    ['SUCCESS', 'Success'],
    ['CANCELLED', 'Cancelled'],
    ['REINDEXING', 'REINDEXING'],
  ])('shows %s as "%s"', async (status, word) => {
    statusBody({ status, effective_at: null, deployment_date: null, job_id: null, error: null });
    renderPage();
    const panel = await ingestion();
    expect(await within(panel).findByTitle(`status: ${status}`)).toHaveTextContent(word);
    expect(within(panel).queryByRole('table')).toBeNull();
  });

  it('lists the runs newest first, each linked to its page', async () => {
    renderPage();
    const table = await screen.findByRole('table', { name: 'Runs' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('run_001');
    expect(within(rows[0]!).getByRole('link', { name: 'run_001' })).toHaveAttribute(
      'href',
      '/pipelines/pipe_001/runs/run_001',
    );
    expect(rows[0]).toHaveTextContent('Failed');
    expect(rows[0]).toHaveTextContent('32,000 / 50,000');
    expect(rows[0]).toHaveTextContent('upsert');
    expect(rows[0]).toHaveTextContent('45s');
    expect(rows.at(-1)).toHaveTextContent('run_20260327');
  });

  it('shows retry lineage both ways after run_001 is retried', async () => {
    const { queryClient } = renderPage();
    await screen.findByRole('table', { name: 'Runs' });
    const res = await fetch('http://localhost/api/v1/pipelines/pipe_001/runs/run_001/retry', {
      method: 'POST',
      headers: { Authorization: 'Bearer demo-editor' },
    });
    expect(res.status).toBe(201);
    await queryClient.invalidateQueries({ queryKey: ['pipelines', 'pipe_001', 'runs'] });
    const table = screen.getByRole('table', { name: 'Runs' });
    const rowOf = (id: string) => within(table).getByRole('rowheader', { name: id }).closest('tr') as HTMLElement;
    await within(table).findByRole('rowheader', { name: 'run_002' });
    const retry = rowOf('run_002');
    expect(retry).toHaveTextContent('retry of run_001, resumed from row 32,000');
    expect(within(retry).getByRole('link', { name: 'run_001' })).toHaveAttribute(
      'href',
      '/pipelines/pipe_001/runs/run_001',
    );
    const original = rowOf('run_001');
    expect(original).toHaveTextContent('retried by run_002');
    expect(within(original).getByRole('link', { name: 'run_002' })).toHaveAttribute(
      'href',
      '/pipelines/pipe_001/runs/run_002',
    );
  });

  it('shows the newest 50 of many runs and more on request', async () => {
    const user = userEvent.setup();
    const runs = Array.from({ length: 120 }, (_, i) => ({
      id: `run_${String(i).padStart(3, '0')}`,
      pipelineId: 'pipe_001',
      status: 'completed',
      loadStrategy: 'append',
      startedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
    }));
    server.use(http.get('*/api/v1/pipelines/:id/runs', () => HttpResponse.json({ runs, total: runs.length })));
    renderPage();
    const table = await screen.findByRole('table', { name: 'Runs' });
    expect(within(table).getAllByRole('row')).toHaveLength(51);
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('run_119');
    await user.click(screen.getByRole('button', { name: 'Show 50 more runs (70 not shown)' }));
    expect(within(table).getAllByRole('row')).toHaveLength(101);
    expect(screen.getByRole('button', { name: 'Show 20 more runs (20 not shown)' })).toBeInTheDocument();
  });

  it('shows the first 20 step errors and the rest on request', async () => {
    const user = userEvent.setup();
    const error = Array.from({ length: 25 }, (_, i) => ({
      step: 'PARSE',
      job_id: `job-${i}`,
      message: `Batch ${i} failed`,
    }));
    statusBody({ status: 'PARTIAL_SUCCESS', error });
    renderPage();
    const errors = await within(await ingestion()).findByRole('table', { name: 'Step errors (25)' });
    expect(within(errors).getAllByRole('row')).toHaveLength(21);
    await user.click(screen.getByRole('button', { name: 'Show 5 more step errors (5 not shown)' }));
    expect(within(errors).getAllByRole('row')).toHaveLength(26);
    expect(screen.queryByRole('button', { name: /more step errors/ })).toBeNull();
  });

  it('gives the chart of recent runs a text alternative', async () => {
    renderPage();
    const region = await screen.findByRole('region', { name: 'Recent runs' });
    expect(
      within(region).getByRole('img', { name: /processed rows, failed rows and duration/ }),
    ).toHaveAccessibleDescription(/failed rows in all/);
    const data = within(region).getByRole('table', { name: 'Recent runs, oldest first' });
    expect(within(data).getByRole('row', { name: /run_001/ })).toHaveTextContent('32,000');
  });

  it('says an unknown pipeline was not found, in the API’s words, with a way back', async () => {
    renderPage('pipe_nope');
    const notFound = (await screen.findByRole('heading', { name: 'Pipeline pipe_nope not found' })).closest(
      'section',
    ) as HTMLElement;
    expect(notFound).toHaveTextContent('HTTP 404 · PipelineNotFound · Pipeline not found');
    expect(notFound).toHaveTextContent('Pipewatch has stopped asking for it');
    expect(within(notFound).getByRole('link', { name: 'Back to all pipelines' })).toHaveAttribute('href', '/pipelines');
    await waitFor(() => expect(document.title).toBe('Pipeline pipe_nope not found · Pipewatch'));
  });

  it('keeps the runs on screen when a refresh answers 500', async () => {
    const { queryClient } = renderPage();
    await screen.findByRole('table', { name: 'Runs' });
    server.use(
      http.get('*/api/v1/pipelines/:id/runs', () =>
        HttpResponse.json({ message: 'boom', error_code: 'Internal' }, { status: 500 }),
      ),
    );
    await queryClient.refetchQueries({ queryKey: ['pipelines', 'pipe_001', 'runs'] });
    await waitFor(() => expect(queryClient.getQueryState(['pipelines', 'pipe_001', 'runs'])?.status).toBe('error'));
    expect(
      within(screen.getByRole('table', { name: 'Runs' })).getByRole('link', { name: 'run_001' }),
    ).toBeInTheDocument();
  });

  it('names a malformed status body instead of failing the page', async () => {
    statusBody({ state: 'SUCCESS' });
    renderPage();
    const panel = await ingestion();
    expect(await within(panel).findByRole('alert')).toHaveTextContent(
      /malformed answer to GET \/api\/v1\/pipelines\/pipe_001\/status: field "status"/,
    );
    expect(await screen.findByRole('table', { name: 'Runs' })).toBeInTheDocument();
  });
});
