import { longTasksSince, openSignedInPage, pageNow, sleep } from '../browser.mjs';
import { metricsAfterGc } from '../heap-snapshot.mjs';
import { observeApiResponses } from '../in-page.mjs';
import { gotoApp } from '../pages.mjs';
import { settings } from '../settings.mjs';
import { judged } from '../table.mjs';

/**
 * Issue 15's budgets for the paged lists: /pipelines at both sizes, and /runs (all time) at
 * 100,000 runs, which pages the same way.
 */
const LISTS = [
  ...[5_000, 50_000].map((n) => ({
    path: '/pipelines',
    noun: 'pipelines',
    n,
    table: 'Pipelines',
    endpoint: /^\/api\/v1\/pipelines$/,
    setup: async (demo) => {
      await demo.scale(n);
      // The demo sorts its generated pipelines once per order; do that before the page asks.
      await demo.get('/api/v1/pipelines?sort=name&order=asc&limit=1');
    },
  })),
  {
    path: '/runs?window=all',
    noun: 'runs',
    n: 100_000,
    table: 'Runs',
    endpoint: /^\/api\/v1\/runs$/,
    setup: (demo) => demo.scaleRuns(100_000),
  },
];
const PAINT_BUDGET_MS = 400;
const HEAP_BUDGET_MB = 25;
const POLL_BYTES_BUDGET = 100_000;
/** The list's poll interval (POLL_MS.list in src/lib/polling.ts). */
const LIST_POLL_MS = 5_000;

const rowSelector = (list) => `table[aria-label="${list.table}"] tbody tr[aria-rowindex] a`;
const labelsFor = ({ path, noun, n }) => {
  const page = path.split('?')[0];
  const size = n.toLocaleString('en-US');
  return {
    paint: `${page}, ${size} ${noun}: data arriving → first rows painted`,
    tasks: `${page}, ${size}: ${settings.steadySeconds} s of polling, long tasks over 50 ms`,
    heap: `${page}, ${size}: JS heap after GC`,
    bytes: `${page}, ${size}: bytes per poll (sum of bodies)`,
  };
};

/** Notes when the first pipeline row is in the DOM and the frame after that has been produced. */
function probeFirstRows(selector) {
  const probe = { domAt: null, paintedAt: null };
  window.__benchRows = probe;
  const observer = new MutationObserver(() => {
    if (!document.querySelector(selector)) return;
    observer.disconnect();
    probe.domAt = performance.now();
    requestAnimationFrame(() => setTimeout(() => (probe.paintedAt = performance.now()), 0));
  });
  observer.observe(document, { childList: true, subtree: true });
}

async function measureList(browser, web, demo, list) {
  const labels = labelsFor(list);
  const isList = (url) => list.endpoint.test(new URL(url).pathname);
  await demo.reset();
  await list.setup(demo);
  const { context, page } = await openSignedInPage(browser, web, {
    initScripts: [
      [probeFirstRows, rowSelector(list)],
      [observeApiResponses, demo.origin],
    ],
  });
  const bodies = [];
  page.on('response', async (response) => {
    if (!response.url().startsWith(demo.origin) || response.request().method() !== 'GET') return;
    const body = await response.body().catch(() => Buffer.alloc(0));
    bodies.push({ at: Date.now(), url: response.url(), bytes: body.length, status: response.status() });
  });
  try {
    await gotoApp(page, web, list.path);
    await page.waitForFunction(() => window.__benchRows.paintedAt !== null, null, { timeout: 30_000 });
    const { probe, responses } = await page.evaluate(() => ({
      probe: window.__benchRows,
      responses: window.__benchResponses,
    }));
    const arrived = responses.filter((r) => isList(r.url) && r.end <= probe.domAt).at(-1);
    if (!arrived) throw new Error(`no ${list.endpoint.source} response before the first rows appeared`);
    const paintMs = probe.paintedAt - arrived.end;

    await sleep(2_000); // past the first render and the lazy chunks it pulls in
    const from = await pageNow(page);
    const fromWall = Date.now();
    await sleep(settings.steadySeconds * 1_000);
    const tasks = await longTasksSince(page, from);
    const polled = bodies.filter((b) => b.at >= fromWall);
    const cycles = Math.max(1, Math.floor((settings.steadySeconds * 1_000) / LIST_POLL_MS));
    const bytesPerPoll = polled.reduce((sum, b) => sum + b.bytes, 0) / cycles;
    const notModified = polled.filter((b) => b.status === 304).length;

    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const { heap } = await metricsAfterGc(cdp);
    const heapMb = heap / 1024 / 1024;
    const worst = tasks.length ? `, longest ${Math.round(Math.max(...tasks.map(([, d]) => d)))} ms` : '';
    return [
      judged(labels.paint, `${Math.round(paintMs)} ms`, `< ${PAINT_BUDGET_MS} ms`, paintMs < PAINT_BUDGET_MS),
      judged(labels.tasks, `${tasks.length}${worst}`, '0', tasks.length === 0),
      judged(labels.heap, `${heapMb.toFixed(1)} MB`, `< ${HEAP_BUDGET_MB} MB`, heapMb < HEAP_BUDGET_MB),
      judged(
        labels.bytes,
        `${(bytesPerPoll / 1000).toFixed(1)} kB`,
        '< 100 kB',
        bytesPerPoll < POLL_BYTES_BUDGET,
        `${polled.length} API answers in ${settings.steadySeconds} s (${notModified} of them 304), over ${cycles} poll cycles`,
      ),
    ];
  } finally {
    await context.close();
  }
}

/** Issue 15: a list costs what it shows: /pipelines at 5,000 and at 50,000 pipelines, /runs at 100,000 runs. */
export const pipelinesScale = {
  id: 'list',
  needs: 'browser',
  labels: LISTS.flatMap((list) => {
    const l = labelsFor(list);
    return [
      [l.paint, `< ${PAINT_BUDGET_MS} ms`],
      [l.tasks, '0'],
      [l.heap, `< ${HEAP_BUDGET_MB} MB`],
      [l.bytes, '< 100 kB'],
    ];
  }),
  async measure({ browser, web, demo }) {
    const rows = [];
    for (const list of LISTS) rows.push(...(await measureList(browser, web, demo, list)));
    return rows;
  },
};
