import { act, renderHook } from '@testing-library/react';
import { useNow } from './use-now';

describe('useNow', () => {
  beforeEach(() => vi.useFakeTimers({ now: Date.parse('2026-11-29T12:00:00Z') }));
  afterEach(() => vi.useRealTimers());

  it('ticks once a period while watched', () => {
    const { result, unmount } = renderHook(() => useNow(60_000));
    expect(result.current).toBe(Date.parse('2026-11-29T12:00:00Z'));
    act(() => vi.advanceTimersByTime(60_000));
    expect(result.current).toBe(Date.parse('2026-11-29T12:01:00Z'));
    unmount();
  });

  it('reads the time afresh for the first watcher after nobody watched (not the last tick’s)', () => {
    const first = renderHook(() => useNow(30_000));
    act(() => vi.advanceTimersByTime(30_000));
    first.unmount();
    vi.setSystemTime(Date.parse('2026-11-29T12:10:00Z'));
    const { result, unmount } = renderHook(() => useNow(30_000));
    expect(result.current).toBe(Date.parse('2026-11-29T12:10:00Z'));
    unmount();
  });

  it('subscribes once, not on every render, so a clock that moves between renders settles', () => {
    let now = Date.parse('2026-11-29T12:00:00Z');
    vi.spyOn(Date, 'now').mockImplementation(() => (now += 1));
    const { result, rerender, unmount } = renderHook(() => useNow(5_000));
    rerender();
    rerender();
    expect(result.current).toBeGreaterThan(Date.parse('2026-11-29T12:00:00Z'));
    unmount();
  });
});
