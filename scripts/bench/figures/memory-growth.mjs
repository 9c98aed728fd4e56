import { openSignedInPage, sleep } from '../browser.mjs';
import { trackInFlight } from '../in-flight.mjs';
import { metricsAfterGc, objectBytes } from '../heap-snapshot.mjs';
import { runPath, SCALE_RUN } from '../demo-api.mjs';
import { openRunPage, PARTITION_SELECTOR } from '../pages.mjs';
import { settings } from '../settings.mjs';
import { info, judged } from '../table.mjs';

const { mode, baseMinutes, minutes, demoSpeed } = settings.memory;
const span = `${baseMinutes} min vs ${minutes} min of polling`;
const HEAP_FIGURE = `JS heap after GC, ${span}: growth`;
const NODES_FIGURE = `DOM nodes after GC, ${span}: growth`;
const OBJECTS_FIGURE = `heap snapshot without V8's compiled code, ${span}: growth`;
const MAX_GROWTH = 10;
/** The run page's poll interval (POLL_MS.run): one virtual step per poll. */
const STEP_MS = 2_000;

async function snapshot(cdp) {
  const metrics = await metricsAfterGc(cdp);
  const { objects, code } = await objectBytes(cdp);
  return { ...metrics, objects, code };
}

/**
 * Virtual mode: the page's timers run on Playwright's clock and the demo API's clock is
 * advanced by the same amount, so the page makes every poll of `minutes` of use, against
 * data `minutes` older, without waiting for them. Each step lets the real network answer
 * and React render before time moves on.
 */
async function pollVirtually(page, demo, cdp, settled) {
  await page.clock.pauseAt(Date.now() + 1_000);
  const steps = (m) => Math.round((m * 60_000) / STEP_MS);
  const marks = {};
  for (let step = 1; step <= steps(minutes); step += 1) {
    await demo.clock({ advanceMs: STEP_MS });
    await page.clock.runFor(STEP_MS);
    await settled();
    if (step === steps(baseMinutes)) marks.base = await snapshot(cdp);
  }
  await page.clock.runFor(STEP_MS); // the last answers' notifications run on the clock too
  await settled();
  marks.end = await snapshot(cdp);
  return marks;
}

async function pollInRealTime(cdp, loadedAt) {
  const until = (m) => sleep(Math.max(0, loadedAt + m * 60_000 - Date.now()));
  await until(baseMinutes);
  const base = await snapshot(cdp);
  await until(minutes);
  return { base, end: await snapshot(cdp) };
}

const growth = (from, to) => ((to - from) / from) * 100;
const signed = (pct) => `${pct >= 0 ? '+' : ''}${pct.toFixed(1)} %`;
const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

export const memoryGrowth = {
  id: 'memory',
  needs: 'browser',
  labels: [
    [HEAP_FIGURE, `< ${MAX_GROWTH} %`],
    [NODES_FIGURE, `< ${MAX_GROWTH} %`],
  ],
  async measure({ browser, web, demo }) {
    if (!(minutes > baseMinutes)) throw new Error('BENCH_MEMORY_MINUTES must be above BENCH_MEMORY_BASE_MINUTES');
    await demo.reset();
    await demo.clock({ speed: mode === 'virtual' ? 0 : demoSpeed });
    const { context, page } = await openSignedInPage(browser, web);
    try {
      if (mode === 'virtual') await page.clock.install();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      const settled = trackInFlight(page, demo.origin);
      let polls = 0;
      page.on('request', (r) => /\/runs\/[^/]+\/progress/.test(r.url()) && (polls += 1));
      const wallStart = Date.now();
      await openRunPage(page, web, runPath(SCALE_RUN));
      await page.locator(PARTITION_SELECTOR).first().waitFor({ timeout: 20_000 });
      const { base, end } =
        mode === 'virtual' ? await pollVirtually(page, demo, cdp, settled) : await pollInRealTime(cdp, wallStart);
      const wall = Math.round((Date.now() - wallStart) / 1000);
      if (polls < (minutes * 60_000) / STEP_MS / 2)
        throw new Error(`only ${polls} progress polls in ${minutes} min: the run page is not polling`);
      const how =
        mode === 'virtual'
          ? `Playwright clock in lockstep with the demo clock: ${minutes} min of page time and demo time in ${wall} s wall time`
          : `real time: ${wall} s wall time, demo clock at ${demoSpeed}×`;
      const note = `${polls} progress polls; ${how}; event listeners ${base.listeners} → ${end.listeners}`;
      const heap = growth(base.heap, end.heap);
      const nodes = growth(base.nodes, end.nodes);
      return [
        judged(
          HEAP_FIGURE,
          `${signed(heap)} (${mb(base.heap)} → ${mb(end.heap)})`,
          `< ${MAX_GROWTH} %`,
          heap < MAX_GROWTH,
          note,
        ),
        judged(
          NODES_FIGURE,
          `${signed(nodes)} (${base.nodes} → ${end.nodes})`,
          `< ${MAX_GROWTH} %`,
          nodes < MAX_GROWTH,
        ),
        info(
          OBJECTS_FIGURE,
          `${signed(growth(base.objects, end.objects))} (${mb(base.objects)} → ${mb(end.objects)})`,
          `V8 compiled code ${mb(base.code)} → ${mb(end.code)}; the rest of the heap is objects`,
        ),
      ];
    } finally {
      await context.close();
    }
  },
};
