import type { APIRequestContext, Page } from '@playwright/test';
import { apiUrl, expect, scaleDemo, openSignedIn, test } from './support';

// 50,000 pipelines (the demo's scale switch): the page asks the API for the pages of the rows on
// screen only (50 rows each), and the API filters, sorts and counts.

const PAGE_SIZE = 50;
const pipelinesTable = (page: Page) => page.getByRole('table', { name: 'Pipelines' });
const statusBox = (page: Page, label: string) =>
  page.getByRole('group', { name: 'Last run status' }).getByRole('checkbox', { name: label, exact: true });
const STATUSES = 'failed,completed_with_errors';

/** The API's own answer for a view: how many match, and the name of the last one (one-row pages). */
async function expected(request: APIRequestContext, query: string) {
  const get = async (offset: number) => {
    const res = await request.get(`${apiUrl()}/api/v1/pipelines?${query}&limit=1&offset=${offset}`, {
      headers: { Authorization: 'Bearer demo-viewer' },
    });
    return (await res.json()) as { total: number; pipelines: { name: string }[] };
  };
  const { total } = await get(0);
  const last = await get(total - 1);
  return { total, lastName: last.pipelines[0]?.name ?? '' };
}

async function requestLog(request: APIRequestContext): Promise<string[]> {
  const res = await request.get(`${apiUrl()}/__demo/requests`);
  return ((await res.json()) as { requests: string[] }).requests;
}

test('50,000 pipelines: filter by text and two statuses, sort, scroll to the last row and reload, one page per request', async ({
  page,
  request,
}) => {
  // Two sorts of 50,000 pipelines in the demo and a reload: more than the default 30 s on a loaded runner.
  test.slow();
  await scaleDemo(request, { pipelines: 50_000 });
  // The demo sorts 50,000 pipelines once per order (a second or two), then serves pages from that:
  // sort both orders before the page asks, so the test waits for pages, not for the first sort.
  const view = await expected(request, `q=orders%20eu&status=${STATUSES}&sort=lastRun&order=desc`);
  await expected(request, 'sort=name&order=asc');
  await openSignedIn(page, 'viewer');
  const summary = page.getByRole('list', { name: 'Pipelines by last run status' });
  await expect(summary.getByRole('link', { name: /Total/ })).toContainText('50,000');
  await expect(pipelinesTable(page)).toHaveAttribute('aria-rowcount', '50001');

  await page.getByRole('searchbox', { name: 'Filter pipelines' }).fill('orders eu');
  await statusBox(page, 'Failed').check();
  await statusBox(page, 'Completed with errors').check();
  await pipelinesTable(page).getByRole('button', { name: 'Last run', exact: true }).click();
  await expect(page).toHaveURL(/\?q=orders\+eu&status=failed%2Ccompleted_with_errors&sort=lastRun$/);

  expect(view.total).toBeGreaterThan(PAGE_SIZE * 4);
  await expect(pipelinesTable(page)).toHaveAttribute('aria-rowcount', String(view.total + 1));
  await expect(page.getByText(`${view.total.toLocaleString('en-US')} of 50,000 pipelines`)).toBeVisible();
  const firstRow = pipelinesTable(page).locator('tbody tr[aria-rowindex="2"]');
  await expect(firstRow).toContainText(/Orders EU/);
  await expect(firstRow).toContainText(/Failed|Completed with errors/);

  // The last row: scrolled to, its page fetched on its own.
  // Instant scrolls only: a key (End, Home) scrolls with an animation that can still be running
  // when the next scroll arrives, and leave the page wherever the two met.
  await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
  const lastRow = pipelinesTable(page).locator(`tbody tr[aria-rowindex="${view.total + 1}"]`);
  await expect(lastRow.getByRole('link', { name: view.lastName, exact: true })).toBeVisible();

  // Back to the top before the reload: the router restores the scroll position on reload, and
  // whether that lands at the bottom depends on whether the rows arrived first, so this test
  // (which checks the view survives, not the position) starts the reload from the top.
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  await expect(firstRow).toContainText(/Orders EU/);
  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Filter pipelines' })).toHaveValue('orders eu');
  await expect(statusBox(page, 'Failed')).toBeChecked();
  await expect(statusBox(page, 'Completed with errors')).toBeChecked();
  await expect(statusBox(page, 'Running')).not.toBeChecked();
  await expect(pipelinesTable(page).getByRole('columnheader', { name: 'Last run', exact: true })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await expect(pipelinesTable(page)).toHaveAttribute('aria-rowcount', String(view.total + 1));
  await expect(firstRow).toContainText(/Orders EU/);

  // Every list request the app (and this test) made asked for at most one page, and the API
  // was asked for both statuses in one request (it filters; the page does not).
  const listRequests = (await requestLog(request))
    .filter((line) => /^GET \/api\/v1\/pipelines(\?|$)/.test(line))
    .map((line) => ({ line, params: new URL(line.slice(4), 'http://x').searchParams }));
  expect(listRequests.length).toBeGreaterThan(3);
  expect(listRequests.filter(({ params }) => params.get('status') === STATUSES).length).toBeGreaterThan(1);
  for (const { line, params } of listRequests) {
    const limit = Number(params.get('limit'));
    expect(limit, line).toBeGreaterThan(0);
    expect(limit, line).toBeLessThanOrEqual(PAGE_SIZE);
  }
});
