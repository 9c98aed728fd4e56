import { countApiRequests, openSignedInPage, sleep } from '../browser.mjs';
import { ENDED_RUN, ENDING_RUN, runPath, SCALE_RUN } from '../demo-api.mjs';
import { overrideVisibility } from '../in-page.mjs';
import { openRunPage } from '../pages.mjs';
import { settings } from '../settings.mjs';
import { judged, measureSafely } from '../table.mjs';

const HIDDEN_FIGURE = `requests while the tab is hidden (${settings.hiddenSeconds} s, live run page)`;
const ENDED_FIGURE = `polling requests for a run that has ended (${settings.endedSeconds} s)`;
const TERMINAL = /^(completed|failed|completed_with_errors)$/;

/** Requests that concern one run: its own endpoints and its phases (003, addressed by run id). */
const aboutRun =
  ({ pipelineId, runId }) =>
  (url) =>
    url.includes(`/pipelines/${pipelineId}/runs/${runId}`) || url.includes(`/v1/pipelines/${runId}/`);

async function hiddenTab({ browser, web, demo }) {
  const { context, page } = await openSignedInPage(browser, web, { initScripts: [[overrideVisibility]] });
  try {
    await openRunPage(page, web, runPath(SCALE_RUN));
    await sleep(2_000);
    const visible = countApiRequests(page, demo.origin);
    await sleep(6_000);
    const whileVisible = visible.stop().length;
    await page.evaluate(() => window.__benchSetHidden(true));
    const hidden = countApiRequests(page, demo.origin);
    await sleep(settings.hiddenSeconds * 1_000);
    const whileHidden = hidden.stop();
    await page.evaluate(() => window.__benchSetHidden(false));
    const back = countApiRequests(page, demo.origin);
    await sleep(3_000);
    const afterShown = back.stop().length;
    // Zero while hidden only means something if the page was polling before.
    if (whileVisible === 0) throw new Error('no API request in 6 s while visible: the run page is not polling');
    const paths = [...new Set(whileHidden.map((r) => new URL(r.url).pathname))].join(', ');
    return judged(
      HIDDEN_FIGURE,
      `${whileHidden.length} (visible: ${whileVisible} in 6 s; shown again: ${afterShown} in 3 s)`,
      '0',
      whileHidden.length === 0,
      whileHidden.length ? `requested while hidden: ${paths}` : undefined,
    );
  } finally {
    await context.close();
  }
}

/** Requests for `run` during the window, which starts `graceMs` after `start()` resolves. */
async function requestsAfter(page, demo, run, start, graceMs) {
  await start();
  await sleep(graceMs);
  const counter = countApiRequests(page, demo.origin, aboutRun(run));
  await sleep(settings.endedSeconds * 1_000);
  return counter.stop();
}

async function endedRuns({ browser, web, demo }) {
  const { context, page } = await openSignedInPage(browser, web);
  try {
    const ended = await requestsAfter(page, demo, ENDED_RUN, () => openRunPage(page, web, runPath(ENDED_RUN)), 2_000);
    // A run that ends while watched: the demo clock runs 10× so run_301 ends within seconds.
    await demo.reset();
    await demo.clock({ speed: 10 });
    const terminal = page.waitForResponse(
      async (res) =>
        /\/runs\/[^/]+\/progress/.test(res.url()) &&
        res.url().includes(ENDING_RUN.runId) &&
        TERMINAL.test((await res.json().catch(() => ({}))).status ?? ''),
      { timeout: 30_000 },
    );
    await openRunPage(page, web, runPath(ENDING_RUN));
    // One refresh of the run's other data right after it ends is fine; polling on is not.
    const ending = await requestsAfter(page, demo, ENDING_RUN, () => terminal, 3_000);
    const total = ended.length + ending.length;
    const urls = [...new Set([...ended, ...ending].map((r) => new URL(r.url).pathname))].join(', ');
    return judged(
      ENDED_FIGURE,
      `${total} (${ENDED_RUN.runId}, ended before: ${ended.length}; ${ENDING_RUN.runId}, ended while watched: ${ending.length})`,
      '0',
      total === 0,
      total ? `requested after the end: ${urls}` : undefined,
    );
  } finally {
    await context.close();
  }
}

export const hiddenRequests = {
  id: 'hidden',
  needs: 'browser',
  labels: [
    [HIDDEN_FIGURE, '0'],
    [ENDED_FIGURE, '0'],
  ],
  async measure(ctx) {
    await ctx.demo.reset();
    const [hidden, ended] = this.labels;
    return [
      ...(await measureSafely([hidden], async () => [await hiddenTab(ctx)])),
      ...(await measureSafely([ended], async () => [await endedRuns(ctx)])),
    ];
  },
};
