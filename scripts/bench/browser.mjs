import { chromium } from '@playwright/test';
import { findChromium, playwrightChromiumArgs } from '../ensure-browser.mjs';
import { observeLongTasks, setSessionToken } from './in-page.mjs';

/** An executable path for tools that cannot use Playwright's lookup (Lighthouse's chrome-launcher). */
export function chromiumExecutable() {
  const found = findChromium();
  if (!found) throw new Error('no Chromium found: run `node scripts/ensure-browser.mjs` or set PW_CHROMIUM_PATH');
  return found.executablePath ?? chromium.executablePath();
}

export function launchBrowser() {
  return chromium.launch({ executablePath: chromiumExecutable(), args: playwrightChromiumArgs() });
}

/**
 * A fresh context signed in as `role`: the token goes into sessionStorage before the app
 * starts, which is where the sign-in page would put it. Every page counts its long tasks.
 * `initScripts` are [function, argument] pairs run in every document before the app.
 */
export async function openSignedInPage(browser, web, { role = 'admin', initScripts = [] } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(setSessionToken, { origin: web.origin, token: `demo-${role}` });
  await context.addInitScript(observeLongTasks);
  for (const [script, arg] of initScripts) await context.addInitScript(script, arg);
  const page = await context.newPage();
  return { context, page };
}

/** The page's own clock (performance.now), the timebase of resource timings and long tasks. */
export function pageNow(page) {
  return page.evaluate(() => performance.now());
}

/** Long tasks that started at or after `since` (page time), as [startTime, duration] pairs. */
export function longTasksSince(page, since) {
  return page.evaluate((t) => window.__benchLongTasks.filter(([start]) => start >= t), since);
}

export function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Counts requests to the API origin that match `test`, from now until `stop()`. */
export function countApiRequests(page, apiOrigin, test = () => true) {
  const seen = [];
  const onRequest = (request) => {
    const url = request.url();
    if (url.startsWith(apiOrigin) && test(url)) seen.push({ url, at: Date.now() });
  };
  page.on('request', onRequest);
  return {
    seen,
    stop() {
      page.off('request', onRequest);
      return seen;
    },
  };
}
