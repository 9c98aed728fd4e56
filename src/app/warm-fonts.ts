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

/** A task of its own for each font: one at a time, the browser's turn (input, paint, a response) is never long. */
const nextTask = (step: () => void) => setTimeout(step, 0);

/**
 * Has the browser find every font the pages use while the app waits for the API, one per
 * task, by measuring a sample in a canvas. The first text laid out in a font asks the system
 * for it (on Linux, Chromium asks fontconfig in the browser process, per weight and size):
 * in the run page's first frame with data that was 26 lookups, 23–55 ms of its layout
 * (traces, docs/benchmarks.md "Fonts found before the data"). A canvas shares the page's
 * font cache. Nothing is drawn, and without a canvas (or the theme's families) it does nothing.
 */
export function warmFonts(root: HTMLElement = document.documentElement) {
  const style = getComputedStyle(root);
  const families = { sans: style.getPropertyValue('--font-sans'), mono: style.getPropertyValue('--font-mono') };
  const context = document.createElement('canvas').getContext('2d');
  if (!context || !families.sans || !families.mono) return;
  const fonts = PAGE_FONTS.map(([weight, size, family]) => `${weight} ${size}px ${families[family]}`);
  const step = (index: number) => {
    context.font = fonts[index]!;
    context.measureText(SAMPLE);
    if (index + 1 < fonts.length) nextTask(() => step(index + 1));
  };
  nextTask(() => step(0));
}
