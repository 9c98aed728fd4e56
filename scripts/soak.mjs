#!/usr/bin/env node
/**
 * `npm run soak`: a benchmark, not a test. Builds the production app, serves it with
 * `vite preview` against the demo API over HTTP, and opens the run page of the biggest
 * live run and the pipelines page in Chromium with their timers on Playwright's clock.
 * Page time then moves in 2 s steps through SOAK_WARMUP_MINUTES (20) and SOAK_HOURS (2) more:
 * every poll is made and answered for real, each step waiting for the answers, while the
 * demo clock moves in lockstep (× SOAK_DEMO_RATIO) so the data changes as it would. Heap,
 * DOM nodes and event listeners after GC must grow less than SOAK_MAX_GROWTH % over the two
 * hours after the warm-up, and the console must stay free of errors.
 * Prints one table with PASS/FAIL (and keeps it in bench-results/soak-latest.md); exits 1 on a FAIL.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { launchBrowser } from './bench/browser.mjs';
import { demoApi, SCALE_RUN } from './bench/demo-api.mjs';
import { describeMachine, formatMachine } from './bench/machine.mjs';
import { stopAllServices } from './bench/processes.mjs';
import { buildApp, startDemoApi, startPreview } from './bench/servers.mjs';
import { formatConsoleTable, formatMarkdownTable, formatNotes, info } from './bench/table.mjs';
import { APP_OBJECTS } from './soak/heap-breakdown.mjs';
import { earlyHeapRow, judgeAgainstFresh, judgePage } from './soak/judge.mjs';
import { openSoakPage, SOAK_PAGES } from './soak/pages.mjs';
import { settings } from './soak/settings.mjs';

const log = (message) => console.log(`soak: ${message}`);
const demoNow = async (demo) => Date.parse((await demo.get('/__demo/state')).now);
const minutesOf = (ms) => `${(ms / 60_000).toFixed(1)} min`;
const mb = (bytes) => (bytes / 2 ** 20).toFixed(1);
/** One step of page time: the run page's poll interval (POLL_MS.run). */
const STEP_MS = 2_000;
const stepsIn = (minutes) => Math.round((minutes * 60_000) / STEP_MS);

/** Moves page time (and demo time) on by one step on every page, then lets the answers arrive and render. */
async function step(pages, demo, demoRatio = settings.demoRatio) {
  if (demoRatio > 0) await demo.clock({ advanceMs: Math.round(STEP_MS * demoRatio) });
  await Promise.all(pages.map((p) => p.page.clock.runFor(STEP_MS)));
  await Promise.all(pages.map((p) => p.settled()));
}

/**
 * The leak check that moving data cannot blur: the pages polled all along against the same
 * pages opened fresh on the same data (demo clock now still), both given the warm-up.
 * Growth from the first figure includes what the data itself grew by (a run's partitions
 * filling in, its error list lengthening); this difference does not.
 */
async function compareWithFreshPages(browser, web, demo, pages) {
  const fresh = await Promise.all(SOAK_PAGES.map((spec) => openSoakPage(browser, web, demo.origin, spec)));
  const now = Date.now();
  await Promise.all(fresh.map((p) => p.page.clock.pauseAt(now + 1_000)));
  for (let i = 0; i < stepsIn(settings.warmupMinutes); i++) await step([...pages, ...fresh], demo, 0);
  const measure = async (p) => ({ ...(await p.sample()), objects: (await p.breakdown())[APP_OBJECTS] });
  const [polled, opened] = await Promise.all([pages, fresh].map((set) => Promise.all(set.map(measure))));
  await Promise.all(fresh.map((p) => p.context.close()));
  return pages
    .map((p, i) => judgeAgainstFresh(p.spec.name, settings.hours, polled[i], opened[i], settings.maxGrowth))
    .flat();
}

async function soak(browser, web, demo) {
  await demo.reset();
  await demo.clock({ speed: 0 });
  const pages = await Promise.all(SOAK_PAGES.map((spec) => openSoakPage(browser, web, demo.origin, spec)));
  const wallStart = Date.now();
  const demoStart = await demoNow(demo);
  await Promise.all(pages.map((p) => p.page.clock.pauseAt(wallStart + 1_000)));
  log(`pages loaded; ${settings.warmupMinutes} min of page time to warm up`);
  const early = Math.min(settings.earlyMinutes, settings.warmupMinutes);
  for (let i = 0; i < stepsIn(early); i++) await step(pages, demo);
  const atEarly = await Promise.all(pages.map((p) => p.sample()));
  for (let i = stepsIn(early); i < stepsIn(settings.warmupMinutes); i++) await step(pages, demo);
  const first = await Promise.all(pages.map((p) => p.sample()));
  const firstBreakdown = await Promise.all(pages.map((p) => p.breakdown()));
  const pollsAtFirst = pages.map((p) => p.polls.seen.length);
  // A figure every SOAK_SAMPLE_MINUTES too: a leak climbs steadily, a one-off change steps once.
  const trend = pages.map((_, i) => [first[i].heap]);
  let last = first;
  const total = stepsIn(settings.warmupMinutes + settings.hours * 60);
  for (let done = stepsIn(settings.warmupMinutes); done < total;) {
    const until = Math.min(total, done + stepsIn(settings.sampleMinutes));
    for (; done < until; done++) await step(pages, demo);
    last = await Promise.all(pages.map((p) => p.sample()));
    last.forEach((figures, i) => trend[i].push(figures.heap));
    const perPage = pages
      .map((p, i) => `${p.spec.name} ${p.polls.seen.length} polls, heap ${mb(last[i].heap)}`)
      .join('; ');
    log(`${minutesOf(done * STEP_MS)} page time in ${minutesOf(Date.now() - wallStart)} wall; ${perPage}`);
  }
  const lastBreakdown = await Promise.all(pages.map((p) => p.breakdown()));
  const wallMs = Date.now() - wallStart;
  const demoMs = (await demoNow(demo)) - demoStart;
  const { status: runStatus } = await demo.get(`/api/v1/pipelines/${SCALE_RUN.pipelineId}/runs/${SCALE_RUN.runId}`);
  const rows = pages.flatMap((p, i) => [
    ...judgePage(p, first[i], last[i], pollsAtFirst[i], settings.maxGrowth),
    earlyHeapRow(p.spec.name, early, atEarly[i], last[i]),
    info(`${p.spec.name}: heap every ${settings.sampleMinutes} min`, trend[i].map(mb).join(' → ')),
    ...Object.keys(firstBreakdown[i]).map((group) =>
      info(
        `${p.spec.name}: heap snapshot, ${group}`,
        `${mb(firstBreakdown[i][group])} → ${mb(lastBreakdown[i][group])} MB`,
      ),
    ),
  ]);
  log(`comparing with the same pages opened fresh on the same data`);
  rows.push(...(await compareWithFreshPages(browser, web, demo, pages)));
  rows.push(
    info(
      'page time polled',
      minutesOf(total * STEP_MS),
      `first figure after ${settings.warmupMinutes} min of warm-up, last ${settings.hours} h later; ${minutesOf(wallMs)} wall time`,
    ),
    info('demo time passed', minutesOf(demoMs), `demo clock at ${settings.demoRatio}× page time`),
    info('run_scale at the end', runStatus, 'a live run keeps the run page polling; an ended one is not polled'),
  );
  await Promise.all(pages.map((p) => p.context.close()));
  return rows;
}

function report(rows, machine) {
  const failed = rows.filter((r) => r.status === 'FAIL').length;
  const notes = formatNotes(rows);
  console.log(`\nPipewatch soak · ${formatMachine(machine)}\n`);
  console.log(formatConsoleTable(rows));
  if (notes.length) console.log(`\nNotes:\n${notes.join('\n')}`);
  console.log(
    `\n${failed === 0 ? 'PASS: no growth over budget, no console errors.' : `FAIL: ${failed} figure(s) over budget.`}`,
  );
  mkdirSync('bench-results', { recursive: true });
  const settingsLine = `Settings: ${JSON.stringify(settings)}`;
  writeFileSync(
    'bench-results/soak-latest.md',
    [
      `Measured ${machine.date} on ${formatMachine(machine)}.`,
      settingsLine,
      '',
      formatMarkdownTable(rows),
      '',
      ...notes,
      '',
    ].join('\n'),
  );
  return failed;
}

async function main() {
  const apiUrl = `http://localhost:${settings.apiPort}`;
  const web = { url: `http://localhost:${settings.webPort}`, origin: `http://localhost:${settings.webPort}` };
  const demo = demoApi(apiUrl);
  let browser = null;
  try {
    log(`building the production app into ${settings.outDir}/ (config.json → ${apiUrl}) …`);
    await buildApp(settings.outDir, apiUrl);
    await startDemoApi(settings.apiPort, apiUrl);
    await startPreview(settings.outDir, settings.webPort, web.url);
    browser = await launchBrowser();
    log(
      `${settings.warmupMinutes} min of warm-up and ${settings.hours} h of page time in ${STEP_MS / 1000} s steps, demo clock at ${settings.demoRatio}× page time`,
    );
    const rows = await soak(browser, web, demo);
    const machine = describeMachine(browser.version());
    process.exitCode = report(rows, machine) === 0 ? 0 : 1;
  } finally {
    await browser?.close();
    await stopAllServices();
  }
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    void stopAllServices().then(() => process.exit(130));
  });
}

await main();
