import type { Page } from '@playwright/test';
import { expect, openSignedIn, test } from './support';

// A short window, so the pipeline page (status, chart, runs) scrolls.
test.use({ viewport: { width: 1280, height: 500 } });

const scrollY = (page: Page) => page.evaluate(() => window.scrollY);

test('a run page opened from further down the pipeline page starts at the top; Back returns to where the reader was', async ({
  page,
}) => {
  await openSignedIn(page, 'viewer', '/pipelines/pipe_001');
  const runs = page.getByRole('table', { name: 'Runs', exact: true });
  const link = runs.getByRole('link', { name: 'run_20260327', exact: true });
  await link.scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 200);
  await expect.poll(() => scrollY(page)).toBeGreaterThan(300);
  const position = await scrollY(page);

  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Run run_20260327' })).toBeVisible();
  await expect.poll(() => scrollY(page)).toBe(0);

  await page.goBack();
  await expect(runs).toBeVisible();
  await expect.poll(() => scrollY(page)).toBe(position);
});
