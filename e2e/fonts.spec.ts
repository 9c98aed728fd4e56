import type { Page } from '@playwright/test';
import { PAGE_FONTS } from '../src/app/warm-fonts';
import { expect, openSignedIn, test } from './support';

// The app has the browser find the pages' fonts before their data arrives (src/app/warm-fonts.ts).
// A font the pages draw that the list lacks is found in the middle of a page's first frame again.

/** Every font the page draws text in, as "weight size family" with the theme's family name. */
function fontsDrawn(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const unquoted = (family: string) => family.replaceAll(/["']/g, '').trim();
    const root = getComputedStyle(document.documentElement);
    const themeFamily = new Map([
      [unquoted(root.getPropertyValue('--font-sans')), 'sans'],
      [unquoted(root.getPropertyValue('--font-mono')), 'mono'],
    ]);
    const drawn = new Set<string>();
    const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let text = texts.nextNode(); text; text = texts.nextNode()) {
      const element = text.parentElement;
      if (!element || !text.textContent?.trim() || !element.checkVisibility()) continue;
      const style = getComputedStyle(element);
      const family = themeFamily.get(unquoted(style.fontFamily)) ?? style.fontFamily;
      drawn.add(`${style.fontWeight} ${style.fontSize} ${family}`);
    }
    return [...drawn];
  });
}

const warmed = PAGE_FONTS.map(([weight, size, family]) => `${weight} ${size}px ${family}`);

const PAGES: { path: string; ready: (page: Page) => Promise<void> }[] = [
  {
    path: '/pipelines',
    ready: (page) => expect(page.getByRole('link', { name: 'Daily Customer Import' })).toBeVisible(),
  },
  {
    path: '/runs?window=all',
    ready: (page) => expect(page.getByRole('link', { name: /^run_/ }).first()).toBeVisible(),
  },
  {
    path: '/pipelines/pipe_001',
    ready: (page) => expect(page.getByRole('link', { name: 'run_001' }).first()).toBeVisible(),
  },
  {
    path: '/pipelines/pipe_001/runs/run_001',
    ready: async (page) => {
      await expect(page.getByRole('table', { name: 'Validation errors' })).toBeVisible();
      await page.getByRole('button', { name: 'Retry run' }).click();
      await expect(page.getByRole('dialog', { name: 'Retry run run_001?' })).toBeVisible();
    },
  },
  {
    path: '/pipelines/pipe_002/runs/a1b2c3d4-e5f6-7890-abcd-ef1234567890',
    ready: (page) => expect(page.getByRole('region', { name: 'Phases' }).getByText('Transfer')).toBeVisible(),
  },
  {
    path: '/pipelines/pipe_scale/runs/run_scale',
    ready: (page) => expect(page.getByRole('progressbar', { name: 'Partition 999', exact: true })).toBeAttached(),
  },
  {
    path: '/pipelines/pipe_001/checkpoints',
    ready: (page) => expect(page.getByRole('button', { name: 'Check', exact: true })).toBeVisible(),
  },
  {
    path: '/pipelines/pipe_001/compare?base=run_20260328&head=run_001',
    ready: (page) => expect(page.getByRole('rowheader', { name: 'Load strategy' })).toBeVisible(),
  },
];

for (const width of [1280, 390]) {
  test(`the fonts found before the data are the fonts the pages draw (${width} px wide)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const drawn = new Set<string>();
    await page.goto('/sign-in');
    await expect(page.getByLabel('API token')).toBeVisible();
    for (const text of await fontsDrawn(page)) drawn.add(text);
    await openSignedIn(page, 'admin', '/pipelines');
    for (const { path, ready } of PAGES) {
      await page.goto(path);
      await ready(page);
      for (const text of await fontsDrawn(page)) drawn.add(text);
    }
    expect([...drawn].filter((font) => !warmed.includes(font)).sort(), 'fonts drawn that the warm-up lacks').toEqual(
      [],
    );
    expect(drawn.size).toBeGreaterThan(5);
  });
}
