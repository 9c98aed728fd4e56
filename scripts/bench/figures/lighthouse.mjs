import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
// Lighthouse's own dependency: the page it audits, so a token can be put in that tab first.
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS } from '../../ensure-browser.mjs';
import { chromiumExecutable } from '../browser.mjs';
import { runPath, SCALE_RUN } from '../demo-api.mjs';
import { settings } from '../settings.mjs';
import { judged, notMeasured } from '../table.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const FORMS = { desktop: desktopConfig, mobile: undefined };

/**
 * The sign-in page, the first route every new user hits (as that user loads it, with no
 * token), and the signed-in pages operators spend their day on: /pipelines at 5,000
 * pipelines and the run with 1,000 partitions and 100,000 errors. For those, the audited tab
 * signs in on the sign-in page first, and Lighthouse is told not to clear the origin's
 * storage: it audits a reload of a signed-in tab.
 */
const AUDITS = [
  { path: '/sign-in', form: 'desktop', budget: [98, 100, 100] },
  { path: '/sign-in', form: 'mobile', budget: [90, 100, 100] },
  {
    path: '/pipelines',
    what: '5,000 pipelines',
    form: 'mobile',
    budget: [90, 100, 100],
    signedIn: true,
    setup: (demo) => demo.scale(5_000),
  },
  { path: runPath(SCALE_RUN), what: 'run_scale', form: 'mobile', budget: [90, 100, 100], signedIn: true },
];

const label = ({ form, path, what }) =>
  `Lighthouse ${form} (${what ? `${what}, ${path}` : path}): performance / accessibility / best practices`;
const budgetText = (budget) => `≥ ${budget.join(' / ')}`;

/**
 * Signs the audited tab in as an operator does, on the sign-in page: the tab then holds the
 * token and what the API said of its user, and Lighthouse's load of `url` is a reload.
 */
async function signInThroughThePage(page, url) {
  const { pathname, origin } = new URL(url);
  await page.goto(`${origin}/sign-in?next=${encodeURIComponent(pathname)}`);
  await page.locator('#api-token').fill('demo-viewer');
  await page.keyboard.press('Enter');
  await page.waitForFunction((path) => location.pathname === path, {}, pathname);
}

async function runOnce(url, form, signedIn) {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumExecutable(),
    chromeFlags: [...CHROMIUM_FLAGS, '--headless=new'],
  });
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}`, defaultViewport: null });
  try {
    const page = await browser.newPage();
    if (signedIn) await signInThroughThePage(page, url);
    const flags = {
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
      disableStorageReset: signedIn,
    };
    const result = await lighthouse(url, flags, FORMS[form], page);
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    if (lhr.runtimeError)
      throw Object.assign(new Error(`Lighthouse: ${lhr.runtimeError.message}`), { code: lhr.runtimeError.code });
    if (signedIn && new URL(lhr.finalDisplayedUrl).pathname.startsWith('/sign-in'))
      throw new Error(`Lighthouse was sent to the sign-in page from ${url}: the token did not reach the app`);
    return lhr;
  } finally {
    await browser.disconnect();
    await chrome.kill();
  }
}

/**
 * Lighthouse's own failures to record a load ("Something went wrong with recording the trace
 * over your page load. Please run Lighthouse again."): twice in about sixty runs here on
 * 2026-11-30. Such a run is recorded again, at most twice, and the notes say so; any other
 * error (no paint, the sign-in page) ends the page's figure.
 */
const NOT_RECORDED = new Set(['NO_NAVSTART', 'NO_TRACING_STARTED']);

async function recordedRun(url, form, signedIn, again) {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await runOnce(url, form, signedIn);
    } catch (error) {
      if (!NOT_RECORDED.has(error.code) || attempt === 2) throw error;
      again.push(error.code);
    }
  }
}

const median = (values) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)];

/** What costs points: failed audits of the scored categories, and the performance metrics. */
function explain(lhr) {
  const failed = CATEGORIES.flatMap((id) =>
    lhr.categories[id].auditRefs
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1)
      .map((ref) => `${ref.id} ${Math.round(lhr.audits[ref.id].score * 100)}`),
  );
  const metrics = [
    'first-contentful-paint',
    'largest-contentful-paint',
    'total-blocking-time',
    'cumulative-layout-shift',
    'speed-index',
  ]
    .map((id) => `${id.replace(/-/g, ' ')} ${lhr.audits[id]?.displayValue ?? '?'}`)
    .join(', ');
  return `${metrics}; below 100: ${failed.join(', ') || 'none'}`;
}

async function audit(entry, web, demo) {
  await demo.reset();
  await entry.setup?.(demo);
  const runs = [];
  const again = [];
  for (let i = 0; i < Math.max(1, settings.lighthouseRuns); i += 1)
    runs.push(await recordedRun(web.url + entry.path, entry.form, Boolean(entry.signedIn), again));
  const perRun = runs.map((lhr) => CATEGORIES.map((id) => Math.round(lhr.categories[id].score * 100)));
  const scores = CATEGORIES.map((_, i) => median(perRun.map((runScores) => runScores[i])));
  const ok = scores.every((score, i) => score >= entry.budget[i]);
  const runsText = runs.length > 1 ? ` (median of ${runs.length})` : '';
  const rerecorded = again.length ? `; recorded again after Lighthouse's ${again.join(', ')}` : '';
  const eachRun =
    runs.length > 1 ? `runs: ${perRun.map((runScores) => runScores.join('/')).join(', ')}; the last: ` : '';
  const note = `${eachRun}${explain(runs.at(-1))}${rerecorded}`;
  return judged(label(entry), `${scores.join(' / ')}${runsText}`, budgetText(entry.budget), ok, note);
}

export const lighthouseScores = {
  id: 'lighthouse',
  needs: 'servers',
  labels: AUDITS.map((entry) => [label(entry), budgetText(entry.budget)]),
  async measure({ web, demo }) {
    const rows = [];
    // One page that cannot be audited leaves the others' rows measured.
    for (const entry of AUDITS)
      rows.push(
        await audit(entry, web, demo).catch((error) =>
          notMeasured(label(entry), budgetText(entry.budget), `error: ${error.message}`),
        ),
      );
    return rows;
  },
};
