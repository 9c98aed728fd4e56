import type { Page } from '@playwright/test';
import { advanceClock, clearFaults, expect, openSignedIn, setFault, signIn, test } from './support';

// Demo fixtures (mocks/README.md): pipe_001 "Daily Customer Import" has checkpoints with
// 64-bit fingerprints; completion tokens ct-complete (step 1284), ct-inprogress (complete
// 10 s of demo time after its first check, at step 1290), ct-previous (410), anything else 400.
const PAGE = '/pipelines/pipe_001/checkpoints';

function completion(page: Page) {
  return page.getByRole('region', { name: 'Completion status' });
}

async function check(page: Page, token: string) {
  await completion(page).getByRole('textbox', { name: 'Completion token' }).fill(token);
  await completion(page).getByRole('button', { name: 'Check', exact: true }).click();
}

test('shows the checkpoints of a pipeline, 64-bit fingerprints digit for digit, newest first', async ({ page }) => {
  await openSignedIn(page, 'viewer', PAGE);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Daily Customer Import: checkpoints');
  const rows = page.getByRole('table', { name: 'Checkpoints' }).getByRole('row');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(1)).toContainText('18446744073709551615');
  await expect(rows.nth(1)).toContainText('3,602');
  await expect(rows.nth(2)).toContainText('9223372036854775807');
  await expect(rows.nth(3)).toContainText('9007199254740993');
  await expect(rows.nth(3)).toContainText('nightly-2026-03-28');
  await expect(rows.nth(2).getByTitle('1610612736 bytes')).toHaveText('1.5 GiB');
  await expect(rows.nth(1).getByTitle('9007199254740993 records')).toHaveText('9,007,199,254,740,993');
  const chart = page.getByRole('img', { name: 'Size and processed records by step' });
  await expect(chart).toHaveAccessibleDescription(/^3 checkpoints from step 1,180 to step 3,602/);
  // The lazily loaded chart drew both series.
  await expect(chart.locator('.recharts-line-curve')).toHaveCount(2);
});

test('a complete token says so, with its step, and the URL reproduces the check', async ({ page }) => {
  await openSignedIn(page, 'viewer', PAGE);
  await check(page, 'ct-complete');
  const status = completion(page).getByRole('status');
  await expect(status).toContainText('Complete');
  await expect(status).toContainText('up to step 1,284');
  await expect(page).toHaveURL(/\?token=ct-complete$/);

  const link = page.url();
  await page.goto('/pipelines');
  await page.goto(link);
  await expect(completion(page).getByRole('textbox', { name: 'Completion token' })).toHaveValue('ct-complete');
  await expect(completion(page).getByRole('status')).toContainText('up to step 1,284');
});

test('a ?token= link opened while signed out runs the check after sign-in', async ({ page }) => {
  await signIn(page, 'editor', `${PAGE}?token=ct-complete`);
  await expect(completion(page).getByRole('status')).toContainText('up to step 1,284');
});

test('an in-progress token is checked again until it is complete', async ({ page, request }) => {
  await openSignedIn(page, 'viewer', PAGE);
  await check(page, 'ct-inprogress');
  const status = completion(page).getByRole('status');
  await expect(status).toContainText('In progress');
  await expect(completion(page)).toContainText(/Checking again (in \d s|now)/);
  await advanceClock(request, 10_000);
  await expect(status).toContainText('Complete');
  await expect(status).toContainText('up to step 1,290');
  await expect(completion(page)).not.toContainText('Checking again');
});

test('a malformed token is invalid (400), with the API’s message', async ({ page }) => {
  await openSignedIn(page, 'viewer', PAGE);
  await check(page, 'not-a-token');
  const status = completion(page).getByRole('status');
  await expect(status).toContainText('Invalid token');
  await expect(status).toContainText("Invalid completion token 'not-a-token'");
});

test('a token from a previous incarnation (410) is explained and links the checkpoints', async ({ page }) => {
  await openSignedIn(page, 'viewer', PAGE);
  await check(page, 'ct-previous');
  const status = completion(page).getByRole('status');
  await expect(status).toContainText('No longer tracked');
  await expect(status).toContainText('previous incarnation of the pipeline');
  await expect(status).toContainText('suspended and resumed from a checkpoint, or restarted after a failure');
  await status.getByRole('link', { name: 'See the checkpoints above' }).click();
  await expect(page).toHaveURL(/\?token=ct-previous#checkpoints$/);
  await expect(page.getByRole('table', { name: 'Checkpoints' })).toBeInViewport();
});

test('a pipeline that no longer exists (404) says so', async ({ page, request }) => {
  await openSignedIn(page, 'viewer', PAGE);
  await expect(page.getByRole('table', { name: 'Checkpoints' })).toBeVisible();
  // The pipeline vanishes between loading the page and checking the token.
  await setFault(request, { mode: 'status', status: 404, match: '/completion_status' });
  await check(page, 'ct-complete');
  const status = completion(page).getByRole('status');
  await expect(status).toContainText('Unknown pipeline');
  await expect(status).toContainText('The pipeline “Daily Customer Import” does not exist');
});

test('a pipeline that is not deployed (503) is retried with backoff, saying so', async ({ page }) => {
  await openSignedIn(page, 'viewer', '/pipelines/pipe_007/checkpoints?token=ct-complete');
  const status = completion(page).getByRole('status');
  await expect(status).toContainText('Retrying');
  await expect(status).toContainText(
    'The pipeline is not deployed, so it cannot answer for this token. Retrying with backoff',
  );
});

test('a failing refresh (503) keeps the checkpoints on screen under the stale banner, until the API recovers', async ({
  page,
  request,
}) => {
  await openSignedIn(page, 'viewer', PAGE);
  const table = page.getByRole('table', { name: 'Checkpoints' });
  await expect(table.getByRole('row')).toHaveCount(4);
  await setFault(request, { mode: 'status', status: 503, match: '/checkpoints' });
  // The next poll is at most one slow interval (10 s) away.
  await expect(page.getByText(/Showing data from/)).toBeVisible({ timeout: 20_000 });
  await expect(table.getByRole('row')).toHaveCount(4);
  await expect(table).toContainText('18446744073709551615');
  await clearFaults(request);
  await expect(page.getByText(/Showing data from/)).toBeHidden({ timeout: 20_000 });
});
