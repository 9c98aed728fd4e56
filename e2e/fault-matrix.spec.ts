import type { Page } from '@playwright/test';
import { MATRIX_FAULTS, MATRIX_PAGES, type MatrixFault, type MatrixPage } from './resilience/fault-table';
import { MAX_BACKOFF_MS, nextPoll, openWithPageClock, pauseClock, untilRecovered } from './resilience/page-time';
import { gaps, logRequests } from './resilience/request-log';
import { advanceClock, clearFaults, expect, resetDemo, setClockSpeed, setFault, test, webUrl } from './support';

/**
 * A page's first load, before any fault: on a loaded two-core runner app boot and the first
 * answers have taken 12 s (pipe_001's runs arrived 7 s after navigation in a CI run), past
 * one expect's 10 s. Only this wait gets longer; every check after a fault keeps 10 s.
 */
const FIRST_LOAD = { timeout: 20_000 };

/** For a check repeated while the test moves page time: the screen either shows it now or not yet. */
const AT_ONCE = { timeout: 250 };

/**
 * Every page × every fault (e2e/resilience/fault-table.ts): load good data, break the
 * page's endpoints, let one poll happen, then check what the operator sees, that the good
 * data stayed, and that the page recovers by itself once the API does.
 */
const staleBanner = (page: Page) => page.getByRole('status').filter({ hasText: 'Showing data from' });

async function checkFault(page: Page, target: MatrixPage, { expect: expected }: MatrixFault) {
  switch (expected.kind) {
    case 'sign-in':
      await expect(page).toHaveURL(`/sign-in?next=${encodeURIComponent(target.path)}`);
      return;
    case 'stale':
      await expect(staleBanner(page)).toContainText(expected.message);
      if (expected.transient) await expect(staleBanner(page)).toContainText('retrying');
      await expect(target.goodData(page)).toBeVisible();
      return;
    case 'slow':
      // Page time (and with it the client's 20 s timeout) runs on Playwright's clock; the answer takes 15 s of real time.
      await page.clock.fastForward(10_000);
      await expect.soft(page.getByRole('banner'), 'pending for 10 s').toContainText(expected.waiting);
      await expect(target.goodData(page)).toBeVisible();
      await page.clock.fastForward(10_000);
      await expect(staleBanner(page)).toContainText(expected.timedOut);
      await expect(staleBanner(page)).toContainText('retrying');
      await expect(target.goodData(page)).toBeVisible();
  }
}

async function checkRecovery(page: Page, target: MatrixPage, { expect: expected }: MatrixFault) {
  if (expected.kind === 'sign-in') {
    await page.getByLabel('API token').fill('demo-admin');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page).toHaveURL(target.path);
  } else {
    await untilRecovered(page, target, () => expect(staleBanner(page)).toHaveCount(0, { timeout: 1_000 }));
  }
  await expect(target.goodData(page)).toBeVisible();
}

function watchCrashes(page: Page): string[] {
  const crashes: string[] = [];
  page.on('pageerror', (error) => crashes.push(error.message));
  return crashes;
}

test.beforeEach(async ({ request }) => {
  // Live runs stay live however long the matrix takes.
  await setClockSpeed(request, 0);
});

/**
 * One tab per page, its faults in turn (serial): each test starts from the good data the
 * test before it recovered to, and checks that too. Opening the app is most of a quiet
 * fault test (a new tab 0.7 s, boot and first answers 1.7 s, the fault itself 0.6 s), so
 * the tab is opened once per page. The demo API is still reset before each test; a test
 * that fails leaves the page's later faults unrun, and says so.
 */
for (const target of MATRIX_PAGES) {
  test.describe(`${target.name} (${target.path})`, () => {
    test.describe.configure({ mode: 'serial' });
    let page: Page;
    let crashes: string[];

    test.beforeAll(async ({ browser, playwright }) => {
      const request = await playwright.request.newContext();
      await resetDemo(request);
      await setClockSpeed(request, 0);
      await request.dispose();
      page = await browser.newPage({ baseURL: webUrl() });
      crashes = watchCrashes(page);
      await openWithPageClock(page, target.path);
      await expect(target.goodData(page)).toBeVisible(FIRST_LOAD);
    });

    test.afterAll(async () => {
      await page.close();
    });

    for (const fault of MATRIX_FAULTS) {
      test(`${fault.name}: ${fault.summary}`, async ({ request }) => {
        crashes.length = 0;
        await expect(target.goodData(page)).toBeVisible();

        await setFault(request, { ...fault.fault, match: target.match });
        await nextPoll(page, target);
        await checkFault(page, target, fault);

        await clearFaults(request);
        await checkRecovery(page, target, fault);
        expect(crashes).toEqual([]);
      });
    }
  });
}

// Not in the matrix above (which starts from good data): the API is already down when the page opens.
test.describe('first load during a 503 outage', () => {
  for (const target of MATRIX_PAGES) {
    test(`${target.name}: says the API is unavailable and that it retries, then loads by itself`, async ({
      page,
      request,
    }) => {
      await setFault(request, { mode: 'status', status: 503, match: target.match });
      await openWithPageClock(page, target.path);
      await expect(page.getByRole('main')).toContainText('Service unavailable: the demo API is overloaded');
      await expect(page.getByRole('main')).toContainText(/retrying/i);
      await clearFaults(request);
      await untilRecovered(page, target, () => expect(target.goodData(page)).toBeVisible({ timeout: 1_000 }));
    });
  }
});

test('during a 503 outage the live run page asks ever more rarely, never less than once a minute, and recovers by itself', async ({
  page,
  request,
}) => {
  // About 200 page seconds, moved one at a time and each waited for: on a loaded machine that outlasts 30 s.
  test.slow();
  const target = MATRIX_PAGES.find((p) => p.path.endsWith('/run_301'))!;
  const progress = logRequests(page, (url) => url.includes('/runs/run_301/progress'));
  await openWithPageClock(page, target.path);
  await expect(target.goodData(page)).toBeVisible(FIRST_LOAD);
  // From here the page's clock moves only when the test moves it, one second at a time.
  await pauseClock(page);
  let second = 0;
  const tick = async () => {
    progress.at(++second);
    await page.clock.runFor(1_000);
    await progress.settled();
  };

  await setFault(request, { mode: 'status', status: 503, match: 'run_301/progress' });
  const outageStart = second;
  while (second < outageStart + 150) await tick();
  const outage = progress.log.filter((t) => t > outageStart);
  const between = gaps(outage);
  expect(outage.length, `requests at ${outage.join(', ')} s`).toBeGreaterThanOrEqual(5);
  expect(Math.max(...between), 'capped').toBeLessThanOrEqual(MAX_BACKOFF_MS / 1000 + 1);
  expect(between.at(-1)!, `gaps ${between.join(', ')} s`).toBeGreaterThanOrEqual(4 * between[0]!);
  const early = outage.filter((t) => t <= outageStart + 30).length;
  const late = outage.filter((t) => t > outageStart + 90).length;
  expect(early, 'sparser: requests in the first 30 s vs the last 60 s').toBeGreaterThan(late);
  await expect(staleBanner(page)).toContainText('retrying');
  test.info().annotations.push({
    type: 'requests during the outage (s)',
    description: outage.map((t) => t - outageStart).join(', '),
  });

  await clearFaults(request);
  const outageEnd = second;
  while (second < outageEnd + MAX_BACKOFF_MS / 1000 + 1 && (await staleBanner(page).count()) > 0) await tick();
  await expect(staleBanner(page)).toHaveCount(0);
  const recovered = second;
  while (second < recovered + 10) await tick();
  // Healthy again: every 2 s, as before the outage.
  expect(progress.log.filter((t) => t > recovered).length).toBeGreaterThanOrEqual(4);
});

// The matrix freezes the demo clock; here the run moves, so the page re-renders with every poll.
// Both clocks move only when the test moves them, a second at a time: every bound is in page seconds.
test('with the run moving, a malformed error page is asked again and the banner clears once the API mends', async ({
  page,
  request,
}) => {
  const target = MATRIX_PAGES.find((p) => p.path.endsWith('/run_301'))!;
  const errorPages = logRequests(page, (url) => url.includes('/runs/run_301/errors'));
  const progress = logRequests(page, (url) => url.includes('/runs/run_301/progress'));
  const progressAnswers: { second: number; status: number }[] = [];
  page.on('response', (response) => {
    if (response.url().includes('/runs/run_301/progress'))
      progressAnswers.push({ second: progress.sentAt(response.request())!, status: response.status() });
  });
  await openWithPageClock(page, target.path);
  // The table first shows the progress answer's first errors: the fault must hit a list the
  // errors endpoint has sent, or the page keeps no error list for a stale banner to speak of.
  // (Breaking it before its first answer was this test's flake: 3 of 5 on a quiet machine.)
  await expect(page.getByText(/^[\d,]+ errors? in total$/)).toBeVisible(FIRST_LOAD);
  await pauseClock(page);
  await Promise.all([errorPages.settled(), progress.settled()]);
  let second = 0;
  const tick = async () => {
    errorPages.at(++second);
    progress.at(second);
    await advanceClock(request, 1_000);
    await page.clock.runFor(1_000);
    await Promise.all([errorPages.settled(), progress.settled()]);
  };
  const askedAfter = (from: number) => errorPages.log.filter((t) => t > from);
  const tickUntilAskedAfter = async (from: number) => {
    while (second < from + 10 && askedAfter(from).length === 0) await tick();
  };
  // An answer that has landed reaches the screen on a zero-delay timer of the paused page clock,
  // set once the page has read the body, which on a loaded runner can be after the tick's
  // runFor. Nudge page time by 50 ms until the screen shows it, under a second in all: less
  // than one poll (2 s), so no new request decides what is shown.
  const untilShown = async (assertion: () => Promise<void>) => {
    let nudgedMs = 0;
    await expect(async () => {
      expect(nudgedMs, 'page time spent waiting for the answer to be shown').toBeLessThan(1_000);
      nudgedMs += 50;
      await page.clock.runFor(50);
      await assertion();
    }).toPass({ timeout: 10_000, intervals: [100] });
  };

  await setFault(request, { mode: 'malformed', match: 'run_301/errors' });
  const faultAt = second;
  await tickUntilAskedAfter(faultAt);
  // Healthy, the error page is asked every 2 s.
  const failedAt = askedAfter(faultAt)[0];
  expect(failedAt, `error pages asked at ${errorPages.log.join(', ')} s`).toBeLessThanOrEqual(faultAt + 2);
  await untilShown(() => expect(staleBanner(page)).toContainText(/malformed answer to GET \S+\/errors/, AT_ONCE));

  await clearFaults(request);
  const mendedAt = second;
  await tickUntilAskedAfter(mendedAt);
  // One failure 2 s after good data backs off 2–4 s, however often the moving run re-renders the page.
  expect(askedAfter(mendedAt)[0], `error pages asked at ${errorPages.log.join(', ')} s`).toBeLessThanOrEqual(
    failedAt! + 4,
  );
  // The error page and its summary (both under …/errors, both broken) each ask again on their
  // own backoff, a second or two apart: the banner goes once the later one has its answer.
  // (Waiting for the first only, with the clock paused, was this test's flake in CI.)
  while (second < mendedAt + 10 && (await staleBanner(page).count()) > 0) await tick();
  await untilShown(() => expect(staleBanner(page)).toHaveCount(0, AT_ONCE));
  // Every progress poll since the fault brought new data (200, not 304): the page re-rendered all along.
  const since = progressAnswers.filter((answer) => answer.second > faultAt).map((answer) => answer.status);
  expect(since.length).toBeGreaterThanOrEqual(2);
  expect(
    since.every((status) => status === 200),
    `progress answers: ${since.join(', ')}`,
  ).toBe(true);
});
