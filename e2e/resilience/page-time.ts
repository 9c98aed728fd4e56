import { expect, type Page } from '@playwright/test';
import { TOKEN_KEY } from '../support/sign-in';
import type { MatrixPage } from './fault-table';

/** Longest wait between attempts while the API fails (src/lib/polling.ts MAX_BACKOFF_MS). */
export const MAX_BACKOFF_MS = 60_000;

/**
 * Opens `path` signed in, with the page's timers on Playwright's clock: time flows as
 * usual, and a test can jump it forward to the next poll instead of waiting for it.
 */
export async function openWithPageClock(page: Page, path: string, token = 'demo-admin') {
  await page.addInitScript(
    ([key, value]) => {
      if (sessionStorage.getItem(key) === null) sessionStorage.setItem(key, value);
    },
    [TOKEN_KEY, token] as const,
  );
  await page.clock.install();
  await page.goto(path);
}

/**
 * From here the page's clock moves only when the test moves it (`page.clock.runFor`).
 * pauseAt must name a moment still ahead when the call arrives; on a loaded machine more
 * than the margin can pass between reading the page's time and pausing, so read it again.
 */
export async function pauseClock(page: Page) {
  for (let attempt = 1; ; attempt++) {
    const now = await page.evaluate(() => Date.now());
    try {
      await page.clock.pauseAt(now + 1_000);
      return;
    } catch (error) {
      if (attempt === 5 || !String(error).includes('Cannot fast-forward to the past')) throw error;
    }
  }
}

/**
 * Page time passes by `ms`, and the page does what it does then: a polled page polls; a
 * page that does not poll (an ended run) asks again when the operator comes back to the tab.
 */
export async function letTimePass(page: Page, target: MatrixPage, ms: number) {
  await page.clock.fastForward(ms);
  if (target.refresh === 'focus') {
    // What the browser fires when the tab is shown again; TanStack Query refetches stale queries on it.
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange', { bubbles: true })));
  }
}

/** One polling interval of the page (or a while away from the tab, for a page that does not poll). */
export function nextPoll(page: Page, target: MatrixPage) {
  return letTimePass(page, target, target.refresh === 'focus' ? 5_000 : target.refresh.pollMs);
}

/**
 * Lets page time run on by the longest backoff until `assertion` holds: however far the
 * page has backed off, its next attempt falls within it.
 */
export async function untilRecovered(page: Page, target: MatrixPage, assertion: () => Promise<void>) {
  await expect(async () => {
    await letTimePass(page, target, MAX_BACKOFF_MS);
    await assertion();
  }).toPass({ timeout: 20_000, intervals: [250] });
}
