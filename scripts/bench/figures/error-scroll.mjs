import { openSignedInPage } from '../browser.mjs';
import { runPath, SCALE_RUN } from '../demo-api.mjs';
import { errorTable, expectShown, openRunPage } from '../pages.mjs';
import { calibrationTable } from '../scroll-calibration.mjs';
import { settings } from '../settings.mjs';
import { judged } from '../table.mjs';

const FPS_FIGURE = 'scrolling the 100,000-error table end to end: frames per second';
const ROWS_FIGURE = 'same scroll: most table rows in the DOM at any time';
const MIN_FPS = 55;
const MAX_ROWS = 2_000;

/**
 * Scrolls from top to bottom in `steps` equal jumps, one per animation frame (every jump
 * brings rows never shown before, the worst case for a virtualised list), and records
 * each frame's interval and the rows in the DOM at each frame.
 */
async function scrollEndToEnd(table, steps) {
  // The table's scroll container: its nearest scrollable ancestor, or the document.
  let scroller = document.scrollingElement;
  for (let el = table; el && el !== document.body; el = el.parentElement) {
    const { overflowY } = getComputedStyle(el);
    if ((overflowY === 'auto' || overflowY === 'scroll') && el.scrollHeight > el.clientHeight + 1) {
      scroller = el;
      break;
    }
  }
  const rows = () => table.querySelectorAll('tr, [role="row"]').length;
  const rowHeight = [...table.querySelectorAll('tbody tr, [role="row"]')].at(-1)?.getBoundingClientRect().height || 0;
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  scroller.scrollTop = 0;
  await frame();
  let most = rows();
  const intervals = [];
  let last = await frame();
  const startedAt = last;
  for (let i = 1; i <= steps; i += 1) {
    scroller.scrollTop = Math.round(((scroller.scrollHeight - scroller.clientHeight) * i) / steps);
    const now = await frame();
    intervals.push(now - last);
    last = now;
    most = Math.max(most, rows());
  }
  const seconds = (last - startedAt) / 1000;
  const reachedEnd = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 2;
  const declared = Number(table.getAttribute('aria-rowcount')) || null;
  return { intervals, seconds, most, reachedEnd, scrollHeight: scroller.scrollHeight, rowHeight, declared };
}

async function machineCeiling(browser, rowHeight) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    const table = await calibrationTable(page, { rows: SCALE_RUN.errors, rowHeight });
    const c = await table.evaluate(scrollEndToEnd, settings.scrollSteps);
    return c.intervals.length / c.seconds;
  } finally {
    await page.close();
  }
}

const percentile = (values, p) =>
  values.toSorted((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];

export const errorScroll = {
  id: 'scroll',
  needs: 'browser',
  labels: [
    [FPS_FIGURE, `≥ ${MIN_FPS}`],
    [ROWS_FIGURE, `≤ ${MAX_ROWS.toLocaleString('en-US')}`],
  ],
  async measure({ browser, web, demo }) {
    await demo.reset();
    await demo.clock({ speed: 0 }); // a table that does not change under the scroll
    const { context, page } = await openSignedInPage(browser, web);
    try {
      await openRunPage(page, web, runPath(SCALE_RUN));
      const table = errorTable(page);
      await expectShown(page, table, 'error table ("Validation errors" table not shown)');
      await table.locator('tbody tr, [role="row"]').nth(2).waitFor({ timeout: 20_000 });
      const r = await table.evaluate(scrollEndToEnd, settings.scrollSteps);
      const fps = r.intervals.length / r.seconds;
      const held = r.declared ?? (r.rowHeight ? Math.round(r.scrollHeight / r.rowHeight) : 0);
      const endToEnd = r.reachedEnd && held >= SCALE_RUN.errors * 0.9;
      await context.close();
      const ceiling = await machineCeiling(browser, r.rowHeight || 40);
      const how = `${settings.scrollSteps} jumps of ${Math.round(r.scrollHeight / settings.scrollSteps)} px, one per frame, in ${r.seconds.toFixed(1)} s; this machine's ceiling (a bare virtualised table scrolled the same way): ${ceiling.toFixed(1)} fps`;
      const problem = endToEnd
        ? ''
        : ` — did not scroll 100,000 rows end to end (≈ ${held.toLocaleString('en-US')} rows, end ${r.reachedEnd ? '' : 'not '}reached)`;
      return [
        judged(
          FPS_FIGURE,
          `${fps.toFixed(1)} fps (p95 frame ${Math.round(percentile(r.intervals, 0.95))} ms)${problem}`,
          `≥ ${MIN_FPS}`,
          fps >= MIN_FPS && endToEnd,
          how,
        ),
        judged(
          ROWS_FIGURE,
          r.most.toLocaleString('en-US'),
          `≤ ${MAX_ROWS.toLocaleString('en-US')}`,
          r.most <= MAX_ROWS,
        ),
      ];
    } finally {
      await context.close();
    }
  },
};
