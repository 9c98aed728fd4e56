import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { APIResponse } from '@playwright/test';
import { findNginx } from '../scripts/ensure-nginx.mjs';
import { securityHeaders } from '../scripts/security-headers';
import { COMPILE_HINT } from '../scripts/vite-plugins';
import { watchCspViolations } from './resilience/csp-watch';
import { e2eOutDir } from './support/ports';
import { apiUrl, expect, nginxUrl, signIn, test, webUrl } from './support';

// The build served the way operators serve it: the real nginx, configured and started by
// deploy/entrypoint.sh with PIPEWATCH_API_UPSTREAM set to this lane's demo API
// (playwright.config.ts), so the app calls /api, /v0 and /v1 on its own origin.

const BUILD = join(e2eOutDir, 'build');
const RUN_001 = '/pipelines/pipe_001/runs/run_001';
const IMMUTABLE = 'public, max-age=31536000, immutable';

test.beforeAll(() => {
  if (!findNginx())
    throw new Error(
      'nginx is not installed: `node scripts/ensure-nginx.mjs` installs it or says how (README, "Deploying").',
    );
});

/** The hashed entry script index.html loads. */
function entryScript(): string {
  const html = readFileSync(join(BUILD, 'index.html'), 'utf8');
  const src = /<script type="module" crossorigin src="(\/assets\/[^"]+\.js)">/.exec(html)?.[1];
  if (!src) throw new Error(`no entry script in ${BUILD}/index.html`);
  return src;
}

function expectSecurityHeaders(res: APIResponse) {
  const headers = res.headers();
  // Exactly what deploy/nginx.conf says, with the entrypoint's connect-src for a same-origin API…
  for (const [name, value] of Object.entries(securityHeaders("'self'")))
    expect(headers[name.toLowerCase()], `${name} on ${res.url()}`).toBe(value);
  // …and what that has to mean.
  expect(headers['content-security-policy']).toContain("connect-src 'self';");
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['content-security-policy']).not.toMatch(/unsafe-inline|unsafe-eval/);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['cross-origin-opener-policy']).toBe('same-origin');
  expect(headers['permissions-policy']).toMatch(/(^|, )camera=\(\)/);
  expect(headers['server']).toBe('nginx');
}

test('sign in, pipelines, a run by its deep link and reloaded, CSV, retry, checkpoints: all through nginx, under its CSP', async ({
  page,
  context,
  request,
}) => {
  // Six page loads and a download in one journey: more than one spec's usual 30 s on a loaded machine.
  test.slow();
  const violations = await watchCspViolations(context);
  const policyErrors: string[] = [];
  page.on('console', (message) => {
    if (/Permissions-Policy|Cross-Origin-Opener-Policy/i.test(message.text())) policyErrors.push(message.text());
  });
  const apiOrigins = new Set<string>();
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (/^\/(api|v0|v1)\//.test(url.pathname)) apiOrigins.add(url.origin);
  });

  await signIn(page, 'editor', '/pipelines');
  await expect(page.getByRole('table', { name: 'Pipelines' })).toContainText('Daily Customer Import');

  await page.goto(RUN_001);
  await expect(page.getByRole('progressbar', { name: 'Run progress' })).toHaveAttribute('aria-valuenow', '64');
  await page.reload();
  await expect(page.getByRole('progressbar', { name: 'Run progress' })).toHaveAttribute('aria-valuenow', '64');
  await expect(page.getByRole('table', { name: 'Validation errors' })).toContainText('Invalid email format');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('pipeline-run-run_001-errors.csv');
  const csv = await request.get(`${apiUrl()}/api/v1/pipelines/pipe_001/runs/run_001/errors`, {
    headers: { Accept: 'text/csv', Authorization: 'Bearer demo-viewer' },
  });
  expect(readFileSync(await download.path(), 'utf8')).toBe(await csv.text());

  await page.getByRole('button', { name: 'Retry run' }).click();
  await page
    .getByRole('dialog', { name: 'Retry run run_001?' })
    .getByRole('button', { name: 'Resume from row 32,000' })
    .click();
  await expect(page).toHaveURL(/\/pipelines\/pipe_001\/runs\/run_002$/);
  await expect(page.getByText('Resuming from row 32000 (original run: run_001)')).toBeVisible();
  // The retry reached the demo API behind the proxy (not a demo in the page).
  const runs = await request.get(`${apiUrl()}/api/v1/pipelines/pipe_001/runs`, {
    headers: { Authorization: 'Bearer demo-viewer' },
  });
  expect(((await runs.json()) as { runs: { id: string }[] }).runs.map((run) => run.id)).toContain('run_002');

  await page.goto('/pipelines/pipe_001/checkpoints');
  const rows = page.getByRole('table', { name: 'Checkpoints' }).getByRole('row');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(1)).toContainText('18446744073709551615');

  expect([...apiOrigins]).toEqual([nginxUrl()]);
  expect(violations).toEqual([]);
  expect(policyErrors).toEqual([]);
});

test('headers: security on every answer, the shell and config.json revalidated, hashed assets cached for a year', async ({
  request,
}) => {
  const shell = readFileSync(join(BUILD, 'index.html'), 'utf8');
  for (const path of ['/', RUN_001, '/sign-in']) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    expect(res.headers()['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers()['cache-control']).toBe('no-cache');
    expect(await res.text(), `${path} is the app shell`).toBe(shell);
    expectSecurityHeaders(res);
  }

  const config = await request.get('/config.json');
  expect(config.headers()['content-type']).toBe('application/json; charset=utf-8');
  expect(config.headers()['cache-control']).toBe('no-cache');
  expect(await config.json()).toEqual({ apiBaseUrl: '/' });
  expectSecurityHeaders(config);

  const worker = await request.get('/mockServiceWorker.js');
  expect(worker.headers()['cache-control']).toBe('no-cache');

  // The build's precompressed copy, served as it is (its exact length), cached for a year.
  const script = entryScript();
  const asset = await request.get(script, { headers: { 'Accept-Encoding': 'gzip' } });
  expect(asset.status()).toBe(200);
  expect(asset.headers()['content-type']).toBe('application/javascript; charset=utf-8');
  expect(asset.headers()['cache-control']).toBe(IMMUTABLE);
  expect(asset.headers()['content-encoding']).toBe('gzip');
  expect(Number(asset.headers()['content-length'])).toBe(statSync(join(BUILD, `${script}.gz`)).size);
  const served = await asset.text();
  expect(served).toBe(readFileSync(join(BUILD, script), 'utf8'));
  expect(served.split('\n')[0], "the entry opens with V8's compile hint").toBe(COMPILE_HINT);
  expectSecurityHeaders(asset);

  // A missing asset is a 404, not the app shell, and not cached for a year.
  for (const path of ['/assets/index-00000000.js', '/assets/missing.css']) {
    const missing = await request.get(path);
    expect(missing.status(), path).toBe(404);
    expect(missing.headers()['cache-control']).toBe('no-cache');
    expect(await missing.text()).not.toContain('<div id="root">');
    expectSecurityHeaders(missing);
  }

  // The API through the proxy, on the app's origin; the API's own caching is left alone.
  const auth = { Authorization: 'Bearer demo-viewer' };
  const [me, direct] = await Promise.all([
    request.get('/api/v1/me', { headers: auth }),
    request.get(`${apiUrl()}/api/v1/me`, { headers: auth }),
  ]);
  expect(await me.json()).toMatchObject({ role: 'viewer' });
  expect(me.headers()['cache-control']).toBe(direct.headers()['cache-control']);
  expectSecurityHeaders(me);
});

test('every file of the build is served with its own content type', async ({ request }) => {
  const files = readdirSync(BUILD, { recursive: true, encoding: 'utf8' })
    .map((file) => join(BUILD, file))
    .filter((file) => statSync(file).isFile() && !file.endsWith('.gz'));
  expect(files.length).toBeGreaterThan(10);
  for (const file of files) {
    const res = await request.head(`/${relative(BUILD, file)}`);
    expect(res.status(), file).toBe(200);
    expect(res.headers()['content-type'], file).not.toBe('application/octet-stream');
  }
});

test("nginx sends the same headers as `npm run preview`, the CSP naming each one's API", async ({ request }) => {
  const [proxied, preview] = await Promise.all([request.get('/'), request.get(webUrl())]);
  const previewConnect = `connect-src 'self' ${new URL(apiUrl()).origin};`;
  expect(preview.headers()['content-security-policy']).toContain(previewConnect);
  for (const name of Object.keys(securityHeaders("'self'")).map((header) => header.toLowerCase())) {
    const fromPreview = preview.headers()[name]?.replace(previewConnect, "connect-src 'self';");
    expect(proxied.headers()[name], name).toBe(fromPreview);
  }
});
