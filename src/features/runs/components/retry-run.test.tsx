import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { server } from '@mocks/node';
import { call, freezeClock } from '@mocks/testing';
import { recordRequests, renderRunPage } from '../test-utils/render-run-page';

// Whole-page renders in jsdom take a few seconds under a parallel run.
vi.setConfig({ testTimeout: 15_000 });
beforeEach(() => freezeClock());

async function openRetry() {
  const button = await screen.findByRole('button', { name: 'Retry run' });
  await waitFor(() => expect(button).not.toHaveAttribute('aria-disabled'));
  await userEvent.click(button);
  return screen.getByRole('dialog', { name: 'Retry run run_001?' });
}

describe('retrying a run', () => {
  it('says what will happen, sends exactly one POST with an Idempotency-Key however fast it is clicked, and lands on the new run', async () => {
    const requests = recordRequests(server);
    const { router } = renderRunPage('pipe_001', 'run_001', 'demo-editor');
    const dialog = await openRetry();
    expect(dialog).toHaveTextContent('resumes from row 32,000');
    expect(dialog).not.toHaveTextContent('already retried');
    await userEvent.dblClick(within(dialog).getByRole('button', { name: 'Resume from row 32,000' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/pipelines/pipe_001/runs/run_002'));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Run run_002'));
    expect(await screen.findByText('Resuming from row 32000 (original run: run_001)')).toBeVisible();
    expect(await screen.findByText('resumed from row 32,000')).toBeVisible();
    expect(screen.getByRole('link', { name: 'run_001' })).toHaveAttribute('href', '/pipelines/pipe_001/runs/run_001');
    requests.stop();

    const posts = requests.seen.filter((r) => r.method === 'POST');
    expect(posts.map((r) => r.path)).toEqual(['/api/v1/pipelines/pipe_001/runs/run_001/retry']);
    expect(posts[0]?.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('says on the original run that it was retried, by which run and how that run is doing, and says so again before a second retry', async () => {
    expect((await call('/api/v1/pipelines/pipe_001/runs/run_001/retry', { method: 'POST' })).status).toBe(201);
    renderRunPage('pipe_001', 'run_001', 'demo-editor');
    const retriedBy = (await screen.findByText('Retried by')).parentElement as HTMLElement;
    expect(within(retriedBy).getByRole('link', { name: 'run_002' })).toHaveAttribute(
      'href',
      '/pipelines/pipe_001/runs/run_002',
    );
    // The demo clock is frozen: the retry stays pending.
    expect(retriedBy).toHaveTextContent('Retried by run_002 Pending');

    const dialog = await openRetry();
    expect(dialog).toHaveTextContent(
      'run_001 was already retried as run_002 (Pending). Retrying again makes another run.',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Resume from row 32,000' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Run run_003'));
  });

  it('asks for no run list on a run that cannot have been retried', async () => {
    const requests = recordRequests(server);
    renderRunPage('pipe_003', 'run_300', 'demo-admin');
    await screen.findByText('Completed');
    await waitFor(() => expect(requests.seen.some((r) => r.path.endsWith('/runs/run_300/progress'))).toBe(true));
    requests.stop();
    expect(requests.seen.filter((r) => r.path === '/api/v1/pipelines/pipe_003/runs')).toEqual([]);
    expect(screen.queryByText('Retried by')).not.toBeInTheDocument();
  });

  it('shows the API words when the retry is refused, and keeps the dialog open', async () => {
    server.use(
      http.post('*/api/v1/pipelines/:id/runs/:runId/retry', () =>
        HttpResponse.json(
          {
            message: 'Run status does not allow retry (must be failed or completed_with_errors)',
            error_code: 'RunNotRetryable',
          },
          { status: 422 },
        ),
      ),
    );
    renderRunPage('pipe_001', 'run_001', 'demo-admin');
    const dialog = await openRetry();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Resume from row 32,000' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Run status does not allow retry (must be failed or completed_with_errors)');
    expect(alert).toHaveTextContent('HTTP 422 · RunNotRetryable');
    expect(within(dialog).getByRole('button', { name: 'Resume from row 32,000' })).toBeEnabled();
  });

  it('offers a full re-run for a replace run', async () => {
    renderRunPage('pipe_004', 'run_401', 'demo-admin');
    const button = await screen.findByRole('button', { name: 'Retry run' });
    await waitFor(() => expect(button).not.toHaveAttribute('aria-disabled'));
    await userEvent.click(button);
    const dialog = screen.getByRole('dialog');
    expect(dialog).toHaveTextContent('full re-run from the beginning');
    expect(within(dialog).getByRole('button', { name: 'Re-run from the beginning' })).toBeVisible();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('is unavailable to a viewer, saying why', async () => {
    renderRunPage('pipe_001', 'run_001', 'demo-viewer');
    const button = await screen.findByRole('button', { name: 'Retry run' });
    await waitFor(() => expect(button).toHaveAccessibleDescription(/viewer.*read-only/));
    expect(button).toHaveAttribute('aria-disabled', 'true');
  });

  it("tells a viewer why before the run's status arrives, and an editor's button waits for it without a reason", async () => {
    // The run and its progress never answer: only the user's role is known.
    server.use(http.get('*/api/v1/pipelines/pipe_001/runs/run_001*', () => new Promise<never>(() => {})));
    const { unmount } = renderRunPage('pipe_001', 'run_001', 'demo-viewer');
    const forViewer = await screen.findByRole('button', { name: 'Retry run' });
    await waitFor(() => expect(forViewer).toHaveAccessibleDescription(/viewer.*read-only/));
    unmount();

    renderRunPage('pipe_001', 'run_001', 'demo-editor');
    const forEditor = await screen.findByRole('button', { name: 'Retry run' });
    // "Checking your role…" until /me answers, then nothing to say until the status comes.
    await waitFor(() => expect(forEditor).not.toHaveAttribute('aria-describedby'));
    expect(forEditor).toHaveAttribute('aria-disabled', 'true');
  });

  it('is unavailable for a completed run', async () => {
    renderRunPage('pipe_003', 'run_300', 'demo-admin');
    const button = await screen.findByRole('button', { name: 'Retry run' });
    await waitFor(() => expect(button).toHaveAccessibleDescription(/only failed runs/i));
    expect(button).toHaveAttribute('aria-disabled', 'true');
  });
});
