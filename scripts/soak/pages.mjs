import { countApiRequests } from '../bench/browser.mjs';
import { setSessionToken } from '../bench/in-page.mjs';
import { gotoApp } from '../bench/pages.mjs';
import { trackInFlight } from '../bench/in-flight.mjs';
import { collectErrors, openMetrics } from './sample.mjs';

/**
 * The two pages an operator leaves open all day: the biggest live run (1,000 partitions,
 * 100,000 validation errors; it ends 90 demo minutes after reset) and the pipelines list.
 * Each says what shows once it has loaded, and which requests are its polls. The run
 * page's phase request answers 404 by contract (003: run_scale has no phases).
 */
export const SOAK_PAGES = [
  {
    name: 'run page',
    path: '/pipelines/pipe_scale/runs/run_scale',
    loaded: (page) => page.getByRole('progressbar', { name: 'Run progress', exact: true }),
    polls: (path) => path.endsWith('/runs/run_scale/progress'),
  },
  {
    name: 'pipelines page',
    path: '/pipelines',
    loaded: (page) => page.getByRole('table', { name: 'Pipelines' }),
    polls: (path) => path === '/api/v1/pipelines',
  },
];

/**
 * Opens one soak page in a context of its own, signed in through sessionStorage (as the
 * sign-in page leaves it), with nothing else injected (a soak must not measure its own
 * probes), and its timers on Playwright's clock.
 */
export async function openSoakPage(browser, web, apiOrigin, spec) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(setSessionToken, { origin: web.origin, token: 'demo-viewer' });
  const page = await context.newPage();
  const { errors, expected } = collectErrors(
    page,
    (url, text) => text.includes('404') && /\/v1\/pipelines\/[^/]+\/progress$/.test(new URL(url, web.url).pathname),
  );
  const polls = countApiRequests(page, apiOrigin, (url) => spec.polls(new URL(url).pathname));
  const { sample, breakdown } = await openMetrics(context, page);
  const settled = trackInFlight(page, apiOrigin);
  await page.clock.install();
  await gotoApp(page, web, spec.path);
  await spec.loaded(page).waitFor({ timeout: 30_000 });
  return { spec, context, page, errors, expectedFailures: expected, polls, sample, breakdown, settled };
}
