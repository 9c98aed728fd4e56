import type { APIRequestContext, Page } from '@playwright/test';
import { watchCspViolations } from './resilience/csp-watch';
import { advanceClock, apiUrl, clearFaults, expect, setFault, signIn, test } from './support';

const toast = (page: Page) => page.locator('[data-sonner-toast]');

test('every page, its lazy charts and its toasts run under the strict CSP without one violation', async ({
  page,
  context,
  request,
}) => {
  // Five pages, a real sign-in and a chart that waits up to 20 s for two polls: 21–28 s in a
  // quiet CI, over 30 s on a runner under twice that load (2 of 10 in a --repeat-each run).
  test.slow();
  const violations = await watchCspViolations(context);
  const response = await page.goto('/sign-in');
  const policy = response?.headers()['content-security-policy'] ?? '';
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain(`connect-src 'self' ${new URL(apiUrl()).origin}`);
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);

  await signIn(page, 'editor');
  await expect(page.getByRole('table', { name: 'Pipelines' })).toBeVisible();
  await page.getByRole('button', { name: 'Run polling cycle' }).click();
  await expect(toast(page)).toContainText('checked 3 pipelines');

  await page.goto('/pipelines/pipe_001');
  await expect(page.locator('.recharts-surface').first()).toBeVisible();

  await page.goto('/pipelines/pipe_003/runs/run_301');
  // The throughput chart (plain SVG, no recharts) draws once two polls have measured a rate.
  await expect(page.getByRole('img', { name: /rows per second/ }).locator('svg')).toBeVisible({
    timeout: 20_000,
  });
  await advanceClock(request, 90_000);
  await expect(toast(page)).toContainText('Run run_301 ended');

  await page.goto('/pipelines/pipe_001/checkpoints');
  await expect(page.locator('.recharts-line-curve')).toHaveCount(2);
  expect(violations).toEqual([]);
});

// (eval cannot be checked from here: code Playwright evaluates is exempt from the page's policy.)
test('the policy is enforced: an injected inline script or event handler does not run', async ({ page, context }) => {
  const violations = await watchCspViolations(context);
  await signIn(page, 'viewer');
  const outcome = await page.evaluate(async () => {
    const flag = window as unknown as { __injected?: string };
    const script = document.createElement('script');
    script.textContent = 'window.__injected = "inline script"';
    document.body.append(script);
    const img = document.createElement('img');
    img.setAttribute('onerror', 'window.__injected = "event handler"');
    img.src = 'data:,broken';
    document.body.append(img);
    await new Promise((resolve) => setTimeout(resolve, 300));
    return flag.__injected ?? 'nothing ran';
  });
  expect(outcome).toBe('nothing ran');
  await expect.poll(() => violations.length).toBeGreaterThanOrEqual(2);
});

test('the token never reaches localStorage, cookies, a URL, the console or a message on screen', async ({
  page,
  context,
  request,
}) => {
  const TOKEN = 'demo-admin';
  const seen: string[] = [];
  page.on('console', (message) => seen.push(`console: ${message.text()}`));
  page.on('pageerror', (error) => seen.push(`page error: ${error.message}`));
  page.on('request', (r) => seen.push(`request: ${r.url()}`));
  page.on('framenavigated', (frame) => seen.push(`address: ${frame.url()}`));
  const look = async () => {
    seen.push(`screen: ${await page.locator('body').innerText()}`, `html: ${await page.content()}`);
    seen.push(`localStorage: ${await page.evaluate(() => JSON.stringify({ ...localStorage }))}`);
  };

  // Page timers on Playwright's clock: each fault's poll comes when the test moves time on,
  // however far the previous fault made the page back off.
  await page.clock.install();
  await signIn(page, 'admin', '/pipelines/pipe_003/runs/run_301');
  await expect(page.getByRole('progressbar', { name: 'Run progress', exact: true })).toBeVisible();
  await look();
  const staleBanner = page.getByRole('status').filter({ hasText: 'Showing data from' });
  const untilShown = (assertion: () => Promise<void>) =>
    expect(async () => {
      await page.clock.fastForward(10_000);
      await assertion();
    }).toPass({ timeout: 30_000, intervals: [250] });
  // Refreshes that fail, with the API's words and the client's own, in the stale banner.
  for (const [fault, shown] of [
    [{ mode: 'status', status: 503 }, 'Service unavailable'],
    [{ mode: 'malformed' }, 'malformed answer'],
    [{ mode: 'drop' }, 'No answer from the API'],
  ] as const) {
    await setFault(request, { ...fault, match: 'run_301' });
    await untilShown(() => expect(staleBanner.filter({ hasText: shown })).toBeVisible({ timeout: 1_000 }));
    await look();
    await clearFaults(request);
    await untilShown(() => expect(staleBanner).toHaveCount(0, { timeout: 1_000 }));
  }
  // A first load answered 404: the not-found page, with the API's words.
  await setFault(request, { mode: 'status', status: 404, match: '/api/v1/pipelines/pipe_001' });
  await page.goto('/pipelines/pipe_001');
  await expect(page.getByRole('heading', { name: 'Pipeline pipe_001 not found' })).toBeVisible();
  await look();
  await setFault(request, { mode: 'status', status: 401, match: '/api/v1/pipelines' });
  await page.goto('/pipelines');
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await look();
  seen.push(`cookies: ${JSON.stringify(await context.cookies())}`);
  expect(seen.filter((entry) => entry.includes(TOKEN))).toEqual([]);
});

async function runIdsOf(request: APIRequestContext, pipelineId: string): Promise<string[]> {
  const res = await request.get(`${apiUrl()}/api/v1/pipelines/${pipelineId}/runs`, {
    headers: { Authorization: 'Bearer demo-admin' },
  });
  return ((await res.json()) as { runs: { id: string }[] }).runs.map((r) => r.id);
}

/** As an editor on 001's failed run: opens the retry dialog and confirms, by click or double click. */
async function retryRun001(page: Page, confirm: 'click' | 'dblclick') {
  await signIn(page, 'editor', '/pipelines/pipe_001/runs/run_001');
  await page.getByRole('button', { name: 'Retry run', exact: true }).click();
  const resume = page
    .getByRole('dialog', { name: 'Retry run run_001?' })
    .getByRole('button', { name: 'Resume from row 32,000' });
  await (confirm === 'click' ? resume.click() : resume.dblclick());
  await expect(page).toHaveURL('/pipelines/pipe_001/runs/run_002');
}

test('double-clicking the retry confirmation sends one POST and makes one run', async ({ page, request }) => {
  const keys: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().endsWith('/retry')) keys.push(r.headers()['idempotency-key'] ?? 'no key');
  });
  await retryRun001(page, 'dblclick');
  expect(keys).toHaveLength(1);
  expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
  expect((await runIdsOf(request, 'pipe_001')).filter((id) => /^run_00\d$/.test(id))).toEqual(['run_002', 'run_001']);
});

test('a retry POST delivered twice (a proxy re-sending it) still makes one run: the API honours the Idempotency-Key', async ({
  page,
  request,
}) => {
  const answers: number[] = [];
  await page.route('**/runs/run_001/retry', async (route) => {
    const first = await route.fetch();
    const second = await route.fetch();
    answers.push(first.status(), second.status());
    expect(await second.json()).toEqual(await first.json());
    await route.fulfill({ response: second });
  });
  await retryRun001(page, 'click');
  expect(answers).toEqual([201, 201]);
  expect((await runIdsOf(request, 'pipe_001')).filter((id) => /^run_00\d$/.test(id))).toEqual(['run_002', 'run_001']);
});
