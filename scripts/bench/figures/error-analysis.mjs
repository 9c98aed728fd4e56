import { longTasksSince, openSignedInPage, sleep } from '../browser.mjs';
import { runPath, SCALE_RUN } from '../demo-api.mjs';
import { observeApiResponses } from '../in-page.mjs';
import { expectShown, gotoApp } from '../pages.mjs';
import { judged, measureSafely } from '../table.mjs';

/**
 * Issue 14: the errors-by-column summary of run_scale (100,000 errors) counted in the
 * browser, with the summary endpoint answering 404 (demo fault), and the compare page of
 * two 1,000-partition runs (run_scale and its retry).
 */
const SUMMARY_BUDGET_MS = 1_000;
const COMPARE_BUDGET_MS = 1_000;
const LABELS = {
  summaryTime: 'run_scale errors by column, counted in the browser: 404 answer → summary shown',
  summaryTasks: 'same: long tasks over 50 ms from the 404 to 10 s after the summary',
  compareTime: 'compare run_scale with its retry (1,000 partitions each): both answers → partitions table painted',
  compareTasks: 'same: long tasks over 50 ms from navigation to 10 s after the table',
};

/** Notes when an element matching `selector` whose text matches `pattern` is first in the DOM, and the frame after. */
function probeShown({ selector, pattern }) {
  const probe = { domAt: null, paintedAt: null };
  window.__benchShown = probe;
  const re = new RegExp(pattern);
  const observer = new MutationObserver(() => {
    const hit = [...document.querySelectorAll(selector)].some((el) => re.test(el.textContent ?? ''));
    if (!hit) return;
    observer.disconnect();
    probe.domAt = performance.now();
    requestAnimationFrame(() => setTimeout(() => (probe.paintedAt = performance.now()), 0));
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

async function openProbed(browser, web, demo, path, probe) {
  const { context, page } = await openSignedInPage(browser, web, {
    initScripts: [
      [probeShown, probe],
      [observeApiResponses, demo.origin],
    ],
  });
  await gotoApp(page, web, path);
  const shown = await page
    .waitForFunction(() => window.__benchShown.paintedAt !== null, null, { timeout: 60_000 })
    .then(
      () => true,
      () => false,
    );
  return { context, page, shown };
}

async function summaryInBrowser({ browser, web, demo }) {
  await demo.reset();
  await demo.clock({ speed: 0 });
  await demo.fault({ mode: 'status', status: 404, match: '/errors/summary' });
  const { context, page, shown } = await openProbed(browser, web, demo, runPath(SCALE_RUN), {
    selector: 'section, [role="region"]',
    pattern: 'counted in the browser',
  });
  try {
    if (!shown) throw new Error('the summary never said "counted in the browser" within 60 s');
    await sleep(10_000);
    const { probe, responses } = await page.evaluate(() => ({
      probe: window.__benchShown,
      responses: window.__benchResponses,
    }));
    const notFound = responses.find((r) => r.url.includes('/errors/summary') && r.status === 404);
    if (!notFound) throw new Error('no 404 answer to GET …/errors/summary was seen');
    const tasks = await longTasksSince(page, notFound.end);
    const errorPages = responses.filter((r) => /\/errors(\?|$)/.test(new URL(r.url).pathname + '?')).length;
    const ms = probe.paintedAt - notFound.end;
    const worst = tasks.length ? `, longest ${Math.round(Math.max(...tasks.map(([, d]) => d)))} ms` : '';
    const text = await page.getByRole('region', { name: 'Errors by column' }).innerText();
    return [
      judged(
        LABELS.summaryTime,
        `${Math.round(ms)} ms`,
        `< ${SUMMARY_BUDGET_MS} ms`,
        ms < SUMMARY_BUDGET_MS,
        `it says: "${text.split('\n').find((l) => l.includes('counted in the browser'))}"; ${errorPages} error-page answers by then`,
      ),
      judged(LABELS.summaryTasks, `${tasks.length}${worst}`, '0', tasks.length === 0),
    ];
  } finally {
    await context.close();
    await demo.clearFaults();
  }
}

async function retryOfScaleRun(demo) {
  const res = await fetch(`${demo.url}/api/v1/pipelines/${SCALE_RUN.pipelineId}/runs/${SCALE_RUN.runId}/retry`, {
    method: 'POST',
    headers: { Authorization: 'Bearer demo-editor', 'Idempotency-Key': crypto.randomUUID() },
  });
  if (res.status !== 201) throw new Error(`retrying run_scale answered ${res.status}: ${await res.text()}`);
  return (await res.json()).id;
}

async function comparePage({ browser, web, demo }) {
  await demo.reset();
  // Three demo hours on, run_scale has ended (completed with errors) and can be retried.
  await demo.clock({ advanceMs: 3 * 3_600_000 });
  const head = await retryOfScaleRun(demo);
  // Ten demo minutes on: the retry has partitions of its own to compare, then time stands still.
  await demo.clock({ advanceMs: 600_000 });
  await demo.clock({ speed: 0 });
  const path = `/pipelines/${SCALE_RUN.pipelineId}/compare?base=${SCALE_RUN.runId}&head=${head}`;
  const { context, page, shown } = await openProbed(browser, web, demo, path, {
    selector: 'table[aria-label="Partitions by index"] tbody tr',
    pattern: '.',
  });
  try {
    if (!shown) throw new Error('the compare page drew no "Partitions by index" row within 60 s');
    await expectShown(page, page.getByRole('table', { name: 'Run figures' }), 'compare page ("Run figures")');
    await sleep(10_000);
    const { probe, responses } = await page.evaluate(() => ({
      probe: window.__benchShown,
      responses: window.__benchResponses,
    }));
    const progress = responses.filter((r) => /\/progress$/.test(new URL(r.url).pathname) && r.end <= probe.domAt);
    if (progress.length < 2)
      throw new Error(`${progress.length} progress answers before the table: expected both runs'`);
    const arrived = Math.max(...progress.map((r) => r.end));
    const ms = probe.paintedAt - arrived;
    const tasks = await longTasksSince(page, 0);
    const worst = tasks.length ? `, longest ${Math.round(Math.max(...tasks.map(([, d]) => d)))} ms` : '';
    const changed = await page.getByText(/partitions changed status or rows/).innerText();
    return [
      judged(LABELS.compareTime, `${Math.round(ms)} ms`, `< ${COMPARE_BUDGET_MS} ms`, ms < COMPARE_BUDGET_MS, changed),
      judged(LABELS.compareTasks, `${tasks.length}${worst}`, '0', tasks.length === 0),
    ];
  } finally {
    await context.close();
  }
}

export const errorAnalysis = {
  id: 'analysis',
  needs: 'browser',
  labels: [
    [LABELS.summaryTime, `< ${SUMMARY_BUDGET_MS} ms`],
    [LABELS.summaryTasks, '0'],
    [LABELS.compareTime, `< ${COMPARE_BUDGET_MS} ms`],
    [LABELS.compareTasks, '0'],
  ],
  async measure(ctx) {
    const [summaryTime, summaryTasks, compareTime, compareTasks] = this.labels;
    return [
      ...(await measureSafely([summaryTime, summaryTasks], () => summaryInBrowser(ctx))),
      ...(await measureSafely([compareTime, compareTasks], () => comparePage(ctx))),
    ];
  },
};
