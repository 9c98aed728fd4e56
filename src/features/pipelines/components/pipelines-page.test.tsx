import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { Toaster } from 'sonner';
import { server } from '@mocks/node';
import { seedIso } from '@mocks/testing';
import { formatExactTime } from '@/lib/format';
import { renderWithProviders } from '@/test/render';
import { PipelinesPage } from './pipelines-page';

function renderPage(route = '/pipelines', token = 'demo-admin') {
  return renderWithProviders(
    <>
      <PipelinesPage />
      <Toaster />
    </>,
    { route, path: '/pipelines', token },
  );
}

async function table() {
  return screen.findByRole('table', { name: 'Pipelines' });
}

async function rowOf(name: string) {
  const link = await within(await table()).findByRole('link', { name });
  return link.closest('tr') as HTMLElement;
}

/** One box of the "Last run status" filter. */
const statusBox = (label: string) =>
  within(screen.getByRole('group', { name: 'Last run status' })).getByRole('checkbox', { name: label });

const names = (t: HTMLElement) =>
  within(t)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('link')[0]?.textContent);

describe('PipelinesPage', () => {
  // jsdom has no scrolling; the virtualiser restores the window's offset on mount.
  beforeEach(() => {
    vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
  });

  it('lists pipe_001 with its connector, last run (its newest, run_001: failed) and the touch-file polling of 001', async () => {
    renderPage();
    const row = await rowOf('Daily Customer Import');
    expect(within(row).getByRole('link', { name: 'Daily Customer Import' })).toHaveAttribute(
      'href',
      '/pipelines/pipe_001',
    );
    expect(row).toHaveTextContent('pipe_001');
    expect(row).toHaveTextContent('Production S3');
    expect(row).toHaveTextContent('s3');
    expect(row).toHaveTextContent('Failed');
    expect(row).not.toHaveTextContent('Completed');
    expect(within(row).getByTitle(formatExactTime(seedIso('2026-03-30T10:00:00Z'), 'utc'))).toBeInTheDocument();
    expect(row).toHaveTextContent('Every 15 min');
    expect(row).toHaveTextContent('deletes touch file');
    expect(row).toHaveTextContent('data/customers/_READY.dat');
  });

  it('is a table screen readers can count: aria-rowcount covers every pipeline, rows carry their index', async () => {
    renderPage();
    const t = await table();
    await within(t).findByRole('link', { name: 'Daily Customer Import' });
    const rows = within(t).getAllByRole('row');
    expect(t).toHaveAttribute('aria-rowcount', String(rows.length));
    expect(rows.map((r) => r.getAttribute('aria-rowindex'))).toEqual(rows.map((_, i) => String(i + 1)));
  });

  it('shows the summary counts of the last run statuses', async () => {
    renderPage();
    await rowOf('Daily Customer Import');
    const summary = screen.getByRole('list', { name: 'Pipelines by last run status' });
    // pipe_001's newest run, run_001, failed; pipe_003, pipe_005, pipe_002 and pipe_scale are running.
    expect(within(summary).getByRole('link', { name: /^Failed/ })).toHaveTextContent('Failed1');
    expect(within(summary).getByRole('link', { name: /^Running/ })).toHaveTextContent('Running4');
    const total = within(summary).getByRole('link', { name: /Total/ });
    const rows = within(await table()).getAllByRole('row').length - 1;
    expect(total).toHaveTextContent(`Total${rows}`);
  });

  it('writes the text filter to the URL and filters the rows', async () => {
    const user = userEvent.setup();
    const { router } = renderPage();
    await rowOf('Daily Customer Import');
    await user.type(screen.getByRole('searchbox', { name: 'Filter pipelines' }), 'cust');
    await waitFor(() => expect(router.state.location.search).toBe('?q=cust'));
    expect(names(await table())).toEqual(['Daily Customer Import']);
  });

  it('filters once typing pauses and writes the URL once, in one history entry', async () => {
    const user = userEvent.setup();
    const { router } = renderPage();
    await rowOf('Daily Customer Import');
    const writes: string[] = [];
    router.subscribe((state) => writes.push(state.location.search));
    await user.type(screen.getByRole('searchbox', { name: 'Filter pipelines' }), 'cust');
    // The API filters: once typing pauses (250 ms) and its answer is in.
    await waitFor(
      () => expect(names(screen.getByRole('table', { name: 'Pipelines' }))).toEqual(['Daily Customer Import']),
      { timeout: 4_000 },
    );
    await waitFor(() => expect(router.state.location.search).toBe('?q=cust'));
    expect(writes).toEqual(['?q=cust']);
    expect(router.state.historyAction).toBe('REPLACE');
  });

  it('writes text typed just before a sort together with the sort', async () => {
    const user = userEvent.setup();
    const { router } = renderPage();
    await rowOf('Daily Customer Import');
    await user.type(screen.getByRole('searchbox', { name: 'Filter pipelines' }), 'cust');
    await user.click(within(await table()).getByRole('button', { name: 'Last run status' }));
    expect(router.state.location.search).toBe('?q=cust&sort=status');
  });

  it('writes the status filter to the URL, says when nothing matches, and clears both filters', async () => {
    const user = userEvent.setup();
    const { router } = renderPage('/pipelines?q=customer');
    await rowOf('Daily Customer Import');
    await user.click(statusBox('Completed'));
    await waitFor(() => expect(router.state.location.search).toBe('?q=customer&status=completed'));
    expect(screen.getByText('No pipeline matches these filters')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Show all pipelines' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(screen.getByRole('searchbox', { name: 'Filter pipelines' })).toHaveValue('');
    expect(statusBox('Completed')).not.toBeChecked();
  });

  it('filters by several statuses at once, and a link with several opens with their boxes ticked', async () => {
    const user = userEvent.setup();
    const { router } = renderPage('/pipelines?q=customer&status=completed');
    expect(await screen.findByText('No pipeline matches these filters')).toBeInTheDocument();
    await user.click(statusBox('Failed'));
    await waitFor(() => expect(router.state.location.search).toBe('?q=customer&status=completed%2Cfailed'));
    // pipe_001's newest run failed.
    await rowOf('Daily Customer Import');
    expect(statusBox('Completed')).toBeChecked();
    expect(statusBox('Failed')).toBeChecked();

    await user.click(statusBox('Completed'));
    await waitFor(() => expect(router.state.location.search).toBe('?q=customer&status=failed'));
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(statusBox('Failed')).not.toBeChecked();
  });

  it('opens with the filter and sort a link carries', async () => {
    renderPage('/pipelines?q=ORDERS&sort=name&dir=desc');
    const t = await table();
    await within(t).findByRole('link', { name: 'Hourly Orders Sync' });
    expect(screen.getByRole('searchbox', { name: 'Filter pipelines' })).toHaveValue('ORDERS');
    expect(within(t).getByRole('columnheader', { name: /Pipeline/ })).toHaveAttribute('aria-sort', 'descending');
    expect(names(t).every((n) => n?.toLowerCase().includes('orders'))).toBe(true);
  });

  it('sorts by a column on click and flips it on a second click', async () => {
    const user = userEvent.setup();
    const { router } = renderPage();
    const t = await table();
    await within(t).findByRole('link', { name: 'Daily Customer Import' });
    const ascending = names(t);
    expect(ascending).toEqual([...ascending].sort((a, b) => (a ?? '').localeCompare(b ?? '')));

    await user.click(within(t).getByRole('button', { name: 'Pipeline' }));
    await waitFor(() => expect(router.state.location.search).toBe('?sort=name&dir=desc'));
    await waitFor(() => expect(names(t)).toEqual([...ascending].reverse()));
    expect(within(t).getByRole('columnheader', { name: /Pipeline/ })).toHaveAttribute('aria-sort', 'descending');
  });

  it('starts another column at its own direction and moves aria-sort to it', async () => {
    const user = userEvent.setup();
    const { router } = renderPage('/pipelines?sort=name&dir=desc');
    const t = await table();
    await within(t).findByRole('link', { name: 'Daily Customer Import' });
    await user.click(within(t).getByRole('button', { name: 'Last run' }));
    await waitFor(() => expect(router.state.location.search).toBe('?sort=lastRun'));
    expect(within(t).getByRole('columnheader', { name: /^Last run$/ })).toHaveAttribute('aria-sort', 'descending');
    expect(within(t).getByRole('columnheader', { name: /Pipeline/ })).toHaveAttribute('aria-sort', 'none');
  });

  it('does not let a viewer run a polling cycle, and says why', async () => {
    renderPage('/pipelines', 'demo-viewer');
    const button = await screen.findByRole('button', { name: 'Run polling cycle' });
    await waitFor(() => expect(button).toHaveAccessibleDescription(/read-only/));
    // Unavailable, yet focusable, so a keyboard user reaches the reason.
    expect(button).toHaveAttribute('aria-disabled', 'true');
    button.focus();
    expect(button).toHaveFocus();
    await userEvent.click(button);
    expect(screen.queryByText(/Polling cycle complete/)).not.toBeInTheDocument();
  });

  it('lets an editor run a polling cycle and shows the API’s message', async () => {
    const user = userEvent.setup();
    renderPage('/pipelines', 'demo-editor');
    const button = await screen.findByRole('button', { name: 'Run polling cycle' });
    await waitFor(() => expect(button).not.toHaveAttribute('aria-disabled'));
    await user.click(button);
    expect(
      await screen.findByText('Polling cycle complete: checked 3 pipelines, triggered 1 run.'),
    ).toBeInTheDocument();
  });

  it('shows a 403 answer in the API’s words', async () => {
    const user = userEvent.setup();
    server.use(
      http.post('*/api/v1/pipelines/poll', () =>
        HttpResponse.json(
          { message: 'Role viewer may not trigger a polling cycle', error_code: 'Forbidden', details: null },
          { status: 403 },
        ),
      ),
    );
    renderPage('/pipelines', 'demo-editor');
    const button = await screen.findByRole('button', { name: 'Run polling cycle' });
    await waitFor(() => expect(button).not.toHaveAttribute('aria-disabled'));
    await user.click(button);
    expect(await screen.findByRole('alert')).toHaveTextContent('Role viewer may not trigger a polling cycle');
  });

  it('keeps the last list on screen when a refresh fails', async () => {
    const { queryClient } = renderPage();
    await rowOf('Daily Customer Import');
    server.use(
      http.get('*/api/v1/pipelines', () =>
        HttpResponse.json({ message: 'Service unavailable', error_code: 'Unavailable' }, { status: 503 }),
      ),
    );
    await queryClient.refetchQueries({ queryKey: ['pipelines'] });
    const pages = queryClient
      .getQueryCache()
      .findAll({ queryKey: ['pipelines'], predicate: (q) => q.state.dataUpdatedAt > 0 });
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.every((q) => q.state.status === 'error')).toBe(true);
    expect(within(await table()).getByRole('link', { name: 'Daily Customer Import' })).toBeInTheDocument();
  });

  it('names a malformed answer as such when there is nothing to show yet', async () => {
    server.use(http.get('*/api/v1/pipelines', () => HttpResponse.json({ pipelines: [{ id: 7 }] })));
    renderPage();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the pipelines');
    expect(alert).toHaveTextContent(/malformed answer to GET \/api\/v1\/pipelines: field "pipelines\[0\]\.id"/);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('says so when there are no pipelines at all', async () => {
    server.use(http.get('*/api/v1/pipelines', () => HttpResponse.json({ pipelines: [], total: 0 })));
    renderPage();
    expect(await screen.findByText('No pipelines yet')).toBeInTheDocument();
  });

  it('reads an API that pages only by cursor to the end, then filters and sorts on its own', async () => {
    const seen: (string | null)[] = [];
    server.use(
      http.get('*/api/v1/pipelines', ({ request }) => {
        const cursor = new URL(request.url).searchParams.get('cursor');
        seen.push(cursor);
        if (cursor === null)
          return HttpResponse.json({
            pipelines: [{ id: 'p1', name: 'First page' }],
            total: 2,
            hasMore: true,
            cursor: 'c2',
          });
        return HttpResponse.json({ pipelines: [{ id: 'p2', name: 'Second page' }], total: 2, hasMore: false });
      }),
    );
    renderPage();
    const t = await table();
    await within(t).findByRole('link', { name: 'Second page' });
    expect(names(t)).toEqual(['First page', 'Second page']);
    // The first request asks for one page at offset 0; the answer has no offset, so the list is read by cursor.
    expect(seen).toEqual([null, null, 'c2']);
  });

  describe('an API that ignores the list parameters and sends everything at once', () => {
    // 120 pipelines, more than one page, sent newest-name-first with no offset, counts or cursor.
    const statuses = ['failed', 'running', 'completed', null] as const;
    const everything = Array.from({ length: 120 }, (_, i) => ({
      id: `p${String(i).padStart(3, '0')}`,
      name: `${i % 2 === 0 ? 'Alpha' : 'Beta'} ${i}`,
      lastRunStatus: statuses[i % 4],
    })).reverse();
    let requests: URL[] = [];

    beforeEach(() => {
      requests = [];
      server.use(
        http.get('*/api/v1/pipelines', ({ request }) => {
          requests.push(new URL(request.url));
          return HttpResponse.json({ pipelines: everything, total: everything.length });
        }),
      );
    });

    it('sorts, counts and filters on the client', { timeout: 15_000 }, async () => {
      const user = userEvent.setup();
      const { router } = renderPage();
      const t = await table();
      await within(t).findByRole('link', { name: 'Alpha 0' });
      expect(t).toHaveAttribute('aria-rowcount', '121');
      expect(names(t).slice(0, 3)).toEqual(['Alpha 0', 'Alpha 2', 'Alpha 4']);
      const summary = screen.getByRole('list', { name: 'Pipelines by last run status' });
      expect(within(summary).getByRole('link', { name: /Total/ })).toHaveTextContent('Total120');
      expect(within(summary).getByRole('link', { name: /Failed/ })).toHaveTextContent('Failed30');

      await user.type(screen.getByRole('searchbox', { name: 'Filter pipelines' }), 'beta 1');
      await user.click(statusBox('Running'));
      await waitFor(() => expect(router.state.location.search).toBe('?q=beta+1&status=running'));
      // Beta 1, 13, 17, 101, 105, 109, 113, 117 are odd and ≡ 1 (mod 4): running.
      await waitFor(() =>
        expect(names(t)).toEqual([
          'Beta 1',
          'Beta 13',
          'Beta 17',
          'Beta 101',
          'Beta 105',
          'Beta 109',
          'Beta 113',
          'Beta 117',
        ]),
      );
      expect(screen.getByText('8 of 120 pipelines')).toBeInTheDocument();

      await user.click(within(t).getByRole('button', { name: 'Pipeline' }));
      await waitFor(() => expect(names(t)[0]).toBe('Beta 117'));
      // It asked for a page once, got everything, and from then on reads the whole list (polling):
      // filters and sort are never sent to an API that ignores them.
      expect(requests[0]?.searchParams.get('limit')).toBe('50');
      expect(requests.slice(1).map((url) => url.search)).toEqual(requests.slice(1).map(() => ''));
    });
  });

  it('asks a paging API for one page and takes the summary from its counts', async () => {
    const requests: URL[] = [];
    server.events.on('request:start', ({ request }) => {
      const url = new URL(request.url);
      if (url.pathname.startsWith('/api/v1/pipelines') && url.pathname !== '/api/v1/pipelines/poll') requests.push(url);
    });
    await fetch('http://localhost/__demo/scale', { method: 'POST', body: JSON.stringify({ pipelines: 5000 }) });
    renderPage('/pipelines?sort=status');
    const t = await table();
    await waitFor(() => expect(t).toHaveAttribute('aria-rowcount', '5001'));
    const summary = screen.getByRole('list', { name: 'Pipelines by last run status' });
    expect(within(summary).getByRole('link', { name: /Total/ })).toHaveTextContent('Total5,000');
    await within(t).findAllByRole('link', { name: /\d{5}$/ });
    expect(requests.length).toBeGreaterThan(0);
    for (const url of requests) {
      expect(url.searchParams.get('limit')).toBe('50');
      expect(url.searchParams.get('sort')).toBe('status');
    }
    server.events.removeAllListeners();
  });
});
