import { clearFaults, expect, setFault, signIn, test, type DemoRole } from './support';

// The demo API's users (mocks/handlers/respond.ts).
const NAMES: Record<DemoRole, string> = { admin: 'Ada Admin', editor: 'Eddie Editor', viewer: 'Vera Viewer' };

test.describe('signing in and out', () => {
  for (const role of ['admin', 'editor', 'viewer'] as const) {
    test(`signed in as ${role}, the header shows the user's name and role`, async ({ page }) => {
      await signIn(page, role);
      const user = page.getByTestId('current-user');
      await expect(user).toContainText(NAMES[role]);
      await expect(user.getByText(role, { exact: true })).toBeVisible();
      await expect(page).toHaveTitle(/Pipewatch/);
    });
  }

  test('signing out forgets the token and shows the sign-in page', async ({ page }) => {
    await signIn(page, 'editor');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByLabel('API token')).toBeVisible();
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    await page.goto('/pipelines');
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fpipelines$/);
  });

  test("a reload shows the user's role from the first paint, while /me is still on its way", async ({
    page,
    request,
  }) => {
    await signIn(page, 'viewer');
    await setFault(request, { mode: 'slow', delayMs: 20_000, match: '/api/v1/me' });
    const meAnswers: number[] = [];
    page.on('response', (response) => {
      if (new URL(response.url()).pathname === '/api/v1/me') meAnswers.push(response.status());
    });
    await page.reload();
    const pollButton = page.getByRole('button', { name: 'Run polling cycle' });
    await expect(pollButton).toHaveAccessibleDescription(/^Your role \(viewer\) is read-only/);
    await expect(page.getByTestId('current-user')).toContainText(`${NAMES.viewer}viewer`);
    expect(meAnswers, 'answers of /me before the role showed').toEqual([]);
    await clearFaults(request);
  });

  test('a wrong token gets the API message and stays on the sign-in page', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByLabel('API token').fill('not-a-token');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page.getByRole('alert')).not.toBeEmpty();
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test('a 401 from any call returns to sign-in, and signing in returns to the same page', async ({ page, request }) => {
    await signIn(page, 'admin', '/pipelines/pipe_001');
    await setFault(request, { mode: 'status', status: 401, match: '/api/v1/' });
    await page.reload();
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fpipelines%2Fpipe_001$/);
    await clearFaults(request);
    await page.getByLabel('API token').fill('demo-viewer');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page).toHaveURL(/\/pipelines\/pipe_001$/);
    await expect(page.getByTestId('current-user')).toContainText('viewer');
  });
});

test('an unknown address shows the 404 page with a way back', async ({ page }) => {
  await signIn(page, 'viewer');
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to pipelines' }).click();
  await expect(page).toHaveURL(/\/pipelines$/);
});

test('the stale banner appears while the API answers 503, and leaves when it recovers', async ({ page, request }) => {
  await signIn(page, 'admin');
  await expect(page.getByRole('main')).toContainText('Daily Customer Import');
  await expect(page.getByText(/^updated \d+ s ago$/)).toBeVisible();
  await setFault(request, { mode: 'status', status: 503, match: '/api/v1/pipelines' });
  const banner = page.getByRole('status').filter({ hasText: 'Showing data from' });
  await expect(banner).toContainText('Service unavailable');
  await expect(banner).toContainText('retrying…');
  // The last good data stays on screen meanwhile.
  await expect(page.getByRole('main')).toContainText('Daily Customer Import');
  await clearFaults(request);
  await expect(banner).toHaveCount(0, { timeout: 20_000 });
});

test('the theme toggle switches between system, light and dark, and remembers the choice', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await signIn(page, 'viewer');
  const html = page.locator('html');
  await expect(html).not.toHaveClass(/dark/);
  await page.getByRole('button', { name: 'Theme: system' }).click();
  await expect(page.getByRole('button', { name: 'Theme: light' })).toBeVisible();
  await page.getByRole('button', { name: 'Theme: light' }).click();
  await expect(html).toHaveClass(/dark/);
  await page.reload();
  await expect(html).toHaveClass(/dark/);
  await page.getByRole('button', { name: 'Theme: dark' }).click();
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(html).toHaveClass(/dark/);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(html).not.toHaveClass(/dark/);
});
