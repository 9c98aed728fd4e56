import { PageMissingError } from './table.mjs';

/** The app's pages as the bench finds them, by the stable names of DESIGN.md's UI contract. */
export const PARTITION_SELECTOR = '[role="progressbar"][aria-label^="Partition "]';

export async function gotoApp(page, web, path) {
  await page.goto(web.url + path, { waitUntil: 'domcontentloaded' });
}

/** Waits for what a page must show; if it never shows, the page is not built (yet). */
export async function expectShown(page, locator, what, timeout = 20_000) {
  try {
    await locator.first().waitFor({ state: 'visible', timeout });
  } catch {
    if (new URL(page.url()).pathname.startsWith('/sign-in')) {
      throw new Error('the app sent the bench to /sign-in: the sessionStorage token did not take');
    }
    throw new PageMissingError(what);
  }
}

export const runProgress = (page) => page.getByRole('progressbar', { name: 'Run progress', exact: true });
export const errorTable = (page) => page.getByRole('table', { name: 'Validation errors', exact: true });

/** Opens a run page and waits for its overall progress bar. */
export async function openRunPage(page, web, path) {
  await gotoApp(page, web, path);
  await expectShown(page, runProgress(page), 'run page ("Run progress" not shown)');
}
