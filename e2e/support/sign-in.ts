import { expect, type Page } from '@playwright/test';

export type DemoRole = 'admin' | 'editor' | 'viewer';

/** The app's token key (src/lib/session.ts): where the sign-in page keeps the token, for this tab only. */
export const TOKEN_KEY = 'pipewatch.token';

/**
 * Signs in through the real sign-in page with the role's demo token and lands on `path`
 * (the sign-in page sends the user back where `next` says). For tests of signing in.
 */
export async function signIn(page: Page, role: DemoRole, path = '/pipelines') {
  await page.goto(`/sign-in?next=${encodeURIComponent(path)}`);
  await page.getByLabel('API token').fill(`demo-${role}`);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
  await expect(page.getByTestId('current-user')).toContainText(role);
}

/**
 * Opens `path` in a tab already signed in as `role`, as after a sign-in: the token is in the
 * tab's sessionStorage before the app starts. Seconds quicker than signIn on a loaded runner
 * (the app boots once, not twice), for tests of what comes after signing in.
 */
export async function openSignedIn(page: Page, role: DemoRole, path = '/pipelines') {
  // A file of the app's origin that is not the app: sessionStorage belongs to the origin and the tab.
  await page.goto('/favicon.svg');
  await page.evaluate(([key, token]) => sessionStorage.setItem(key, token), [TOKEN_KEY, `demo-${role}`] as const);
  await page.goto(path);
  await expect(page.getByTestId('current-user')).toContainText(role);
}
