import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { CHROMIUM_FLAGS, chromiumExecutable } from '../browser.mjs';
import { settings } from '../settings.mjs';
import { judged } from '../table.mjs';

/**
 * The sign-in page: the first route every new user hits, and one Lighthouse can load as
 * that user does, with no token (Lighthouse opens its own tab, so a token cannot be put
 * into that tab's sessionStorage without a URL, and the app never reads one from a URL).
 */
const PATH = '/sign-in';
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const FORMS = {
  desktop: { config: desktopConfig, budget: [98, 100, 100] },
  mobile: { config: undefined, budget: [90, 100, 100] },
};

const label = (form) => `Lighthouse ${form} (${PATH}): performance / accessibility / best practices`;
const budgetText = (budget) => `≥ ${budget.join(' / ')}`;

async function runOnce(url, config) {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumExecutable(),
    chromeFlags: [...CHROMIUM_FLAGS, '--headless=new'],
  });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
      config,
    );
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
    return lhr;
  } finally {
    await chrome.kill();
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

async function audit(form, web) {
  const { config, budget } = FORMS[form];
  const runs = [];
  for (let i = 0; i < Math.max(1, settings.lighthouseRuns); i += 1) runs.push(await runOnce(web.url + PATH, config));
  const scores = CATEGORIES.map((id) => median(runs.map((lhr) => Math.round(lhr.categories[id].score * 100))));
  const ok = scores.every((score, i) => score >= budget[i]);
  const runsText = runs.length > 1 ? ` (median of ${runs.length})` : '';
  return judged(label(form), `${scores.join(' / ')}${runsText}`, budgetText(budget), ok, explain(runs.at(-1)));
}

export const lighthouseScores = {
  id: 'lighthouse',
  needs: 'servers',
  labels: Object.entries(FORMS).map(([form, { budget }]) => [label(form), budgetText(budget)]),
  async measure({ web, demo }) {
    await demo.reset();
    return [await audit('desktop', web), await audit('mobile', web)];
  },
};
