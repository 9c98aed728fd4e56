import type { Page, TestInfo } from '@playwright/test';

/**
 * Whether the page's renderer draws frames: resolves false when no animation frame comes
 * within `ms`, and null when the page does not even run the check (its main thread is busy).
 */
async function drawsFrames(page: Page, ms: number): Promise<boolean | null> {
  const check = page.evaluate(
    (wait) =>
      new Promise<boolean>((resolve) => {
        // A page on Playwright's clock (page.clock.install) has its timers and frames faked, and
        // paused they never fire: the browser's own are kept in __pwClock.builtins.
        const real = (globalThis as { __pwClock?: { builtins: typeof globalThis } }).__pwClock?.builtins ?? globalThis;
        real.requestAnimationFrame.call(globalThis, () => resolve(true));
        real.setTimeout.call(globalThis, () => resolve(false), wait);
      }),
    ms,
  );
  const unanswered = new Promise<null>((resolve) => setTimeout(() => resolve(null), ms + 2_000));
  return Promise.race([check.catch(() => null), unanswered]);
}

const FIRST_FRAME_MS = 5_000;

/**
 * The test's page, once it draws. Playwright clicks only what stayed put for two animation
 * frames, and in one CI run a fresh page of Debian's Chromium drew none: a click waited
 * its whole 30 s on "visible, enabled and stable" without once checking the element (which
 * it logs). A page without frames is the browser's defect, not the app's, so it is replaced
 * by another tab of the same context before the test starts, and the test says so.
 */
export async function pageThatDraws(page: Page, testInfo: TestInfo): Promise<Page> {
  if (await drawsFrames(page, FIRST_FRAME_MS)) return page;
  testInfo.annotations.push({
    type: 'browser',
    description: `the new tab drew no frame in ${FIRST_FRAME_MS / 1000} s; the test ran in another tab`,
  });
  const replacement = await page.context().newPage();
  await page.close();
  return replacement;
}

/** After a failure: whether the page still drew frames then, for telling a stalled browser from a defect. */
export async function reportFrames(page: Page, testInfo: TestInfo) {
  if (page.isClosed()) return;
  const draws = await drawsFrames(page, 2_000);
  const visibility = draws === null ? 'unknown' : await page.evaluate(() => document.visibilityState);
  const frames = draws === null ? 'the page ran no script within 4 s' : draws ? 'yes' : 'no frame within 2 s';
  testInfo.annotations.push({
    type: 'page drew frames after the failure',
    description: `${frames}; tab ${visibility}`,
  });
}
