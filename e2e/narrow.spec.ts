import type { Locator, Page } from '@playwright/test';
import { expect, openSignedIn, test } from './support';

// A phone (390 × 844): nothing an operator needs may sit off-screen, be cut short or break
// mid-word. Demo fixtures (mocks/README.md): pipe_004's last run completed with errors; pipe_001's
// ingestion status lists the step DATA_SOURCE; run_001's error for row 142 is "Invalid email
// format"; run_401 has a value "\t42" (row 3,527); run_scale has 1,000 partitions.

test.use({ viewport: { width: 390, height: 844 } });

const WIDTH = 390;

/** The document does not scroll sideways. */
async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

/** The element is laid out wholly between the screen's left and right edges. */
async function expectWithinScreenWidth(locator: Locator) {
  await expect(locator).toBeVisible();
  const box = await locator.boundingBox();
  expect(box).not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(WIDTH);
}

/** Nothing of the element's text is cut off (no ellipsis, no clipped overflow). */
async function expectNotCut(locator: Locator) {
  const { scrollWidth, clientWidth } = await locator.evaluate((el) => ({
    scrollWidth: el.scrollWidth,
    clientWidth: el.clientWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

/** Where the element's box sits inside its nearest scroll box: wholly inside, none of it scrolled away. */
async function expectNoOverflowingScrollBox(locator: Locator) {
  const overflow = await locator.evaluate((el) => {
    let box: HTMLElement | null = el.parentElement;
    while (box && getComputedStyle(box).overflowX === 'visible') box = box.parentElement;
    return box ? box.scrollWidth - box.clientWidth : 0;
  });
  expect(overflow).toBeLessThanOrEqual(0);
}

test('/pipelines shows every column of a pipeline on a phone, no sideways scroll', async ({ page }) => {
  await openSignedIn(page, 'viewer');
  const table = page.getByRole('table', { name: 'Pipelines' });
  const row = table
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: 'Daily Customer Import', exact: true }) });
  await expect(row.getByRole('link', { name: 'Daily Customer Import' })).toHaveAttribute('href', '/pipelines/pipe_001');
  for (const text of [
    'pipe_001',
    'Failed',
    '2 hours ago',
    'Production S3',
    'Every 15 min',
    'data/customers/_READY.dat',
  ])
    await expectWithinScreenWidth(row.getByText(text).first());
  await expectNoOverflowingScrollBox(row);
  for (const header of ['Pipeline', 'Last run status', 'Last run', 'Connector', 'Touch-file polling'])
    await expectWithinScreenWidth(table.getByRole('button', { name: header, exact: true }));
  await expectNoSidewaysScroll(page);
});

test('a status is never cut short: "Completed with errors" shows whole', async ({ page }) => {
  await openSignedIn(page, 'viewer');
  // The list is virtualised: narrow it to the row, which lies below the first screen.
  await page.getByRole('searchbox', { name: 'Filter pipelines' }).fill('Product Catalog');
  const row = page
    .getByRole('table', { name: 'Pipelines' })
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: 'Product Catalog Refresh', exact: true }) });
  const status = row.getByText('Completed with errors', { exact: true });
  await expectWithinScreenWidth(status);
  await expectNotCut(status);
});

test('step codes wrap only after an underscore, never inside a word', async ({ page }) => {
  await openSignedIn(page, 'viewer', '/pipelines/pipe_001');
  const code = page.getByRole('table', { name: /^Step errors/ }).getByText('DATA_SOURCE', { exact: true });
  await expect(code).toBeVisible();
  // Each word of the code ("DATA_", "SOURCE") lies on one line: a line break inside one gives it two boxes.
  const linesPerWord = await code.evaluate((el) =>
    Array.from(el.childNodes)
      .filter((node) => node.nodeType === Node.TEXT_NODE)
      .map((node) => {
        const range = document.createRange();
        range.selectNodeContents(node);
        return new Set(Array.from(range.getClientRects(), (rect) => Math.round(rect.top))).size;
      }),
  );
  expect(linesPerWord.length).toBeGreaterThan(0);
  expect(linesPerWord.every((lines) => lines === 1)).toBe(true);
});

test("the run page shows a validation error's message on a phone", async ({ page }) => {
  await openSignedIn(page, 'viewer', '/pipelines/pipe_001/runs/run_001');
  const table = page.getByRole('table', { name: 'Validation errors' });
  const row = table.getByRole('row', { name: /^142 email not-an-email Invalid email format/ });
  await row.scrollIntoViewIfNeeded();
  await expectWithinScreenWidth(row.getByText('Invalid email format', { exact: true }));
  await expectWithinScreenWidth(row.getByText('not-an-email', { exact: true }));
  await expectNoOverflowingScrollBox(row);
  await expectNoSidewaysScroll(page);
});

/**
 * An Etc zone whose clock reads 00:xx when this file loads: run_001's log, about two hours
 * old, is from yesterday there for the next two hours, whatever the hour in UTC.
 */
function zoneJustPastMidnight(): string {
  const ahead = (24 - new Date().getUTCHours()) % 24;
  const east = ahead <= 14 ? ahead : ahead - 24;
  // Etc zones count the other way round: Etc/GMT-3 is three hours ahead of UTC.
  return east === 0 ? 'Etc/GMT' : `Etc/GMT${east > 0 ? '-' : '+'}${Math.abs(east)}`;
}

test.describe('a log from yesterday', () => {
  test.use({ timezoneId: zoneJustPastMidnight() });

  test('keeps each message on a readable line of its own on a phone, under its dated time', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('pipewatch.timeZone', 'local'));
    await openSignedIn(page, 'viewer', '/pipelines/pipe_001/runs/run_001');
    const log = page.getByRole('list', { name: 'Run log entries' });
    await expect(log.locator('time').first()).toHaveText(/^\d{1,2} \w{3} \d{4} \d\d:\d\d:\d\d$/);
    const message = log.getByText('Read 50000 rows from source', { exact: true });
    await expectWithinScreenWidth(message);
    const { height, lineHeight } = await message.evaluate((el) => ({
      height: el.getBoundingClientRect().height,
      lineHeight: parseFloat(getComputedStyle(el).lineHeight),
    }));
    expect(height, 'one line, not a word per line').toBeLessThan(2 * lineHeight);
  });
});

test('a value with a leading tab shows the tab, and copies verbatim', async ({ page }) => {
  // The app's Permissions-Policy blocks reading the clipboard back: record what is written instead.
  await page.addInitScript(() => {
    const written: string[] = [];
    Object.assign(window, { clipboardWrites: written });
    navigator.clipboard.writeText = async (text: string) => void written.push(text);
  });
  await openSignedIn(page, 'viewer', '/pipelines/pipe_004/runs/run_401');
  await page.getByRole('searchbox', { name: 'Filter errors by text' }).fill('3527');
  const row = page.getByRole('table', { name: 'Validation errors' }).getByRole('row', { name: /^3,527 amount/ });
  const tab = row.getByRole('img', { name: 'tab' });
  // The tab itself takes no room; what is seen is its symbol, drawn before it.
  await expect(tab).toHaveCount(1);
  expect(await tab.evaluate((el) => getComputedStyle(el, '::before').content)).toBe('"→"');
  const value = row.locator('bdi').filter({ has: page.getByRole('img', { name: 'tab' }) });
  await expectWithinScreenWidth(value);
  await expect(value).toHaveAttribute('title', '\t42\n(contains a tab)');

  await row.getByRole('button', { name: 'Copy text of record 3,527' }).click();
  expect(await page.evaluate(() => (window as unknown as { clipboardWrites: string[] }).clipboardWrites)).toEqual([
    '\t42',
  ]);
  // A selection of the value holds the characters, not the symbols drawn for them.
  const selected = await value.evaluate((el) => {
    getSelection()!.selectAllChildren(el);
    return getSelection()!.toString();
  });
  expect(selected).toBe('\t42');
});

test('/runs shows every column of a run on a phone, no sideways scroll', async ({ page }) => {
  await openSignedIn(page, 'editor', '/runs');
  const table = page.getByRole('table', { name: 'Runs' });
  const row = table.getByRole('row').filter({ has: page.getByRole('link', { name: 'run_001', exact: true }) });
  await page.getByRole('searchbox', { name: 'Filter runs' }).fill('run_001');
  for (const text of ['Daily Customer Import', 'run_001', 'Failed', '32,000 / 50,000', '45s', 'upsert'])
    await expectWithinScreenWidth(row.getByText(text, { exact: true }).first());
  await expectWithinScreenWidth(row.getByRole('checkbox', { name: 'Select run_001 of Daily Customer Import' }));
  await expectNoOverflowingScrollBox(row);
  await expectNoSidewaysScroll(page);
});

test('a count of 10^300 runs is written in powers of ten, fits the phone, and the page does not scroll sideways', async ({
  page,
}) => {
  // An API that counts absurdly: every count is still shown, within the phone's width.
  await page.route('**/api/v1/runs?*', async (route) => {
    const answer = await (await route.fetch()).json();
    await route.fulfill({ json: { ...answer, total: 1e300, counts: { ...answer.counts, failed: 1e300 } } });
  });
  await openSignedIn(page, 'editor', '/runs?window=all');
  // Past 2^53 a number holds 16 digits at most: powers of ten, not 300 made-up digits.
  const failed = page.getByRole('link', { name: /^Failed/ });
  await expect(failed).toContainText('1E300');
  await expect(page.getByText('1E300 runs')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Select all retryable in view \(1E300\)$/ })).toBeVisible();
  await expectWithinScreenWidth(failed);
  await expectNotCut(failed);
  await expectWithinScreenWidth(page.getByText('1E300 runs'));
  await expectNoSidewaysScroll(page);
});

test("run_scale's 1,000 partitions leave its errors within a screen on a phone, every cell still reachable", async ({
  page,
}) => {
  await openSignedIn(page, 'viewer', '/pipelines/pipe_scale/runs/run_scale');
  const grid = page.getByRole('group', { name: 'Partitions, one cell each' });
  const last = grid.locator('[data-position="999"]');
  await expect(last).toHaveCount(1);
  await expect(page.getByText('Scroll the grid for all 1,000 partitions')).toBeVisible();
  const top = async (name: string) => (await page.getByRole('heading', { name, exact: true }).boundingBox())!.y;
  expect((await top('Validation errors')) - (await top('Partitions'))).toBeLessThan(844);
  // The grid scrolls inside: its last cell comes into view there.
  await last.focus();
  await expect(last).toBeInViewport();
});

test('the compare page does not scroll sideways on a phone, and says where a table does', async ({ page }) => {
  await openSignedIn(page, 'viewer', '/pipelines/pipe_001/compare?base=run_20260328&head=run_001');
  const figures = page.getByRole('table', { name: 'Run figures' });
  await expect(figures.getByRole('rowheader', { name: 'Load strategy' })).toBeVisible();
  // The figures keep their four columns; the rest is a sideways scroll away, and says so.
  const hint = page.getByText('Scroll sideways for more columns').first();
  await expectWithinScreenWidth(hint);
  await expectNoSidewaysScroll(page);
});
