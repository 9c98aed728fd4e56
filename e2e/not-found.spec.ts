import type { Page } from '@playwright/test';
import { demoRequests, expect, openSignedIn, test } from './support';

// One not-found design for an unknown route and for a 404 of the page's own subject (a run, a
// pipeline): what was not found, the API's words when it said so, a way back; and no more
// requests for that subject. The page's clock is driven by the test, so "no more" covers
// two minutes of polling and backoff without waiting for them.

/** The not-found section named by its heading. */
function notFound(page: Page, heading: string) {
  return page.locator('section', { has: page.getByRole('heading', { level: 1, name: heading, exact: true }) });
}

/** Requests the demo API received whose line contains `subject`. */
async function requestsAbout(request: Parameters<typeof demoRequests>[0], subject: string) {
  return (await demoRequests(request)).filter((line) => line.includes(subject));
}

test('an unknown run: not found, in the API’s words, a way back to its pipeline, and no more polling', async ({
  page,
  request,
}) => {
  await page.clock.install();
  await openSignedIn(page, 'viewer', '/pipelines/pipe_001/runs/run_999');
  const section = notFound(page, 'Run run_999 not found');
  await expect(section).toContainText('404');
  await expect(section).toContainText('HTTP 404 · RunNotFound · Pipeline or run not found');
  await expect(section).toContainText('Pipewatch has stopped asking for it');
  await expect(section.getByRole('link', { name: 'See the runs of pipe_001' })).toHaveAttribute(
    'href',
    '/pipelines/pipe_001',
  );
  await expect(page).toHaveTitle('Run run_999 not found · Pipewatch');

  await page.waitForLoadState('networkidle');
  const before = await requestsAbout(request, 'run_999');
  expect(before.some((line) => line.startsWith('GET /api/v1/pipelines/pipe_001/runs/run_999/progress'))).toBe(true);
  await page.clock.runFor(120_000);
  expect(await requestsAbout(request, 'run_999')).toEqual(before);
  // The top bar says so too: nothing on the page polls.
  await expect(page.getByRole('group', { name: 'Polling' })).toContainText('Not polling');
});

test('an unknown pipeline: the same design, a way back to all pipelines, and no more polling', async ({
  page,
  request,
}) => {
  await page.clock.install();
  await openSignedIn(page, 'viewer', '/pipelines/pipe_999');
  const section = notFound(page, 'Pipeline pipe_999 not found');
  await expect(section).toContainText('404');
  await expect(section).toContainText('HTTP 404 · PipelineNotFound · Pipeline not found');
  await expect(section).toContainText('Pipewatch has stopped asking for it');
  await expect(page).toHaveTitle('Pipeline pipe_999 not found · Pipewatch');

  await page.waitForLoadState('networkidle');
  const before = await requestsAbout(request, '/pipelines/pipe_999');
  expect(before).toEqual(['GET /api/v1/pipelines/pipe_999']);
  await page.clock.runFor(120_000);
  expect(await requestsAbout(request, '/pipelines/pipe_999')).toEqual(before);
  await expect(page.getByRole('group', { name: 'Polling' })).toContainText('Not polling');

  await section.getByRole('link', { name: 'Back to all pipelines' }).click();
  await expect(page).toHaveURL(/\/pipelines$/);
});

test('an unknown address: the same design, saying which address, with a way back', async ({ page }) => {
  await openSignedIn(page, 'viewer', '/nope');
  const section = notFound(page, 'Page not found');
  await expect(section).toContainText('404');
  await expect(section).toContainText('Nothing lives at /nope.');
  await expect(page).toHaveTitle('Page not found · Pipewatch');
  await section.getByRole('link', { name: 'Back to pipelines' }).click();
  await expect(page).toHaveURL(/\/pipelines$/);
});
