import type { Virtualizer } from '@tanstack/react-virtual';
import { observeBoxAfterLayout, scrollBoxTo, scrollWindowTo } from './virtual-scroll-box';
import { stubResizeObserver } from '@/test/resize-observer';

/**
 * A virtualiser as these functions read it: its scroll box or window (only its scrollTo: this
 * runs without a DOM) and the offset it holds.
 */
function virtualizerOver<TScroll extends Element | Window>(scrollTo: () => void, scrollOffset: number | null = null) {
  return { scrollElement: { scrollTo }, scrollOffset, options: { horizontal: false } } as unknown as Virtualizer<
    TScroll,
    Element
  >;
}

describe('scrollBoxTo', () => {
  it('skips only the first write of 0 to a new box, and writes every later offset', () => {
    const scrollTo = vi.fn();
    const instance = virtualizerOver<HTMLElement>(scrollTo);
    scrollBoxTo(0, {}, instance);
    expect(scrollTo).not.toHaveBeenCalled();
    scrollBoxTo(360, {}, instance);
    scrollBoxTo(0, {}, instance);
    expect(scrollTo.mock.calls.map(([options]) => (options as ScrollToOptions).top)).toEqual([360, 0]);
  });

  it('writes a first offset other than 0', () => {
    const scrollTo = vi.fn();
    scrollBoxTo(0, { adjustments: 36 }, virtualizerOver<HTMLElement>(scrollTo));
    expect(scrollTo).toHaveBeenCalledWith({ top: 36, behavior: undefined });
  });
});

describe('scrollWindowTo', () => {
  it("skips the first write of the window's own offset, and writes every later one", () => {
    const scrollTo = vi.fn();
    const instance = virtualizerOver<Window>(scrollTo, 480);
    scrollWindowTo(480, {}, instance);
    expect(scrollTo).not.toHaveBeenCalled();
    scrollWindowTo(480, {}, instance);
    scrollWindowTo(0, {}, instance);
    expect(scrollTo.mock.calls.map(([options]) => (options as ScrollToOptions).top)).toEqual([480, 0]);
  });

  it('writes a first offset the window is not at', () => {
    const scrollTo = vi.fn();
    scrollWindowTo(0, {}, virtualizerOver<Window>(scrollTo, 480));
    expect(scrollTo).toHaveBeenCalledWith({ top: 0, behavior: undefined });
  });

  it('skips once per virtualiser: a table mounted later over the same window skips its own', () => {
    const scrollTo = vi.fn();
    scrollWindowTo(0, {}, virtualizerOver<Window>(scrollTo, 0));
    scrollWindowTo(0, {}, virtualizerOver<Window>(scrollTo, 0));
    expect(scrollTo).not.toHaveBeenCalled();
  });
});

describe('observeBoxAfterLayout', () => {
  it('reports the box’s size from its ResizeObserver, rounded, and stops observing on cleanup', () => {
    const { report, disconnect } = stubResizeObserver();
    const rects: unknown[] = [];
    const stop = observeBoxAfterLayout(virtualizerOver<HTMLElement>(vi.fn()), (rect) => rects.push(rect));
    expect(rects).toEqual([]);
    report([{ contentBoxSize: [{ inlineSize: 640.4, blockSize: 511.6 }] }]);
    expect(rects).toEqual([{ width: 640, height: 512 }]);
    stop?.();
    expect(disconnect).toHaveBeenCalled();
  });
});
