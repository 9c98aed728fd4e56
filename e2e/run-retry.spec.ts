import type { Page } from '@playwright/test';
import { advanceClock, expect, setClockSpeed, openSignedIn, test } from './support';

// run_001 of pipe_001 failed at 32,000 of 50,000 rows (upsert); retrying it makes run_002,
// which is pending for 3 demo seconds, then loads the other 18,000 rows in 28.4 s. The demo
// clock is stopped in these tests and moved on by hand, so what a poll answers is exact.

const RUN_001 = '/pipelines/pipe_001/runs/run_001';
const RUN_002 = '/pipelines/pipe_001/runs/run_002';

/** The value beside a label of the run header. */
const fact = (page: Page, label: string) =>
  page.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd');
const throughputPanel = (page: Page) =>
  page.locator('section', { has: page.getByRole('heading', { name: 'Throughput' }) });

async function retryFromDialog(page: Page) {
  await page.getByRole('button', { name: 'Retry run' }).click();
  const dialog = page.getByRole('dialog', { name: 'Retry run run_001?' });
  await dialog.getByRole('button', { name: 'Resume from row 32,000' }).click();
  return dialog;
}

// Each test is a whole journey (sign in, retry, move the clock, look again): longer than the default.
test.describe.configure({ timeout: 60_000 });

test.beforeEach(async ({ request }) => {
  await setClockSpeed(request, 0);
});

test('the original run says it was retried, by which run and how it is doing; a second retry is told first', async ({
  page,
  request,
}) => {
  await openSignedIn(page, 'editor', RUN_001);
  await expect(page.getByText('Retried by')).toHaveCount(0);
  await retryFromDialog(page);
  await expect(page).toHaveURL(new RegExp(`${RUN_002}$`));

  await page.getByRole('link', { name: 'run_001', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${RUN_001}$`));
  const retriedBy = page.locator('p', { hasText: /^Retried by/ });
  await expect(retriedBy.getByRole('link', { name: 'run_002', exact: true })).toHaveAttribute('href', RUN_002);
  await expect(retriedBy).toHaveText(/^Retried by\s*run_002\s*Pending$/);

  // The retry runs to its end: the status beside it follows while it is live.
  await advanceClock(request, 60_000);
  await expect(retriedBy).toHaveText(/^Retried by\s*run_002\s*Completed$/, { timeout: 15_000 });

  await page.getByRole('button', { name: 'Retry run' }).click();
  const dialog = page.getByRole('dialog', { name: 'Retry run run_001?' });
  await expect(dialog).toContainText(
    'run_001 was already retried as run_002 (Completed). Retrying again makes another run.',
  );
  await dialog.getByRole('button', { name: 'Resume from row 32,000' }).click();
  await expect(page).toHaveURL(/\/runs\/run_003$/);
});

test('a retry counts only the rows it loaded itself: no average at 0 s, 633 rows/s once ended', async ({
  page,
  request,
}) => {
  await openSignedIn(page, 'editor', RUN_001);
  await retryFromDialog(page);
  await expect(page).toHaveURL(new RegExp(`${RUN_002}$`));
  const panel = throughputPanel(page);
  await expect(panel).toContainText('Average: —, too early to say (0s of run time).');
  await expect(panel).not.toContainText('rows/s over');

  await advanceClock(request, 60_000);
  await expect(panel).toContainText(
    'Run ended. Average 633 rows/s over 28s (18,000 rows; the 32,000 rows resumed from the original run are not counted).',
    { timeout: 15_000 },
  );
  await expect(fact(page, 'Throughput')).toHaveText('633 rows/s');
  await expect(panel.getByTitle("The run's average over its own time.")).toHaveText('633 rows/s');
});
