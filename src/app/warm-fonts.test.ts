import { PAGE_FONTS, warmFonts } from './warm-fonts';

const SANS = 'system-ui, sans-serif';
const MONO = 'ui-monospace, monospace';

/** A canvas whose 2D context records the font set before each measurement. */
function recordMeasurements() {
  const measured: string[] = [];
  const context = { font: '', measureText: () => measured.push(context.font) };
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(context as unknown as CanvasRenderingContext2D);
  return measured;
}

/** Runs the timer due now, then what its promise resumes (one microtask), and nothing it schedules. */
async function runTheTaskDue() {
  vi.runOnlyPendingTimers();
  await Promise.resolve();
}

describe('warmFonts', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    document.documentElement.style.removeProperty('--font-sans');
    document.documentElement.style.removeProperty('--font-mono');
  });

  it("measures each of the pages' fonts in the theme's families, one per task, after the caller's task", async () => {
    document.documentElement.style.setProperty('--font-sans', SANS);
    document.documentElement.style.setProperty('--font-mono', MONO);
    const measured = recordMeasurements();
    const done = warmFonts();
    expect(measured).toEqual([]);
    expect(vi.getTimerCount()).toBe(1);
    await runTheTaskDue();
    expect(measured).toEqual(['400 10px system-ui, sans-serif']);
    expect(vi.getTimerCount()).toBe(1);
    await runTheTaskDue();
    expect(measured).toHaveLength(2);
    await vi.runAllTimersAsync();
    await done;
    expect(measured).toEqual(
      PAGE_FONTS.map(([weight, size, family]) => `${weight} ${size}px ${family === 'sans' ? SANS : MONO}`),
    );
    expect(new Set(measured).size).toBe(PAGE_FONTS.length);
  });

  it('does nothing without the theme (its stylesheet not applied) or without a 2D canvas', async () => {
    const measured = recordMeasurements();
    await warmFonts();
    expect(vi.getTimerCount()).toBe(0);
    expect(measured).toEqual([]);

    document.documentElement.style.setProperty('--font-sans', SANS);
    document.documentElement.style.setProperty('--font-mono', MONO);
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    await expect(warmFonts()).resolves.toBeUndefined();
    expect(vi.getTimerCount()).toBe(0);
  });
});
