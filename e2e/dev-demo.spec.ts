import { expect, test } from '@playwright/test';

// What `npm start` gives a newcomer: the dev server with no config.json, so the demo API
// answers from a service worker in the browser. Runs in the "dev-demo" project.
test('the dev server boots on the built-in demo API and shows the pipelines', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in/);
  await page.getByRole('button', { name: /demo-admin/ }).click();
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(/\/pipelines$/);
  await expect(page.getByTestId('current-user')).toContainText('admin');
  await expect(page.getByRole('main')).toContainText('Daily Customer Import');
});
