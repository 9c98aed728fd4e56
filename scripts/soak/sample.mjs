import { metricsAfterGc } from '../bench/heap-snapshot.mjs';
import { heapBreakdown } from './heap-breakdown.mjs';

/**
 * One figure of a page's memory, after garbage collection (metricsAfterGc), with the
 * elements in the document for comparison.
 */
export async function openMetrics(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const sample = async function sample() {
    const metrics = await metricsAfterGc(cdp);
    const elements = await page.evaluate(() => globalThis.document.getElementsByTagName('*').length);
    return { ...metrics, elements };
  };
  return { sample, breakdown: () => heapBreakdown(cdp) };
}

/**
 * Console errors and uncaught exceptions of a page, as they happen. Chromium also logs
 * every answer ≥ 400 as a console error; those are checked against `expectedFailure`
 * (a run without phases answers 404 by contract, 003) and kept apart.
 */
export function collectErrors(page, expectedFailure) {
  const errors = [];
  const expected = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const url = message.location()?.url ?? '';
    if (message.text().startsWith('Failed to load resource') && expectedFailure(url, message.text()))
      expected.push(`${message.text()} (${url})`);
    else errors.push(`console: ${message.text()}${url ? ` (${url})` : ''}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  return { errors, expected };
}
