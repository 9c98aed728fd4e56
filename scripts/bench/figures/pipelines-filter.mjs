import { longTasksSince, openSignedInPage, pageNow, sleep } from '../browser.mjs';
import { expectShown, gotoApp } from '../pages.mjs';
import { settings } from '../settings.mjs';
import { judged } from '../table.mjs';

const count = settings.scalePipelines.toLocaleString('en-US');
const FIGURE = `pipelines page with ${count} pipelines: typing in the filter, long tasks over 50 ms`;
/** Matches a handful of the scale pipelines ("Payments APAC 00123"), typed at about 8 keys a second. */
const QUERY = 'payments apac 01';

/** Rows the pipelines table says it has (aria-rowcount counts the header row too), else the rows in the DOM. */
function tableRows() {
  const table = document.querySelector('table[aria-label="Pipelines"]') ?? document.querySelector('table');
  if (!table) return 0;
  return Number(table.getAttribute('aria-rowcount')) || table.querySelectorAll('tr, [role="row"]').length;
}

export const pipelinesFilter = {
  id: 'filter',
  needs: 'browser',
  labels: [[FIGURE, '0']],
  async measure({ browser, web, demo }) {
    await demo.reset();
    await demo.scale(settings.scalePipelines);
    const { context, page } = await openSignedInPage(browser, web);
    try {
      await gotoApp(page, web, '/pipelines');
      const filter = page.getByRole('searchbox').or(page.getByRole('textbox', { name: /filter|search/i }));
      await expectShown(page, filter, 'pipelines page (no filter box)');
      const loaded = await page
        .waitForFunction((n) => (document.body.textContent ?? '').includes(n), count, { timeout: 30_000 })
        .then(
          () => true,
          () => false,
        );
      if (!loaded) throw new Error(`the pipelines page never said "${count}" (pipelines)`);
      await sleep(1_500);
      const before = await page.evaluate(tableRows);
      const from = await pageNow(page);
      await filter.first().click();
      await filter.first().pressSequentially(QUERY, { delay: 120 });
      await sleep(1_000);
      const filtered = await page.evaluate(tableRows);
      // Clearing brings all rows back at once, often the costliest moment.
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Backspace');
      await sleep(1_500);
      const tasks = await longTasksSince(page, from);
      if (filtered >= before)
        throw new Error(`typing "${QUERY}" did not filter the table (${before} → ${filtered} rows)`);
      const worst = tasks.length ? `, longest ${Math.round(Math.max(...tasks.map(([, d]) => d)))} ms` : '';
      return [
        judged(
          FIGURE,
          `${tasks.length} (typed "${QUERY}" and cleared it${worst})`,
          '0',
          tasks.length === 0,
          `table rows ${before} → ${filtered} → cleared`,
        ),
      ];
    } finally {
      await context.close();
    }
  },
};
