import { yieldToMain } from '@/lib/yield-to-main';

/**
 * The fonts the pages draw their text in: weight, size in px, and family (Tailwind's
 * `--font-sans` or `--font-mono`). e2e/fonts.spec.ts fails when a page draws one that is not
 * here, so a new size or weight is added here too.
 */
export const PAGE_FONTS = [
  [400, 10, 'sans'],
  [400, 11, 'sans'],
  [400, 12, 'sans'],
  [400, 14, 'sans'],
  [400, 16, 'sans'],
  [500, 12, 'sans'],
  [500, 14, 'sans'],
  [600, 12, 'sans'],
  [600, 14, 'sans'],
  [600, 16, 'sans'],
  [600, 18, 'sans'],
  [600, 20, 'sans'],
  [600, 24, 'sans'],
  [700, 14, 'sans'],
  [700, 16, 'sans'],
  [400, 12, 'mono'],
  [400, 14, 'mono'],
  [500, 14, 'mono'],
  [600, 12, 'mono'],
  [600, 20, 'mono'],
] as const satisfies readonly (readonly [number, number, 'sans' | 'mono'])[];

/** Letters, digits and the punctuation the app writes itself that the Latin faces may lack (fallback fonts). */
const SAMPLE = 'Aa0 ·×—’“”›→';

/**
 * Has the browser find every font the pages use while the app waits for the API, one per
 * task (each after a yieldToMain, so input, paint and responses are never kept waiting), by
 * measuring a sample in a canvas. The first text laid out in a font asks the system for it
 * (on Linux, Chromium asks fontconfig in the browser process, per weight and size): in the
 * run page's first frame with data that was 26 lookups, 23–55 ms of its layout (traces,
 * docs/benchmarks.md "Fonts found before the data"). A canvas shares the page's font cache.
 * Nothing is drawn, and without a canvas (or the theme's families) it does nothing.
 */
export async function warmFonts(root: HTMLElement = document.documentElement): Promise<void> {
  const style = getComputedStyle(root);
  const families = { sans: style.getPropertyValue('--font-sans'), mono: style.getPropertyValue('--font-mono') };
  const context = document.createElement('canvas').getContext('2d');
  if (!context || !families.sans || !families.mono) return;
  for (const [weight, size, family] of PAGE_FONTS) {
    await yieldToMain();
    context.font = `${weight} ${size}px ${families[family]}`;
    context.measureText(SAMPLE);
  }
}
