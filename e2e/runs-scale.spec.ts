import type { APIRequestContext, Page } from '@playwright/test';
import { apiUrl, demoRequests, expect, openSignedIn, scaleDemo, test } from './support';

// 20,000 extra runs of pipe_scale (the demo's runs scale switch, one a minute going back two
// weeks): /runs asks the API for the pages of the rows on screen only (50 runs each), and the
// API filters and counts; a selection for bulk retry outlives the pages it was made on.

const PAGE_SIZE = 50;
const runsTable = (page: Page) => page.getByRole('table', { name: 'Runs' });
const statusBox = (page: Page, label: string) =>
  page.getByRole('group', { name: 'Status' }).getByRole('checkbox', { name: label, exact: true });

/** The API's own answer for a view: how many match, and the first and last run ids (one-row pages). */
async function expected(request: APIRequestContext, query: string) {
  const get = async (offset: number) => {
    const res = await request.get(`${apiUrl()}/api/v1/runs?${query}&limit=1&offset=${offset}`, {
      headers: { Authorization: 'Bearer demo-viewer' },
    });
    return (await res.json()) as { total: number; runs: { id: string }[] };
  };
  const first = await get(0);
  const last = await get(first.total - 1);
  return { total: first.total, firstId: first.runs[0]?.id ?? '', lastId: last.runs[0]?.id ?? '' };
}

/** Every GET /api/v1/runs the demo API was asked, with its parameters. */
async function runListRequests(request: APIRequestContext) {
  return (await demoRequests(request))
    .filter((line) => /^GET \/api\/v1\/runs(\?|$)/.test(line))
    .map((line) => ({ line, params: new URL(line.slice(4), 'http://x').searchParams }));
}

const scrollTo = (page: Page, where: 'top' | 'bottom') =>
  page.evaluate(
    (bottom) => window.scrollTo({ top: bottom ? document.documentElement.scrollHeight : 0, behavior: 'instant' }),
    where === 'bottom',
  );

test('20,000 runs: filter by text and status, scroll to the last row, select across pages, reload; one page per request', async ({
  page,
  request,
}) => {
  test.slow();
  await scaleDemo(request, { runs: 20_000 });
  const everything = await expected(request, '');
  const view = await expected(request, 'q=run_s1&status=failed');
  expect(everything.total).toBeGreaterThan(20_000);
  expect(view.total).toBeGreaterThan(PAGE_SIZE * 4);

  await openSignedIn(page, 'editor', '/runs?window=all');
  await expect(runsTable(page)).toHaveAttribute('aria-rowcount', String(everything.total + 1));
  const summary = page.getByRole('list', { name: 'Runs in the window by status' });
  await expect(summary.getByRole('link', { name: /Total/ })).toContainText(everything.total.toLocaleString('en-US'));

  await page.getByRole('searchbox', { name: 'Filter runs' }).fill('run_s1');
  // A click, not check(): the box follows the URL, which the router writes in a transition.
  await statusBox(page, 'Failed').click();
  // The order of the params depends on whether the text reached the URL before the click; the view does not.
  await expect
    .poll(() => Object.fromEntries(new URL(page.url()).searchParams))
    .toEqual({ window: 'all', status: 'failed', q: 'run_s1' });
  await expect(runsTable(page)).toHaveAttribute('aria-rowcount', String(view.total + 1));
  await expect(page.getByText(new RegExp(`^${view.total.toLocaleString('en-US')} of [\\d,]+ runs`))).toBeVisible();
  const firstRow = runsTable(page).locator('tbody tr[aria-rowindex="2"]');
  await expect(firstRow.getByRole('link', { name: view.firstId, exact: true })).toBeVisible();
  await expect(firstRow).toContainText('Failed');

  // Every list request so far asked for one page at most: no read of the whole list.
  const browsing = await runListRequests(request);
  expect(browsing.length).toBeGreaterThan(2);
  for (const { line, params } of browsing) {
    const limit = Number(params.get('limit'));
    expect(limit, line).toBeGreaterThan(0);
    expect(limit, line).toBeLessThanOrEqual(PAGE_SIZE);
  }

  // A run on the first page and the very last one: the selection spans pages the table no longer holds.
  await firstRow.getByRole('checkbox').check();
  await scrollTo(page, 'bottom');
  const lastRow = runsTable(page).locator(`tbody tr[aria-rowindex="${view.total + 1}"]`);
  await expect(lastRow.getByRole('link', { name: view.lastId, exact: true })).toBeVisible();
  await lastRow.getByRole('checkbox').check();
  await scrollTo(page, 'top');
  await page.getByRole('button', { name: 'Retry 2 runs', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Retry 2 runs?' });
  await expect(dialog.getByRole('listitem')).toHaveText([
    new RegExp(`^${view.firstId} Clickstream`),
    new RegExp(`^${view.lastId} Clickstream`),
  ]);
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // Select all: every retryable run of the view, read from the API, not just the pages on screen.
  await page
    .getByRole('button', { name: `Select all retryable in view (${view.total.toLocaleString('en-US')})` })
    .click();
  await expect(
    page.getByRole('button', { name: `Retry ${view.total.toLocaleString('en-US')} runs`, exact: true }),
  ).toBeEnabled();

  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Filter runs' })).toHaveValue('run_s1');
  await expect(statusBox(page, 'Failed')).toBeChecked();
  await expect(page.getByLabel('Started')).toHaveValue('all');
  await expect(runsTable(page)).toHaveAttribute('aria-rowcount', String(view.total + 1));
  await expect(firstRow.getByRole('link', { name: view.firstId, exact: true })).toBeVisible();
});
