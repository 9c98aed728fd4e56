import { countApiRequests, longTasksSince, openSignedInPage, pageNow, sleep } from '../browser.mjs';
import { overrideVisibility } from '../in-page.mjs';
import { expectShown, gotoApp } from '../pages.mjs';
import { settings } from '../settings.mjs';
import { judged } from '../table.mjs';

/**
 * Issue 13: a hidden tab asks nothing when nothing is watched, and at most two requests a
 * minute for any number of watched items; /runs stays smooth at 10,000 runs while it polls.
 * The hidden figures run on Playwright's page clock: five virtual minutes pass in moments,
 * and every timer the app sets fires as it would in five real minutes.
 */
const HIDDEN_MINUTES = 5;
const RUNS_AT_SCALE = 10_000;
const FIVE_WATCHED = {
  runs: [
    { pipelineId: 'pipe_001', runId: 'run_001' },
    { pipelineId: 'pipe_003', runId: 'run_301' },
    { pipelineId: 'pipe_scale', runId: 'run_scale' },
  ],
  pipelines: ['pipe_002', 'pipe_004'],
};

const LABELS = {
  none: `hidden tab, nothing watched (/runs, ${HIDDEN_MINUTES} min on the page clock): API requests`,
  five: `hidden tab, 5 watched (3 runs, 2 pipelines; ${HIDDEN_MINUTES} min on the page clock): API requests per minute`,
  scale: `/runs, ${RUNS_AT_SCALE.toLocaleString('en-US')} runs: ${settings.steadySeconds} s of polling, long tasks over 50 ms`,
};

/** In the page before the app starts; the key is WATCH_STORAGE_KEY of src/features/watch/lib/watch-store.ts. */
function storeWatched(list) {
  if (list) localStorage.setItem('pipewatch.watch', JSON.stringify(list));
  else localStorage.removeItem('pipewatch.watch');
}

/**
 * Page time passes a second at a time, and after each second the test waits for the API
 * requests it started to be answered, as they would be within that second in a real tab
 * (big jumps would fire a 30 s interval twice while its first request is still on its way,
 * and TanStack Query drops the second: too few requests counted).
 */
async function passPageTime(page, ms) {
  let inFlight = 0;
  const started = () => (inFlight += 1);
  const ended = () => (inFlight -= 1);
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  try {
    for (let passed = 0; passed < ms; passed += 1_000) {
      await page.clock.runFor(1_000);
      await sleep(20);
      for (let waited = 0; inFlight > 0 && waited < 5_000; waited += 20) await sleep(20);
    }
  } finally {
    page.off('request', started);
    page.off('requestfinished', ended);
    page.off('requestfailed', ended);
  }
}

/** Opens /runs with `watched` in localStorage, hides the tab and lets HIDDEN_MINUTES of page time pass. */
async function hiddenRequests({ browser, web, demo }, watched) {
  const { context, page } = await openSignedInPage(browser, web, {
    initScripts: [[overrideVisibility], [storeWatched, watched]],
  });
  try {
    await page.clock.install();
    await gotoApp(page, web, '/runs');
    await expectShown(page, page.getByRole('table', { name: 'Runs' }), '/runs ("Runs" table not shown)');
    const visible = countApiRequests(page, demo.origin);
    await passPageTime(page, 10_000);
    const whileVisible = visible.stop().length;
    if (whileVisible === 0) throw new Error('no API request in 10 s while visible: /runs is not polling');
    await page.evaluate(() => window.__benchSetHidden(true));
    await passPageTime(page, 1_000); // requests already on their way when the tab hid
    const hidden = countApiRequests(page, demo.origin);
    await passPageTime(page, HIDDEN_MINUTES * 60_000);
    const seen = hidden.stop();
    return {
      whileVisible,
      seen,
      paths: [...new Set(seen.map((r) => new URL(r.url).pathname + new URL(r.url).search))].join(', '),
    };
  } finally {
    await context.close();
  }
}

async function runsAtScale({ browser, web, demo }) {
  await demo.reset();
  await demo.scaleRuns(RUNS_AT_SCALE);
  const { context, page } = await openSignedInPage(browser, web);
  const polls = countApiRequests(page, demo.origin, (url) => new URL(url).pathname === '/api/v1/runs');
  try {
    await gotoApp(page, web, '/runs?window=all');
    const table = page.getByRole('table', { name: 'Runs' });
    await expectShown(page, table.getByRole('row').nth(1), '/runs (no run rows shown)', 60_000);
    await sleep(2_000); // past the first render
    const from = await pageNow(page);
    const fromWall = Date.now();
    await sleep(settings.steadySeconds * 1_000);
    const tasks = await longTasksSince(page, from);
    const polled = polls.stop().filter((r) => r.at >= fromWall).length;
    if (polled === 0) throw new Error(`no GET /api/v1/runs in ${settings.steadySeconds} s: /runs is not polling`);
    const rowCount = await table.getAttribute('aria-rowcount');
    const worst = tasks.length ? `, longest ${Math.round(Math.max(...tasks.map(([, d]) => d)))} ms` : '';
    return judged(
      LABELS.scale,
      `${tasks.length}${worst}`,
      '0',
      tasks.length === 0,
      `${polled} GET /api/v1/runs in ${settings.steadySeconds} s; the table's aria-rowcount: ${rowCount}`,
    );
  } finally {
    await context.close();
  }
}

export const watching = {
  id: 'watch',
  needs: 'browser',
  labels: [
    [LABELS.none, '0'],
    [LABELS.five, '≤ 2'],
    [LABELS.scale, '0'],
  ],
  async measure(ctx) {
    await ctx.demo.reset();
    const none = await hiddenRequests(ctx, null);
    const five = await hiddenRequests(ctx, FIVE_WATCHED);
    const perMinute = five.seen.length / HIDDEN_MINUTES;
    return [
      judged(
        LABELS.none,
        `${none.seen.length} (visible: ${none.whileVisible} in 10 s)`,
        '0',
        none.seen.length === 0,
        none.seen.length ? `requested while hidden: ${none.paths}` : undefined,
      ),
      judged(
        LABELS.five,
        `${perMinute.toFixed(1)} (${five.seen.length} in ${HIDDEN_MINUTES} min)`,
        '≤ 2',
        perMinute <= 2,
        `requested while hidden: ${five.paths || 'nothing'}`,
      ),
      await runsAtScale(ctx),
    ];
  },
};
