import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { server } from '@mocks/node';
import { freezeClock } from '@mocks/testing';
import { renderWithProviders } from '@/test/render';
import { RunsPage } from './runs-page';

const DEMO_NOW = Date.parse('2026-03-30T12:00:00Z');

function renderPage(route = '/runs', token = 'demo-admin') {
  return renderWithProviders(<RunsPage />, { route, path: '/runs', token });
}

describe('RunsPage', () => {
  beforeEach(() => {
    // The demo's clock stands still at its epoch, and so does the page's, so "last 24 hours" is exact.
    freezeClock();
    vi.useFakeTimers({ now: DEMO_NOW, toFake: ['Date'] });
    vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
  });
  afterEach(() => vi.useRealTimers());

  it('filters an API that ignores status and since, and counts the window', async () => {
    const asked: string[] = [];
    server.use(
      http.get('*/api/v1/runs', ({ request }) => {
        asked.push(new URL(request.url).search);
        const run = (id: string, status: string, startedAt: string) => ({
          id,
          pipelineId: 'pipe_x',
          pipelineName: 'Pipe X',
          status,
          loadStrategy: 'append',
          startedAt,
        });
        return HttpResponse.json({
          runs: [
            run('run_new', 'failed', '2026-03-30T11:00:00Z'),
            run('run_odd', 'paused_by_operator', '2026-03-30T10:00:00Z'),
            run('run_ok', 'completed', '2026-03-30T09:00:00Z'),
            run('run_old', 'failed', '2026-03-20T09:00:00Z'),
          ],
          total: 4,
          nextCursor: null,
        });
      }),
    );
    renderPage('/runs?status=failed,paused_by_operator');
    const table = await screen.findByRole('table', { name: 'Runs' });
    expect((await within(table).findAllByRole('link', { name: /^run_/ })).map((a) => a.textContent)).toEqual([
      'run_new',
      'run_odd',
    ]);
    expect(within(table).getByText('paused_by_operator')).toBeInTheDocument();
    const counts = screen.getByRole('list', { name: 'Runs in the window by status' });
    expect(within(counts).getByRole('link', { name: /Failed/ })).toHaveTextContent('1');
    expect(within(counts).getByRole('link', { name: /Total/ })).toHaveTextContent('3');
    // First a page, as an API that pages would answer it; this one answered without `offset`,
    // so the page read the list whole (the window's start rounded to ten minutes) and filtered it.
    expect(asked[0]).toContain('limit=50&offset=0');
    expect(asked[1]).toContain('since=2026-03-29T12%3A00%3A00.000Z');
    expect(asked[1]).toContain('limit=1000');
    expect(asked[1]).not.toContain('offset');
  });

  it('asks an API that pages for the page on screen, with the text, statuses and window', async () => {
    const asked: URLSearchParams[] = [];
    server.events.on('request:start', ({ request }) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/v1/runs') asked.push(url.searchParams);
    });
    renderPage('/runs?status=failed,completed_with_errors&window=all&q=PIPE_00');
    const table = await screen.findByRole('table', { name: 'Runs' });
    expect(await within(table).findByRole('link', { name: 'run_001' })).toBeInTheDocument();
    server.events.removeAllListeners();
    expect(asked.length).toBeGreaterThan(0);
    for (const params of asked) {
      expect(params.get('limit')).toBe('50');
      expect(params.get('status')).toBe('failed,completed_with_errors');
      expect(params.get('q')).toBe('PIPE_00');
    }
    // The summary is the API's counts: the window, whatever statuses are ticked.
    const res = await fetch('/api/v1/runs?q=PIPE_00', { headers: { Authorization: 'Bearer demo-admin' } });
    const { total } = (await res.json()) as { total: number };
    const counts = screen.getByRole('list', { name: 'Runs in the window by status' });
    expect(within(counts).getByRole('link', { name: /Total/ })).toHaveTextContent(total.toLocaleString('en-US'));
  });

  it('says plainly when the API has no such endpoint, links to /pipelines, and asks only once', async () => {
    let calls = 0;
    server.use(
      http.get('*/api/v1/runs', () => {
        calls++;
        return HttpResponse.json({ message: 'No such endpoint', error_code: 'NotFound' }, { status: 404 });
      }),
    );
    renderPage();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This API cannot list runs across pipelines');
    expect(within(alert).getByRole('link', { name: 'Go to Pipelines' })).toHaveAttribute('href', '/pipelines');
    expect(screen.queryByRole('table', { name: 'Runs' })).not.toBeInTheDocument();
    expect(calls).toBe(1);
  });

  it('selects every retryable run of the view from the API, and says so when it cannot', async () => {
    let failing = true;
    server.use(
      http.get('*/api/v1/runs', ({ request }) => {
        // The page's own reads (50 a page) go to the demo API; "select all" reads 1,000 a request.
        if (new URL(request.url).searchParams.get('limit') !== '1000') return undefined;
        if (failing)
          return HttpResponse.json({ message: 'Database is restarting', error_code: 'Unavailable' }, { status: 503 });
        return undefined;
      }),
    );
    renderPage('/runs?window=all&status=failed');
    const table = await screen.findByRole('table', { name: 'Runs' });
    await within(table).findByRole('link', { name: 'run_001' });
    const failed = within(table).getAllByRole('checkbox').length;
    const selectAll = screen.getByRole('button', { name: `Select all retryable in view (${failed})` });
    selectAll.click();
    expect(await screen.findByRole('alert')).toHaveTextContent(/Could not select the runs: .*Database is restarting/);
    expect(screen.getByRole('button', { name: 'Retry 0 runs' })).toBeDisabled();
    failing = false;
    selectAll.click();
    expect(await screen.findByRole('button', { name: `Retry ${failed} runs` })).toBeEnabled();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    for (const box of within(table).getAllByRole('checkbox')) expect(box).toBeChecked();
  });

  it('draws at most 200,000 rows of an API that counts 10^15 runs, and says so', async () => {
    server.use(
      http.get('*/api/v1/runs', ({ request }) => {
        const offset = Number(new URL(request.url).searchParams.get('offset') ?? 0);
        const runs = Array.from({ length: 50 }, (_, i) => ({
          id: `run_${offset + i}`,
          pipelineId: 'pipe_x',
          pipelineName: 'Pipe X',
          status: 'completed',
          loadStrategy: 'append',
          startedAt: '2026-03-30T11:00:00Z',
        }));
        return HttpResponse.json({ runs, total: 1e15, counts: { completed: 1e15 }, offset, nextCursor: 'next' });
      }),
    );
    renderPage('/runs?window=all');
    const table = await screen.findByRole('table', { name: 'Runs' });
    expect(await within(table).findByRole('link', { name: 'run_0' })).toBeInTheDocument();
    expect(table).toHaveAttribute('aria-rowcount', String(1 + 200_000 + 1));
    expect(
      within(table).getByText('The table shows the first 200,000 of 1,000,000,000,000,000 rows', { exact: false }),
    ).toBeInTheDocument();
    expect(screen.getByText('1,000,000,000,000,000 runs')).toBeInTheDocument();
  });

  it.each([
    ['counts fewer runs than it sent', 2],
    ['counts a negative number', -5],
    ['counts a fraction', 2.5],
  ])('shows every run of a page whose API %s, and counts them', async (_, total) => {
    server.use(
      http.get('*/api/v1/runs', () => {
        const runs = ['run_a', 'run_b', 'run_c'].map((id) => ({
          id,
          pipelineId: 'pipe_x',
          pipelineName: 'Pipe X',
          status: 'completed',
          loadStrategy: 'append',
          startedAt: '2026-03-30T11:00:00Z',
        }));
        return HttpResponse.json({ runs, total, counts: { completed: 3 }, offset: 0, nextCursor: null });
      }),
    );
    renderPage('/runs?window=all');
    const table = await screen.findByRole('table', { name: 'Runs' });
    expect((await within(table).findAllByRole('link', { name: /^run_/ })).map((a) => a.textContent)).toEqual([
      'run_a',
      'run_b',
      'run_c',
    ]);
    expect(screen.getByText('3 runs')).toBeInTheDocument();
  });

  it('gives admins a checkbox on retryable runs only', async () => {
    renderPage('/runs?window=all');
    const table = await screen.findByRole('table', { name: 'Runs' });
    expect(
      await within(table).findByRole('checkbox', { name: 'Select run_001 of Daily Customer Import' }),
    ).toBeEnabled();
    expect(within(table).queryByRole('checkbox', { name: /^Select run_502 / })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retry 0 runs' })).toBeDisabled();
  });
});
