import { openSignedInPage } from '../browser.mjs';
import { runPath, SCALE_RUN } from '../demo-api.mjs';
import { observeApiResponses } from '../in-page.mjs';
import { openRunPage, PARTITION_SELECTOR } from '../pages.mjs';
import { judged } from '../table.mjs';

const FIGURE = 'run page, 1,000 partitions + 100,000 errors: data arriving → painted';
const BUDGET_MS = 300;

/**
 * Notes when the target number of partition bars is first in the DOM and the frame after
 * that has been produced (a task queued from requestAnimationFrame runs after the paint).
 */
function probePartitionPaint({ selector, target }) {
  const probe = { most: 0, domAt: null, paintedAt: null };
  window.__benchPaint = probe;
  const observer = new MutationObserver(() => {
    const count = document.querySelectorAll(selector).length;
    probe.most = Math.max(probe.most, count);
    if (count < target) return;
    observer.disconnect();
    probe.domAt = performance.now();
    requestAnimationFrame(() => setTimeout(() => (probe.paintedAt = performance.now()), 0));
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-label'] });
}

const isProgress = (url) => /\/runs\/[^/]+\/progress(\?|$)/.test(url);

async function oneLoad(browser, web, demo) {
  const { context, page } = await openSignedInPage(browser, web, {
    initScripts: [
      [probePartitionPaint, { selector: PARTITION_SELECTOR, target: SCALE_RUN.partitions }],
      [observeApiResponses, demo.origin],
    ],
  });
  try {
    await openRunPage(page, web, runPath(SCALE_RUN));
    const done = await page
      .waitForFunction(() => window.__benchPaint.paintedAt !== null, null, { timeout: 20_000 })
      .then(
        () => true,
        () => false,
      );
    const { probe, responses, tasks } = await page.evaluate(() => ({
      probe: window.__benchPaint,
      responses: window.__benchResponses,
      tasks: window.__benchLongTasks,
    }));
    if (!done)
      throw new Error(
        `only ${probe.most} of ${SCALE_RUN.partitions} partition bars ("Partition N" progressbars) reached the DOM`,
      );
    // The last progress answer before the bars appeared is the data they show.
    const arrived = responses.filter((r) => isProgress(r.url) && r.end <= probe.domAt).at(-1);
    if (!arrived) throw new Error('no progress response before the partition bars appeared');
    const within = tasks
      .filter(([start, duration]) => start + duration > arrived.end && start < probe.paintedAt)
      .map(([, d]) => Math.round(d));
    return { ms: probe.paintedAt - arrived.end, inDom: probe.domAt - arrived.end, within };
  } finally {
    await context.close();
  }
}

export const runPaint = {
  id: 'paint',
  needs: 'browser',
  labels: [[FIGURE, `< ${BUDGET_MS} ms`]],
  async measure({ browser, web, demo, settings }) {
    await demo.reset();
    const loads = [];
    for (let i = 0; i < settings.paintLoads; i += 1) loads.push(await oneLoad(browser, web, demo));
    const median = loads.map((l) => l.ms).toSorted((a, b) => a - b)[Math.floor(loads.length / 2)];
    const all = loads.map((l) => Math.round(l.ms)).join(', ');
    const note = loads
      .map(
        (l, i) =>
          `load ${i + 1}: bars in the DOM after ${Math.round(l.inDom)} ms, long tasks on the way: ${l.within.length ? `${l.within.join(' + ')} ms` : 'none'}`,
      )
      .join('; ');
    return [
      judged(FIGURE, `median ${Math.round(median)} ms (loads: ${all})`, `< ${BUDGET_MS} ms`, median < BUDGET_MS, note),
    ];
  },
};
