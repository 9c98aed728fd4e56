#!/usr/bin/env node
/**
 * `npm run bench`: builds the production app, serves it with `vite preview` against the
 * demo API over HTTP, drives Chromium with Playwright and Lighthouse, and prints one
 * table of figures beside their budgets (docs/benchmarks.md). Exits 1 if any figure
 * misses its budget or could not be measured. Not part of `npm test`.
 */
import { launchBrowser } from './bench/browser.mjs';
import { demoApi } from './bench/demo-api.mjs';
import { errorAnalysis } from './bench/figures/error-analysis.mjs';
import { errorScroll } from './bench/figures/error-scroll.mjs';
import { firstRouteJs } from './bench/figures/first-route-js.mjs';
import { hiddenRequests } from './bench/figures/hidden-requests.mjs';
import { interactions } from './bench/figures/interactions.mjs';
import { lighthouseScores } from './bench/figures/lighthouse.mjs';
import { memoryGrowth } from './bench/figures/memory-growth.mjs';
import { pipelinesFilter } from './bench/figures/pipelines-filter.mjs';
import { pipelinesScale } from './bench/figures/pipelines-scale.mjs';
import { runPaint } from './bench/figures/run-paint.mjs';
import { runSteady } from './bench/figures/run-steady.mjs';
import { unchangedPoll } from './bench/figures/unchanged-poll.mjs';
import { watching } from './bench/figures/watching.mjs';
import { describeMachine } from './bench/machine.mjs';
import { stopAllServices } from './bench/processes.mjs';
import { report } from './bench/report.mjs';
import { buildApp, startDemoApi, startPreview } from './bench/servers.mjs';
import { settings } from './bench/settings.mjs';
import { measureSafely, notMeasured } from './bench/table.mjs';

/** In the order they run: browser figures first, Lighthouse (its own Chrome) last. */
const FIGURES = [
  firstRouteJs,
  runPaint,
  runSteady,
  errorScroll,
  pipelinesFilter,
  pipelinesScale,
  errorAnalysis,
  interactions,
  hiddenRequests,
  watching,
  unchangedPoll,
  memoryGrowth,
  lighthouseScores,
];

const log = (message) => console.log(`bench: ${message}`);
const failAll = (figures, reason) =>
  figures.flatMap((f) => f.labels.map(([figure, budget]) => notMeasured(figure, budget, reason)));

async function measureAll(figures, ctx) {
  const rows = [];
  let i = 0;
  for (const figure of figures) {
    i += 1;
    if (figure.needs === 'browser' && !ctx.browser) ctx.browser = await launchBrowser();
    log(`${figure.id} …`);
    const started = Date.now();
    rows.push(...(await measureSafely(figure.labels, () => figure.measure(ctx))));
    log(`${figure.id} done in ${Math.round((Date.now() - started) / 1000)} s`);
    if (!figures.slice(i).some((f) => f.needs === 'browser') && ctx.browser) {
      ctx.chromium = ctx.browser.version();
      await ctx.browser.close(); // Lighthouse gets the machine to itself
      ctx.browser = null;
    }
  }
  return rows;
}

async function main() {
  const figures = FIGURES.filter((f) => settings.only.length === 0 || settings.only.includes(f.id));
  const apiUrl = `http://localhost:${settings.apiPort}`;
  const web = { url: `http://localhost:${settings.webPort}`, origin: `http://localhost:${settings.webPort}` };
  const ctx = {
    settings,
    outDir: settings.outDir,
    web,
    demo: demoApi(apiUrl),
    browser: null,
    chromium: 'not launched',
  };
  const started = Date.now();
  let rows;
  try {
    log(`building the production app into ${settings.outDir}/ (config.json → ${apiUrl}) …`);
    await buildApp(settings.outDir, apiUrl);
    const offline = figures.filter((f) => f.needs === 'build');
    const online = figures.filter((f) => f.needs !== 'build');
    rows = await measureAll(offline, ctx);
    let serversUp = false;
    try {
      await startDemoApi(settings.apiPort, apiUrl);
      await startPreview(settings.outDir, settings.webPort, web.url);
      serversUp = true;
    } catch (error) {
      console.error(error.message);
      rows.push(...failAll(online, `servers did not start: ${error.message.split('\n')[0]}`));
    }
    if (serversUp) rows.push(...(await measureAll(online, ctx)));
  } catch (error) {
    console.error(error.message);
    rows = failAll(figures, error.message.split('\n')[0]);
  } finally {
    if (ctx.browser) {
      ctx.chromium = ctx.browser.version();
      await ctx.browser.close();
    }
    await stopAllServices();
  }
  log(`finished in ${Math.round((Date.now() - started) / 1000)} s`);
  const failed = report(rows, describeMachine(ctx.chromium), settings);
  process.exitCode = failed === 0 ? 0 : 1;
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    void stopAllServices().then(() => process.exit(130));
  });
}

await main();
