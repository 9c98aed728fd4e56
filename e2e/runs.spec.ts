import type { APIRequestContext, Page } from '@playwright/test';
import { advanceClock, apiUrl, demoRequests, expect, setClockSpeed, setFault, openSignedIn, test } from './support';

// Demo fixtures (mocks/README.md), demo clock frozen: in the 24 hours before the demo's
// "now", run_001 (pipe_001, upsert) and run_501 (pipe_005, append) have failed; run_503
// (pipe_005, upsert) fails at 24,000 rows 90 s after reset. The page clock is set to the
// demo's clock, so "last 24 hours" means the same 24 hours to the page and the API.

// Each test signs in and loads the page at least once on a machine shared by parallel runs;
// at a load average of 45 on two cores, filling one field has taken 7 s and a sign-in 20 s.
test.describe.configure({ timeout: 120_000 });

const runsTable = (page: Page) => page.getByRole('table', { name: 'Runs' });
const FAILED = ['run_001', 'run_501', 'run_503'];

async function demoNow(request: APIRequestContext): Promise<number> {
  const res = await request.get(`${apiUrl()}/__demo/state`);
  return Date.parse(((await res.json()) as { now: string }).now);
}

/** Freezes the demo clock after run_503 has failed and puts the page clock at the same time. */
async function threeFailedRuns(page: Page, request: APIRequestContext) {
  await setClockSpeed(request, 0);
  await advanceClock(request, 100_000);
  await page.clock.install({ time: await demoNow(request) });
}

/** How many retry POSTs reached the demo API, by path. */
function retryPosts(log: readonly string[]): Record<string, number> {
  const counted: Record<string, number> = {};
  for (const entry of log) if (/^POST \S*\/retry$/.test(entry)) counted[entry] = (counted[entry] ?? 0) + 1;
  return counted;
}

test('failed runs of the last 24 hours: the view lives in the URL and survives a reload', async ({ page, request }) => {
  await threeFailedRuns(page, request);
  await openSignedIn(page, 'viewer', '/runs');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Runs' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  // A click, not check(): the box follows the URL, which the router writes in a transition.
  await page.getByRole('checkbox', { name: 'Failed' }).click();
  await expect(page).toHaveURL(/\/runs\?status=failed$/);
  const check = async () => {
    await expect(page.getByRole('checkbox', { name: 'Failed' })).toBeChecked();
    await expect(page.getByLabel('Started')).toHaveValue('24h');
    // Newest first: run_503 failed minutes ago, run_501 and run_001 two hours ago.
    await expect(runsTable(page).getByRole('link', { name: /^run_/ })).toHaveText(['run_503', 'run_501', 'run_001']);
    await expect(runsTable(page)).not.toContainText('Completed');
  };
  await check();
  await page.reload();
  await check();
});

test('a viewer gets no selection and is told why', async ({ page, request }) => {
  await threeFailedRuns(page, request);
  await openSignedIn(page, 'viewer', '/runs?status=failed');
  await expect(runsTable(page).getByRole('link', { name: 'run_001', exact: true })).toBeVisible();
  await expect(page.getByText(/Your role \(viewer\) is read-only/)).toBeVisible();
  await expect(runsTable(page).getByRole('checkbox')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Retry \d+ runs?$/ })).toHaveCount(0);
});

test('bulk retry of three failed runs: double clicks anywhere still make exactly three POSTs and three runs', async ({
  page,
  request,
}) => {
  await threeFailedRuns(page, request);
  await openSignedIn(page, 'editor', '/runs?status=failed');
  await expect(runsTable(page).getByRole('row')).toHaveCount(4);
  await page.getByRole('button', { name: 'Select all retryable in view (3)' }).dblclick();
  await page.getByRole('button', { name: 'Retry 3 runs', exact: true }).dblclick();
  const dialog = page.getByRole('dialog', { name: 'Retry 3 runs?' });
  await expect(dialog.getByRole('listitem')).toHaveCount(3);
  await expect(dialog.getByRole('listitem').filter({ hasText: 'run_001' })).toContainText('resume from row 32,000');
  await expect(dialog.getByRole('listitem').filter({ hasText: 'run_501' })).toContainText('resume from row 7,400');
  await dialog.getByRole('button', { name: 'Confirm: retry 3 runs' }).dblclick();

  const results = page.getByRole('region', { name: 'Retry results' });
  await expect(results).toContainText('3 of 3 runs retried');
  const links = results.getByRole('link');
  await expect(links).toHaveCount(3);
  await expect(results.getByRole('link', { name: 'run_002', exact: true })).toHaveAttribute(
    'href',
    '/pipelines/pipe_001/runs/run_002',
  );
  expect(Object.values(retryPosts(await demoRequests(request))).reduce((a, b) => a + b, 0)).toBe(3);
  expect(retryPosts(await demoRequests(request))).toEqual({
    'POST /api/v1/pipelines/pipe_001/runs/run_001/retry': 1,
    'POST /api/v1/pipelines/pipe_005/runs/run_501/retry': 1,
    'POST /api/v1/pipelines/pipe_005/runs/run_503/retry': 1,
  });
  const all = await request.get(`${apiUrl()}/api/v1/runs`, { headers: { Authorization: 'Bearer demo-viewer' } });
  const retries = ((await all.json()) as { runs: { metadata?: { retryOf?: string | null } }[] }).runs
    .map((run) => run.metadata?.retryOf)
    .filter(Boolean);
  expect(retries.sort()).toEqual(FAILED);
});

test('with a 422 forced for one run, its message is shown and the other two are retried', async ({ page, request }) => {
  await threeFailedRuns(page, request);
  await setFault(request, { mode: 'status', status: 422, match: '/runs/run_501/retry', times: 1 });
  await openSignedIn(page, 'admin', '/runs?status=failed');
  await page.getByRole('button', { name: 'Select all retryable in view (3)' }).click();
  await page.getByRole('button', { name: 'Retry 3 runs', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Confirm: retry 3 runs' }).click();

  const results = page.getByRole('region', { name: 'Retry results' });
  await expect(results).toContainText('2 of 3 runs retried');
  await expect(results.getByRole('listitem').filter({ hasText: 'run_501' })).toContainText(
    'not retried: HTTP 422: The request cannot be processed in this state (demo fault)',
  );
  await expect(results.getByRole('link')).toHaveCount(2);
  expect(Object.keys(retryPosts(await demoRequests(request)))).toHaveLength(3);
});
