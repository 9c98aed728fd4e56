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

describe('warmFonts', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    document.documentElement.style.removeProperty('--font-sans');
    document.documentElement.style.removeProperty('--font-mono');
  });

  it("measures each of the pages' fonts in the theme's families, one per task, after the caller's task", () => {
    document.documentElement.style.setProperty('--font-sans', SANS);
    document.documentElement.style.setProperty('--font-mono', MONO);
    const measured = recordMeasurements();
    warmFonts();
    expect(measured).toEqual([]);
    vi.advanceTimersToNextTimer();
    expect(measured).toEqual(['400 10px system-ui, sans-serif']);
    vi.advanceTimersToNextTimer();
    expect(measured).toHaveLength(2);
    vi.runAllTimers();
    expect(measured).toEqual(
      PAGE_FONTS.map(([weight, size, family]) => `${weight} ${size}px ${family === 'sans' ? SANS : MONO}`),
    );
    expect(new Set(measured).size).toBe(PAGE_FONTS.length);
  });

  it('does nothing without the theme (its stylesheet not applied) or without a 2D canvas', () => {
    const measured = recordMeasurements();
    warmFonts();
    vi.runAllTimers();
    expect(measured).toEqual([]);

    document.documentElement.style.setProperty('--font-sans', SANS);
    document.documentElement.style.setProperty('--font-mono', MONO);
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    expect(() => warmFonts()).not.toThrow();
    expect(vi.getTimerCount()).toBe(0);
  });
});
