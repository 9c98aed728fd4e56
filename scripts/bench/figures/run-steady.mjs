import { longTasksSince, openSignedInPage, pageNow, sleep } from '../browser.mjs';
import { runPath, SCALE_RUN } from '../demo-api.mjs';
import { observeApiResponses } from '../in-page.mjs';
import { openRunPage, PARTITION_SELECTOR } from '../pages.mjs';
import { settings } from '../settings.mjs';
import { judged } from '../table.mjs';

const FIGURE = `same page, ${settings.steadySeconds} s of steady polling: long tasks over 50 ms`;

/** The scale run keeps running for 90 demo minutes after reset, so every poll brings new numbers. */
export const runSteady = {
  id: 'steady',
  needs: 'browser',
  labels: [[FIGURE, '0']],
  async measure({ browser, web, demo }) {
    await demo.reset();
    const { context, page } = await openSignedInPage(browser, web, {
      initScripts: [[observeApiResponses, demo.origin]],
    });
    try {
      await openRunPage(page, web, runPath(SCALE_RUN));
      await page.locator(PARTITION_SELECTOR).first().waitFor({ timeout: 20_000 });
      await sleep(2_000); // past the first render and the lazy chunks it pulls in
      const from = await pageNow(page);
      await sleep(settings.steadySeconds * 1_000);
      const tasks = await longTasksSince(page, from);
      const polls = await page.evaluate((t) => window.__benchResponses.filter((r) => r.start >= t).length, from);
      if (polls === 0) throw new Error(`no API request in ${settings.steadySeconds} s: the page is not polling`);
      const worst = tasks.length ? `, longest ${Math.round(Math.max(...tasks.map(([, d]) => d)))} ms` : '';
      return [
        judged(
          FIGURE,
          `${tasks.length} (${polls} API responses in ${settings.steadySeconds} s${worst})`,
          '0',
          tasks.length === 0,
          tasks.length
            ? `long tasks (start ms → duration ms): ${tasks.map(([s, d]) => `${Math.round(s - from)}→${Math.round(d)}`).join(', ')}`
            : undefined,
        ),
      ];
    } finally {
      await context.close();
    }
  },
};
