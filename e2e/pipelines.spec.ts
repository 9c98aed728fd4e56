import type { Page } from '@playwright/test';
import { apiUrl, expect, openSignedIn, test } from './support';

// Demo fixtures (mocks/README.md): pipe_001 "Daily Customer Import" polls every 15 min for
// _READY.dat under data/customers/ (001's poll example); its ingestion status is ERROR with
// three step errors; pipe_004 is PARTIAL_SUCCESS; run_001 failed at row 32,000 of 50,000
// (upsert), so retrying it gives run_002 resuming from row 32,000. The first polling cycle
// after a reset checks 3 pipelines and triggers 1 run.

const pipelinesTable = (page: Page) => page.getByRole('table', { name: 'Pipelines' });
const rowOf = (page: Page, name: string) =>
  pipelinesTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name, exact: true }) });

test('the list shows pipe_001 with the touch-file polling of 001', async ({ page }) => {
  await openSignedIn(page, 'viewer');
  const row = rowOf(page, 'Daily Customer Import');
  await expect(row).toContainText('pipe_001');
  await expect(row).toContainText('Production S3');
  await expect(row).toContainText('Every 15 min');
  await expect(row).toContainText('deletes touch file');
  await expect(row).toContainText('data/customers/_READY.dat');
  await expect(row.getByRole('link', { name: 'Daily Customer Import' })).toHaveAttribute('href', '/pipelines/pipe_001');
});

test('a filter and a sort survive a reload through the URL', async ({ page }) => {
  await openSignedIn(page, 'viewer');
  await page.getByRole('searchbox', { name: 'Filter pipelines' }).fill('customer');
  await pipelinesTable(page).getByRole('button', { name: 'Last run status' }).click();
  await expect(page).toHaveURL(/\?q=customer&sort=status$/);
  await expect(pipelinesTable(page).getByRole('row')).toHaveCount(2);

  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Filter pipelines' })).toHaveValue('customer');
  await expect(pipelinesTable(page).getByRole('columnheader', { name: 'Last run status' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await expect(pipelinesTable(page).getByRole('row')).toHaveCount(2);
  await expect(rowOf(page, 'Daily Customer Import')).toBeVisible();
});

test('a viewer cannot trigger a polling cycle and is told why', async ({ page }) => {
  await openSignedIn(page, 'viewer');
  const button = page.getByRole('button', { name: 'Run polling cycle' });
  await expect(button).toBeDisabled();
  await expect(button).toHaveAccessibleDescription(/read-only/);
});

test('an editor triggers a polling cycle and sees what it did, in good English', async ({ page }) => {
  await openSignedIn(page, 'editor');
  const button = page.getByRole('button', { name: 'Run polling cycle' });
  await expect(button).toBeEnabled();
  await button.click();
  await expect(page.getByText('Polling cycle complete: checked 3 pipelines, triggered 1 run.')).toBeVisible();
});

test('a 403 for a polling cycle is shown in the API’s words', async ({ page }) => {
  await openSignedIn(page, 'editor');
  const button = page.getByRole('button', { name: 'Run polling cycle' });
  await expect(button).toBeEnabled();
  // The role was taken away mid-session: the page still thinks "editor", the API knows better.
  await page.evaluate(() => sessionStorage.setItem('pipewatch.token', 'demo-viewer'));
  await button.click();
  await expect(page.getByRole('alert').filter({ hasText: 'trigger a polling cycle' })).toHaveText(
    "Role 'viewer' may not trigger a polling cycle; it needs the admin or editor role",
  );
});

test('a pipeline in ERROR lists its step errors', async ({ page }) => {
  await openSignedIn(page, 'viewer', '/pipelines/pipe_001');
  const panel = page.getByRole('region', { name: 'Ingestion status' });
  await expect(panel.getByTitle('status: ERROR')).toHaveText('Error');
  const errors = panel.getByRole('table', { name: 'Step errors (3)' });
  await expect(errors.getByRole('row')).toHaveCount(4);
  await expect(errors).toContainText('DATA_SOURCE');
  await expect(errors).toContainText('Connection to the warehouse was reset while loading partition 2');
});

test('a pipeline in PARTIAL_SUCCESS lists its step errors verbatim', async ({ page }) => {
  await openSignedIn(page, 'viewer', '/pipelines/pipe_004');
  const panel = page.getByRole('region', { name: 'Ingestion status' });
  await expect(panel.getByTitle('status: PARTIAL_SUCCESS')).toHaveText('Partial success');
  await expect(panel.getByRole('table', { name: /Step errors/ })).toContainText(
    'Catalog metadata was not refreshed: <b>source</b> unreachable',
  );
});

test('after run_001 is retried, the run history shows run_002 as its retry, linked both ways', async ({
  page,
  request,
}) => {
  const res = await request.post(`${apiUrl()}/api/v1/pipelines/pipe_001/runs/run_001/retry`, {
    headers: { Authorization: 'Bearer demo-editor' },
  });
  expect(res.status()).toBe(201);

  await openSignedIn(page, 'viewer', '/pipelines/pipe_001');
  const runs = page.getByRole('table', { name: 'Runs', exact: true });
  const retry = runs.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'run_002' }) });
  await expect(retry).toContainText('retry of run_001, resumed from row 32,000');
  await expect(runs.getByRole('row').nth(1)).toContainText('run_002');
  const original = runs.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'run_001' }) });
  await expect(original).toContainText('retried by run_002');

  await retry.getByRole('link', { name: 'run_001' }).click();
  await expect(page).toHaveURL(/\/pipelines\/pipe_001\/runs\/run_001$/);
});

test('the chart of recent runs loads lazily and has a text alternative', async ({ page }) => {
  await openSignedIn(page, 'viewer', '/pipelines/pipe_001');
  const chart = page.getByRole('img', { name: /processed rows, failed rows and duration/ });
  await expect(chart).toHaveAccessibleDescription(/failed rows in all/);
  await expect(chart.locator('.recharts-bar-rectangle').first()).toBeVisible();
});

test('an unknown pipeline shows the API’s 404 message and a way back', async ({ page }) => {
  await openSignedIn(page, 'viewer', '/pipelines/pipe_nope');
  const notFound = page.locator('section', {
    has: page.getByRole('heading', { name: 'Pipeline pipe_nope not found' }),
  });
  await expect(notFound).toContainText('Pipeline not found');
  await notFound.getByRole('link', { name: 'Back to all pipelines' }).click();
  await expect(page).toHaveURL(/\/pipelines$/);
});
