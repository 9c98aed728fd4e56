import { expect, type Page } from '@playwright/test';

export type DemoRole = 'admin' | 'editor' | 'viewer';

/**
 * Signs in through the real sign-in page with the role's demo token and lands on `path`
 * (the sign-in page sends the user back where `next` says).
 */
export async function signIn(page: Page, role: DemoRole, path = '/pipelines') {
  await page.goto(`/sign-in?next=${encodeURIComponent(path)}`);
  await page.getByLabel('API token').fill(`demo-${role}`);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
  await expect(page.getByTestId('current-user')).toContainText(role);
}
